import { expect, test } from '@playwright/test'
import { demoAccounts } from './e2eEnv'

/*
 * The schedule dialog of a never-published draft, as a brand editor of the Denver-based demo
 * brand opens it: it offers to publish (not to unpublish a page that was never live) and starts
 * in the brand's time zone (src/components/Schedule/, the patched default of @payloadcms/ui).
 */
const DENVER_BRAND = 'wrenfield-pt'
const editor = { email: `editor@${DENVER_BRAND}.example`, password: demoAccounts.editorPassword }

test('the schedule dialog of a never-published draft offers Publish, in the brand\'s own time zone', async ({ page }) => {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(editor.email)
  await page.getByLabel('Password').fill(editor.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)

  const origin = new URL(page.url()).origin
  const brands = (await (await page.request.get(`/api/brands?where[slug][equals]=${DENVER_BRAND}&depth=0`, { headers: { Origin: origin } })).json()) as { docs: { id: number | string }[] }
  const brandId = brands.docs[0]?.id
  expect(brandId).toBeDefined()
  const created = await page.request.post('/api/articles?draft=true', {
    headers: { Origin: origin },
    data: { title: 'Winter hours at our Denver clinics', brands: [brandId], _status: 'draft' },
  })
  expect(created.status()).toBe(201)
  const { doc } = (await created.json()) as { doc: { id: number | string; _status: string } }
  expect(doc._status).toBe('draft')

  await page.goto(`/admin/collections/articles/${doc.id}`)
  // The publish button's menu holds "Schedule Publish".
  await page.locator('#action-save').waitFor()
  await page.locator('.doc-controls__controls .popup-button').last().click()
  await page.getByRole('button', { name: 'Schedule Publish' }).click()
  const drawer = page.locator('.schedule-publish')
  await expect(drawer).toBeVisible()
  await expect(drawer.getByRole('radio', { name: 'Publish', exact: true })).toBeChecked()
  await expect(drawer.getByRole('radio', { name: 'Unpublish', exact: true })).not.toBeChecked()
  await expect(drawer.locator('#timezone-picker, .timezone-picker').first()).toContainText('Mountain (Denver)')
})
