import { type Page, expect } from '@playwright/test'
import { EDITOR_BRAND, brandEditor } from './editorial'

/** Logs the brand's demo editor in to the admin. */
export async function logInAsBrandEditor(page: Page): Promise<void> {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(brandEditor.email)
  await page.getByLabel('Password').fill(brandEditor.password)
  await page.getByRole('button', { name: 'Login' }).click()
  // The first admin page of a run may take a while to compile and render on a busy machine.
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
}

/** A Lexical editor state of one paragraph, as the admin saves it. */
const paragraph = (text: string) => ({
  root: {
    type: 'root',
    version: 1,
    direction: 'ltr',
    format: '',
    indent: 0,
    children: [{ type: 'paragraph', version: 1, direction: 'ltr', format: '', indent: 0, children: [{ type: 'text', version: 1, text, format: 0, detail: 0, mode: 'normal', style: '' }] }],
  },
})

/**
 * A new draft article of the editor's brand, made through the REST API as the logged-in editor
 * (the Origin header is what the admin's own requests carry), ready to be opened in the admin.
 */
export async function createDraftArticle(page: Page, data: { title: string; excerpt: string; body: string }): Promise<{ id: number | string; slug: string }> {
  const headers = { Origin: new URL(page.url()).origin }
  const brands = (await (await page.request.get(`/api/brands?where[slug][equals]=${EDITOR_BRAND}&depth=0`, { headers })).json()) as { docs: { id: number | string }[] }
  const brandId = brands.docs[0]?.id
  expect(brandId).toBeDefined()
  const created = await page.request.post('/api/articles?draft=true', {
    headers,
    data: { title: data.title, excerpt: data.excerpt, body: paragraph(data.body), brands: [brandId], _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number | string; slug: string } }
  return doc
}

/**
 * Turns the document's live preview panel on or off. The admin remembers the choice per user and
 * collection, so a test that needs either state sets it rather than relying on the last test's.
 */
export async function setLivePreview(page: Page, on: boolean): Promise<void> {
  const toggler = page.locator('#live-preview-toggler')
  await expect(toggler).toBeVisible({ timeout: 30_000 })
  const wanted = on ? 'Exit Live Preview' : 'Live Preview'
  if ((await toggler.getAttribute('aria-label')) !== wanted) await toggler.click()
  await expect(toggler).toHaveAttribute('aria-label', wanted)
}
