import { existsSync, readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { expect, test } from '@playwright/test'
import { EDITOR_BRAND, OTHER_BRAND, brandEditor, builtPage, e2eSettings } from './editorial'

/*
 * The editorial flow of a brand editor, in the admin, against the production server: log in,
 * see only their brand, write an article with a heading, a list and an FAQ block, keep it a
 * draft (absent from the snapshot and the live site), preview it, publish it, and find it on
 * the brand's site after the CMS rebuilt it (LOCAL_REBUILD, see playwright.config.ts).
 */
const TITLE = 'Getting back to pickleball after a shoulder strain'
const SLUG = 'getting-back-to-pickleball-after-a-shoulder-strain'
const HEADING = 'A gradual return plan'
const ITEMS = ['Start with short rallies', 'Add overhead shots last']
const CLOSING = 'Book a check-in before your first full match.'

test('a brand editor writes, previews and publishes an article that the rebuilt site then shows', async ({ page, context }) => {
  test.setTimeout(180_000)
  const { buildToken, sitesDir } = e2eSettings()
  let faqQuestion = ''
  /** The REST API as the logged-in editor; the Origin header is what the admin's own requests carry (CSRF). */
  const asEditor = async (pathname: string) => (await page.request.get(pathname, { headers: { Origin: new URL(page.url()).origin } })).json()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))

  await test.step('log in: the session cookie is HttpOnly, Secure and SameSite=Lax', async () => {
    await page.goto('/admin/login')
    await page.getByLabel('Email').fill(brandEditor.email)
    await page.getByLabel('Password').fill(brandEditor.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    const session = (await context.cookies()).find((cookie) => cookie.name === 'payload-token')
    expect(session).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Lax' })
  })

  await test.step('see only their own brand', async () => {
    await page.goto('/admin/collections/brands')
    const rows = page.locator('table tbody tr')
    await expect(rows).toHaveCount(1)
    await expect(rows.first()).toContainText('Mesquite Ridge')
    // Another brand's article is not in their list, and the other brand is not readable at all.
    await page.goto('/admin/collections/articles?limit=100')
    await expect(page.locator('table tbody tr').first()).toBeVisible()
    await expect(page.getByRole('link', { name: /^Wrenfield PT opens its second Colorado clinic/ })).toHaveCount(0)
    const other = await asEditor(`/api/brands?where[slug][equals]=${OTHER_BRAND}&depth=0`)
    expect((other as { totalDocs: number }).totalDocs).toBe(0)
  })

  await test.step('write the article: title, lead, a heading, a list and an FAQ block', async () => {
    await page.goto('/admin/collections/articles/create')
    await page.getByLabel('Title', { exact: false }).first().fill(TITLE)
    await page.getByLabel('Lead paragraph').fill('How our therapists pace a return to the court after a strained rotator cuff.')
    const editor = page.locator('.rich-text-lexical [contenteditable="true"]').first()
    await editor.click()
    await page.keyboard.type(`## ${HEADING}`)
    await page.keyboard.press('Enter')
    await page.keyboard.type(`- ${ITEMS[0]}`)
    await page.keyboard.press('Enter')
    await page.keyboard.type(ITEMS[1] as string)
    await page.keyboard.press('Enter')
    await page.keyboard.press('Enter')
    await page.keyboard.type('/faq')
    await page.getByRole('option', { name: /FAQ group/i }).or(page.locator('button', { hasText: 'FAQ group' })).first().click()
    // The block's "Questions" picker lists this brand's FAQs (and shared ones) only.
    await page.locator('.rich-text-lexical').first().getByRole('combobox').first().click()
    const option = page.locator('.rs__option').first()
    faqQuestion = ((await option.textContent()) ?? '').trim()
    expect(faqQuestion).not.toBe('')
    await option.click()
    await page.keyboard.press('Escape')
    // A closing paragraph after the block (Payload autosaves a block's fields with the next edit of the body).
    await page.locator('.rich-text-lexical [contenteditable="true"] > p').last().click()
    await page.keyboard.type(CLOSING)
  })

  await test.step('autosave keeps it a draft: not in the snapshot, not on the live site', async () => {
    // Autosave runs two seconds after the last change; wait until the draft holds the FAQ block.
    const savedFaqs = async () => {
      const { docs } = (await asEditor(`/api/articles?where[slug][equals]=${SLUG}&draft=true&depth=0`)) as { docs: { body?: { root: { children: { type: string; fields?: { blockType?: string; faqs?: unknown[] } }[] } } }[] }
      const block = docs[0]?.body?.root.children.find((node) => node.type === 'block' && node.fields?.blockType === 'faqGroup')
      return block?.fields?.faqs?.length ?? 0
    }
    await expect.poll(savedFaqs, { timeout: 30_000 }).toBe(1)
    await expect(page.getByText('Status: Draft', { exact: false }).or(page.locator('.status__value', { hasText: 'Draft' })).first()).toBeVisible()

    const snapshot = await (await page.request.get(`/api/brands/${EDITOR_BRAND}/snapshot`, { headers: { Authorization: `Bearer ${buildToken}` } })).json()
    expect((snapshot as { articles: { slug: string }[] }).articles.map((article) => article.slug)).not.toContain(SLUG)
    expect(existsSync(builtPage(sitesDir))).toBe(true)
    expect(existsSync(builtPage(sitesDir, 'articles', SLUG))).toBe(false)
  })

  await test.step('preview the draft: the site’s own page, marked as a draft', async () => {
    // The Preview link opens a tab (the live preview panel is a button of its own).
    const [preview] = await Promise.all([context.waitForEvent('page'), page.getByRole('link', { name: 'Preview', exact: true }).click()])
    await preview.waitForLoadState()
    expect(preview.url()).toMatch(/\/api\/articles\/[^/]+\/preview\?expires=\d+&sig=/)
    await expect(preview.getByRole('status')).toContainText('Draft preview for Mesquite Ridge')
    await expect(preview.getByRole('heading', { level: 1 })).toHaveText(TITLE)
    await expect(preview.getByRole('heading', { level: 2, name: HEADING })).toBeVisible()
    for (const item of ITEMS) await expect(preview.getByRole('listitem').filter({ hasText: item })).toBeVisible()
    await expect(preview.getByText(CLOSING)).toBeVisible()
    await expect(preview.getByText(faqQuestion).first()).toBeVisible()
    await preview.close()
  })

  await test.step('publish: the CMS rebuilds the brand’s site, which then shows the article', async () => {
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.locator('.status__value', { hasText: 'Published' }).or(page.getByText('Status: Published')).first()).toBeVisible({ timeout: 15_000 })
    const file = builtPage(sitesDir, 'articles', SLUG)
    await expect.poll(() => existsSync(file), { timeout: 120_000, intervals: [1_000] }).toBe(true)

    const live = await context.newPage()
    await live.goto(pathToFileURL(file).href)
    await expect(live.getByRole('heading', { level: 1 })).toHaveText(TITLE)
    await expect(live.getByRole('heading', { level: 2, name: HEADING })).toBeVisible()
    for (const item of ITEMS) await expect(live.getByRole('listitem').filter({ hasText: item })).toBeVisible()
    await expect(live.getByText(CLOSING)).toBeVisible()
    await expect(live.getByText(faqQuestion).first()).toBeVisible()
    await expect(live.getByText('Draft preview')).toHaveCount(0)
    expect(readFileSync(file, 'utf8')).not.toContain('/preview?')

    // The rebuild is recorded where the brand's staff see it.
    await expect(async () => {
      await page.goto('/admin/collections/rebuilds')
      await expect(page.locator('table tbody tr').first()).toContainText('Succeeded', { timeout: 1_000 })
    }).toPass({ timeout: 30_000 })
  })

  expect(errors).toEqual([])
})
