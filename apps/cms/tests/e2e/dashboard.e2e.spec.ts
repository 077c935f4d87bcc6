import { mkdirSync } from 'node:fs'
import { expect, test } from '@playwright/test'
import { EDITOR_BRAND, OTHER_BRAND, brandEditor } from './editorial'

/*
 * The brand dashboard and a page's "On the site" status, as the seed's brand editor sees them:
 * the dashboard shows their brand's numbers and nothing of another brand, each count opens the
 * list of exactly what it counts, and after a publish the article's sidebar follows the rebuild
 * (LOCAL_REBUILD, see playwright.config.ts) until it reads "Live on the site since …".
 */
const SHOTS = '/tmp/shots'

test('a brand editor\'s dashboard shows their brand only, and a publish shows "Live on the site"', async ({ page }) => {
  test.setTimeout(300_000)
  mkdirSync(SHOTS, { recursive: true })
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  /** The REST API as the logged-in editor; the Origin header is what the admin's own requests carry (CSRF). */
  const asEditor = async <T,>(pathname: string): Promise<T> => (await page.request.get(pathname, { headers: { Origin: new URL(page.url()).origin } })).json() as Promise<T>

  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(brandEditor.email)
  await page.getByLabel('Password').fill(brandEditor.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  const { docs: own } = await asEditor<{ docs: { id: number | string; name: string }[] }>(`/api/brands?where[slug][equals]=${EDITOR_BRAND}&depth=0`)
  const brand = own[0]
  if (!brand) throw new Error(`The seed's editor cannot read their brand ${EDITOR_BRAND}.`)

  await test.step('the dashboard: one section, their brand\'s, with numbers that open their lists', async () => {
    await expect(page.getByRole('heading', { name: 'What needs your attention' })).toBeVisible()
    const sections = page.getByTestId('brand-dashboard')
    await expect(sections).toHaveCount(1)
    await expect(sections.first()).toHaveAttribute('data-brand', EDITOR_BRAND)
    await expect(page.locator(`[data-brand="${OTHER_BRAND}"]`)).toHaveCount(0)
    await expect(sections.first().getByRole('heading', { name: brand.name })).toBeVisible()
    await expect(sections.first().getByTestId('appointments')).toBeVisible()
    await expect(sections.first().getByTestId('scheduled')).toContainText(/Nothing scheduled in the next 7 days|Publish|Unpublish/)
    // Payload's collection cards stay below.
    await expect(page.getByRole('link', { name: /Articles/ }).first()).toBeVisible()

    // Every filtered link names the editor's brand, never another.
    const hrefs = await sections.first().locator('a[href*="where"]').evaluateAll((links) => links.map((link) => link.getAttribute('href') ?? ''))
    for (const href of hrefs) {
      const brandIds = [...decodeURIComponent(href).matchAll(/\[brands?\]\[equals\]=([^&]+)/g)].map((match) => match[1])
      expect(brandIds, href).toEqual([String(brand.id)])
    }
    // The appointment count is the number of this brand's new requests.
    const { totalDocs: newRequests } = await asEditor<{ totalDocs: number }>(`/api/appointment-requests?where[brand][equals]=${brand.id}&where[status][equals]=new&limit=1&depth=0`)
    const appointments = sections.first().getByTestId('appointments')
    await expect(appointments).toContainText(newRequests === 0 ? 'No new appointment requests.' : `${newRequests} new request`)

    await page.setViewportSize({ width: 360, height: 1400 })
    await page.screenshot({ path: `${SHOTS}/dash-dashboard-360.png`, fullPage: true })
    await page.setViewportSize({ width: 1280, height: 1000 })
    await page.screenshot({ path: `${SHOTS}/dash-dashboard-desktop.png`, fullPage: true })

    // A count opens the list of what it counted.
    const counted = sections.first().locator('[data-testid="overdue-reviews"] a, [data-testid="appointments"] a').first()
    if ((await counted.count()) > 0) {
      const number = Number(/^(\d+)/.exec((await counted.textContent()) ?? '')?.[1])
      await counted.click()
      await expect(page.locator('table tbody tr')).toHaveCount(Math.min(number, 10))
    }
  })

  await test.step('publish a change: the sidebar waits for the site update, then says it is live', async () => {
    // One of the brand's own published articles (shared ones are the network admin's to change).
    const { docs } = await asEditor<{ docs: { id: number | string; brands: (number | string)[] }[] }>(
      `/api/articles?where[brands][equals]=${brand.id}&where[_status][equals]=published&depth=0&limit=50`,
    )
    const article = docs.find((doc) => doc.brands.length === 1)
    if (!article) throw new Error(`${EDITOR_BRAND} has no published article of its own to change.`)
    await page.goto(`/admin/collections/articles/${article.id}`)
    const status = page.getByTestId('site-status')
    await expect(status).toBeVisible({ timeout: 60_000 })

    const lead = page.getByLabel('Lead paragraph')
    await lead.fill(`${await lead.inputValue()} Updated for the dashboard check.`)
    // Publish once the autosave of the edit has landed (a publish during an autosave is not sent).
    const savedLead = async () => (await asEditor<{ excerpt?: string }>(`/api/articles/${article.id}?draft=true&depth=0`)).excerpt ?? ''
    await expect.poll(savedLead, { timeout: 30_000 }).toContain('Updated for the dashboard check.')
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(status).toContainText('Waiting for the site update', { timeout: 30_000 })
    await expect(status).toContainText(/Live on the site since \w{3} \d{1,2}, \d{4}, \d{1,2}:\d{2} [AP]M M[SD]T/, { timeout: 240_000 })

    await page.screenshot({ path: `${SHOTS}/dash-status-desktop.png` })
    await page.setViewportSize({ width: 360, height: 900 })
    await status.scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/dash-status-360.png` })
  })

  expect(errors).toEqual([])
})
