import { expect, test } from '@playwright/test'
import { createDraftArticle, logInAsBrandEditor, setLivePreview } from './draftArticle'

/*
 * "How does this page look in search results?": a brand editor opens an article, lets the SEO
 * fields (@payloadcms/plugin-seo, src/seo/) fill themselves from the title and the lead, edits
 * them, and the search-result preview and the length hints follow every keystroke.
 */
const TITLE = 'Ice or heat for a sore knee?'
const LEAD = 'When to reach for an ice pack, when heat helps more, and when to call us instead.'
const BRAND = 'Mesquite Ridge Physical Therapy'

test('the search-result preview follows the generated and edited SEO title and description', async ({ page }, testInfo) => {
  test.setTimeout(120_000)
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await logInAsBrandEditor(page)
  const article = await createDraftArticle(page, { title: TITLE, excerpt: LEAD, body: 'Both have their place in the first days after a strain.' })
  await page.goto(`/admin/collections/articles/${article.id}`)
  // The form alone, at full width.
  await setLivePreview(page, false)

  const group = page.locator('#field-seo, .group-field', { hasText: 'Search and social' }).first()
  const titleInput = page.locator('#field-seo__title')
  const descriptionInput = page.locator('#field-seo__description')
  // The plugin's preview box: address, title and description as a search result shows them.
  const preview = page.getByText('Exact result listings may vary').locator('xpath=following-sibling::div[1]')
  await titleInput.scrollIntoViewIfNeeded()
  await expect(titleInput).toHaveValue('')
  await expect(preview.locator('a').first()).toHaveText(`https://www.mesquite-ridge-pt.example/articles/${article.slug}/`)

  await test.step('Auto-generate fills the title with the brand’s name and the description with the lead', async () => {
    await page.locator('.plugin-seo__field', { hasText: 'Title in search results' }).getByRole('button', { name: 'Auto-generate' }).click()
    await expect(titleInput).toHaveValue(`${TITLE} | ${BRAND}`)
    await page.locator('.plugin-seo__field', { hasText: 'Description in search results' }).getByRole('button', { name: 'Auto-generate' }).click()
    await expect(descriptionInput).toHaveValue(LEAD)
    await expect(preview.locator('h4')).toHaveText(`${TITLE} | ${BRAND}`)
    await expect(preview.locator('p')).toHaveText(LEAD)
    await expect(group).toContainText(`${(TITLE + ' | ' + BRAND).length}/50-70 chars`)
  })

  await test.step('edits show in the preview and the length hints as they are typed', async () => {
    await titleInput.fill('Ice or heat? | Mesquite Ridge PT')
    await expect(preview.locator('h4')).toHaveText('Ice or heat? | Mesquite Ridge PT')
    await expect(group).toContainText('32/50-70 chars, 18 to go')
    await descriptionInput.fill('Ice first, heat later: a physical therapist explains.')
    await expect(preview.locator('p')).toHaveText('Ice first, heat later: a physical therapist explains.')
    await expect(group).toContainText('53/100-160 chars, 47 to go')
  })

  await test.step('autosave keeps them in the draft', async () => {
    const saved = async () => {
      const response = await page.request.get(`/api/articles/${article.id}?draft=true&depth=0`, { headers: { Origin: new URL(page.url()).origin } })
      return ((await response.json()) as { seo?: { title?: string | null } }).seo?.title ?? null
    }
    await expect.poll(saved, { timeout: 30_000 }).toBe('Ice or heat? | Mesquite Ridge PT')
  })

  await test.step('screenshots of the SEO fields, on a desktop and a 360 px phone', async () => {
    await group.scrollIntoViewIfNeeded()
    await group.screenshot({ path: testInfo.outputPath('seo-desktop.png') })
    await page.setViewportSize({ width: 360, height: 800 })
    await group.scrollIntoViewIfNeeded()
    await expect(preview.locator('h4')).toBeVisible()
    await page.screenshot({ path: testInfo.outputPath('seo-360.png'), fullPage: false })
    await group.screenshot({ path: testInfo.outputPath('seo-360-group.png') })
  })

  expect(errors).toEqual([])
})
