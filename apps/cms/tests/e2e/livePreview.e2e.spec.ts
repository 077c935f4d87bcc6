import { expect, test } from '@playwright/test'
import { createDraftArticle, logInAsBrandEditor, setLivePreview } from './draftArticle'
import { EDITOR_BRAND } from './editorial'

/*
 * Live preview (src/preview/livePreview.ts): beside the editor, the document's signed draft
 * preview page (the brand site's real page) follows the edits, reloaded after each autosave;
 * for articles and for the other health pages (a therapy here).
 */
const TITLE = 'Stretches for a stiff back in the morning'
const EDITED = 'Five stretches for a stiff back in the morning'

test('the live preview panel shows the edited title after autosave', async ({ page }, testInfo) => {
  test.setTimeout(180_000)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.setViewportSize({ width: 1440, height: 900 })
  await logInAsBrandEditor(page)
  const article = await createDraftArticle(page, { title: TITLE, excerpt: 'Gentle moves that loosen a stiff back before the day starts.', body: 'Start slowly, and stop if a stretch hurts.' })
  await page.goto(`/admin/collections/articles/${article.id}`)

  const frame = page.frameLocator('#live-preview-iframe')
  await test.step('open the live preview: the site’s page of the draft, signed and marked as a draft', async () => {
    await setLivePreview(page, true)
    await expect(page.locator('#live-preview-iframe')).toHaveAttribute('src', /\/api\/articles\/[^/]+\/preview\?expires=\d+&sig=[\w-]+/)
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(TITLE, { timeout: 60_000 })
    await expect(frame.getByRole('status')).toContainText('Draft preview for Mesquite Ridge')
  })

  await test.step('type a new title: after autosave the panel shows it', async () => {
    const before = await page.locator('#live-preview-iframe').getAttribute('src')
    await page.locator('#field-title').fill(EDITED)
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(EDITED, { timeout: 60_000 })
    // A new signed address, for the saved version.
    expect(await page.locator('#live-preview-iframe').getAttribute('src')).not.toBe(before)
    await page.screenshot({ path: testInfo.outputPath('preview-desktop.png') })
  })

  await test.step('the 360 px phone size', async () => {
    await page.locator('.live-preview-toolbar-controls__breakpoint button').first().click()
    await page.getByRole('button', { name: 'Mobile (360 px)' }).click()
    await expect(page.locator('.live-preview-toolbar-controls__device-size input').first()).toHaveValue('360')
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(EDITED)
    await page.screenshot({ path: testInfo.outputPath('preview-mobile-breakpoint.png') })
    await page.setViewportSize({ width: 360, height: 800 })
    await page.screenshot({ path: testInfo.outputPath('preview-360.png') })
  })

  expect(errors).toEqual([])
})

const THERAPY = 'Shockwave therapy'
const THERAPY_EDITED = 'Shockwave therapy for stubborn heel pain'

test('a therapy’s live preview shows its page, and the edited name after autosave', async ({ page }) => {
  test.setTimeout(180_000)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await page.setViewportSize({ width: 1440, height: 900 })
  await logInAsBrandEditor(page)

  // A new draft therapy of the editor's brand, made as the logged-in editor.
  const headers = { Origin: new URL(page.url()).origin }
  const brands = (await (await page.request.get(`/api/brands?where[slug][equals]=${EDITOR_BRAND}&depth=0`, { headers })).json()) as { docs: { id: number | string }[] }
  const created = await page.request.post('/api/therapies?draft=true', {
    headers,
    data: {
      name: THERAPY,
      brands: [brands.docs[0]?.id],
      summary: 'Sound waves that prompt healing in tendons that have been sore for months.',
      sessionLength: { minMinutes: 15, maxMinutes: 20 },
      cost: { minCents: 8000, maxCents: 12000 },
      practitioners: ['Licensed physical therapist'],
      _status: 'draft',
    },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number | string } }
  await page.goto(`/admin/collections/therapies/${doc.id}`)

  const frame = page.frameLocator('#live-preview-iframe')
  await test.step('open the live preview: the site’s therapy page of the draft', async () => {
    await setLivePreview(page, true)
    await expect(page.locator('#live-preview-iframe')).toHaveAttribute('src', /\/api\/therapies\/[^/]+\/preview\?expires=\d+&sig=[\w-]+/)
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(THERAPY, { timeout: 60_000 })
    await expect(frame.getByRole('status')).toContainText('Draft preview for Mesquite Ridge')
  })

  await test.step('rename it: after autosave the panel shows the new name', async () => {
    await page.locator('#field-name').fill(THERAPY_EDITED)
    await expect(frame.getByRole('heading', { level: 1 })).toHaveText(THERAPY_EDITED, { timeout: 60_000 })
  })

  expect(errors).toEqual([])
})
