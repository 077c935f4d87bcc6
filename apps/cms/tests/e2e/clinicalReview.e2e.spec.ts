import { existsSync } from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { type APIRequestContext, type Browser, type Page, expect, test } from '@playwright/test'
import { demoAdmin } from './demoAdmin'
import { demoAccounts } from './e2eEnv'
import { e2eSettings } from './editorial'

/*
 * The clinical review in the admin, in the demo brand that requires it (Cobblestone Spine, see
 * src/review/seedReviewers.ts): a contributor writes a draft and requests the review; the brand's
 * editor cannot publish it yet; the brand's clinical reviewer finds it in the review queue and
 * approves it; the editor publishes it, and the rebuilt site names the reviewer.
 */
const BRAND = 'cobblestone-spine'
const TITLE = 'Easing back into deadlifts after a disc flare-up'
const SLUG = 'easing-back-into-deadlifts-after-a-disc-flare-up'
const REVIEWER_NAME = 'Wen-Li Haverford'
const people = {
  contributor: { email: `contributor@${BRAND}.example`, password: 'contributor-e2e-password-1' },
  editor: { email: `editor@${BRAND}.example`, password: demoAccounts.editorPassword },
  reviewer: { email: `reviewer@${BRAND}.example`, password: demoAccounts.editorPassword },
}

async function logIn(browser: Browser, who: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext()).newPage()
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(who.email)
  await page.getByLabel('Password').fill(who.password)
  await page.getByRole('button', { name: 'Login' }).click()
  // The dev server compiles the dashboard on its first visit.
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 120_000 })
  return page
}

/** A contributor of the brand, created by the network admin over REST. */
async function createContributor(request: APIRequestContext): Promise<void> {
  const login = await request.post('/api/users/login', { data: demoAdmin })
  expect(login.ok()).toBe(true)
  const headers = { Authorization: `JWT ${((await login.json()) as { token: string }).token}` }
  const brands = (await (await request.get(`/api/brands?where[slug][equals]=${BRAND}&depth=0`, { headers })).json()) as { docs: { id: number | string }[] }
  const brand = brands.docs[0]?.id
  expect(brand).toBeDefined()
  const created = await request.post('/api/users', { headers, data: { ...people.contributor, name: 'Cobblestone contributor', role: 'contributor', brands: [brand] } })
  expect(created.ok(), await created.text()).toBe(true)
}

const panel = (page: Page) => page.getByRole('region', { name: 'Clinical review' })

test('a contributor requests a clinical review, the reviewer approves, the editor publishes, and the site names the reviewer', async ({ browser, request }, testInfo) => {
  test.setTimeout(300_000)
  const { sitesDir } = e2eSettings()
  const errors: string[] = []
  /** A screenshot of what the user sees, with the review panel in view when it is on the page. */
  const shot = async (page: Page, name: string) => {
    if ((await panel(page).count()) > 0) await panel(page).evaluate((element) => element.scrollIntoView({ block: 'center' }))
    await page.screenshot({ path: testInfo.outputPath(`review-${name}.png`) })
  }
  await createContributor(request)
  let articleUrl = ''

  await test.step('the contributor writes a draft and requests the review', async () => {
    const page = await logIn(browser, people.contributor)
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto('/admin/collections/articles/create')
    await page.getByLabel('Title', { exact: false }).first().fill(TITLE)
    await page.getByLabel('Lead paragraph').fill('How our spine team paces heavy lifting after a flare-up.')
    await page.locator('.rich-text-lexical [contenteditable="true"]').first().click()
    await page.keyboard.type('Start with a hip hinge drill and a light kettlebell.')
    // Autosave creates the draft and takes the editor to its page.
    await expect(page).toHaveURL(/\/admin\/collections\/articles\/[^/]+$/, { timeout: 30_000 })
    articleUrl = new URL(page.url()).pathname
    await expect(panel(page)).toContainText('Not sent to clinical review')
    await expect(panel(page)).toContainText('Cobblestone Spine')
    await shot(page, 'sidebar-contributor-desktop')
    await panel(page).getByRole('button', { name: 'Request clinical review' }).click()
    await expect(panel(page).getByRole('status')).toContainText('Ready for review: sent by you', { timeout: 30_000 })
    await page.context().close()
  })

  await test.step('the editor cannot publish it before it is approved', async () => {
    const page = await logIn(browser, people.editor)
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(articleUrl)
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(panel(page).getByRole('alert').filter({ hasText: /Cobblestone Spine .* requires a clinical review before a health page is published/ })).toBeVisible({ timeout: 15_000 })
    const published = await page.request.get(`/api/articles?where[slug][equals]=${SLUG}&where[_status][equals]=published&depth=0`, { headers: { Origin: new URL(page.url()).origin } })
    expect(((await published.json()) as { totalDocs: number }).totalDocs).toBe(0)
    await page.context().close()
  })

  await test.step('the reviewer finds it in the review queue and approves it', async () => {
    const page = await logIn(browser, people.reviewer)
    page.on('pageerror', (error) => errors.push(error.message))
    // The navigation (a closed drawer at this width) links to the queue.
    await expect(page.getByRole('link', { name: 'Clinical review', includeHidden: true }).first()).toHaveAttribute('href', '/admin/review')
    await page.goto('/admin/review')
    const row = page.locator('.review-queue__table tbody tr', { hasText: TITLE })
    await expect(row).toContainText('Article')
    await expect(row).toContainText('Cobblestone Spine')
    await expect(row).toContainText('Cobblestone contributor')
    await shot(page, 'queue-desktop')
    await page.setViewportSize({ width: 360, height: 800 })
    await shot(page, 'queue-360')
    await page.setViewportSize({ width: 1280, height: 720 })
    await row.getByRole('link', { name: TITLE }).click()
    await expect(page).toHaveURL(new RegExp(`${articleUrl}$`))
    await expect(panel(page).getByRole('button', { name: 'Approve' })).toBeVisible()
    await shot(page, 'sidebar-reviewer-desktop')
    await page.setViewportSize({ width: 360, height: 800 })
    await shot(page, 'sidebar-reviewer-360')
    await page.setViewportSize({ width: 1280, height: 720 })
    await panel(page).getByRole('button', { name: 'Approve' }).click()
    await expect(panel(page).getByRole('status')).toContainText('Approved by you', { timeout: 30_000 })
    await page.context().close()
  })

  await test.step('the editor publishes it; the rebuilt page names the reviewer', async () => {
    const page = await logIn(browser, people.editor)
    page.on('pageerror', (error) => errors.push(error.message))
    await page.goto(articleUrl)
    await expect(panel(page)).toContainText(`Approved by ${REVIEWER_NAME}`)
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.locator('.status__value', { hasText: 'Published' }).or(page.getByText('Status: Published')).first()).toBeVisible({ timeout: 15_000 })
    const file = path.join(sitesDir, BRAND, 'articles', SLUG, 'index.html')
    await expect.poll(() => existsSync(file), { timeout: 180_000, intervals: [2_000] }).toBe(true)
    const live = await page.context().newPage()
    await live.goto(pathToFileURL(file).href)
    await expect(live.getByRole('heading', { level: 1 })).toHaveText(TITLE)
    await expect(live.getByText(/Medically reviewed by/)).toContainText(REVIEWER_NAME)
    await page.context().close()
  })

  expect(errors).toEqual([])
})
