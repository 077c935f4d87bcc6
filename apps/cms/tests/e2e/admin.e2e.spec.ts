import { type Page, expect, test } from '@playwright/test'
import { demoAdmin } from './demoAdmin'

/** Every content collection an editor works with: its plural label and slug. */
const contentCollections = [
  ['Brands', 'brands'],
  ['Clinics', 'clinics'],
  ['Therapies', 'therapies'],
  ['Conditions', 'conditions'],
  ['Articles', 'articles'],
  ['Comparisons', 'comparisons'],
  ['FAQs', 'faqs'],
  ['Authors', 'authors'],
  ['Media', 'media'],
] as const

test('the admin login page asks for an email and a password', async ({ page }) => {
  await page.goto('/admin/login')

  await expect(page.getByLabel('Email')).toBeVisible()
  await expect(page.getByLabel('Password')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Login' })).toBeVisible()
})

async function logIn(page: Page) {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(demoAdmin.email)
  await page.getByLabel('Password').fill(demoAdmin.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
}

test('the demo admin logs in and the dashboard lists every content collection', async ({ page }) => {
  await logIn(page)
  for (const [label, slug] of contentCollections) {
    await expect(page.getByRole('heading', { level: 3, name: label, exact: true })).toBeVisible()
    await expect(page.getByRole('link', { name: `Show all ${label}`, exact: true })).toHaveAttribute(
      'href',
      `/admin/collections/${slug}`,
    )
  }
})

test('a seeded article opens in the editor with its table, links and blocks', async ({ page }) => {
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await logIn(page)
  // Every article on one page, whatever the list's default page size.
  await page.goto('/admin/collections/articles?limit=100')
  await page.getByRole('link', { name: /^Dry needling or massage\?/ }).click()

  const body = page.locator('.rich-text-lexical').first()
  await expect(body.getByText('The short version', { exact: true })).toBeVisible()
  await expect(body.locator('table')).toBeVisible()
  await expect(body.locator('a', { hasText: 'plantar fasciitis' })).toBeVisible()
  // The embedded comparison and FAQ group render as editable blocks, not as an error.
  await expect(body.getByRole('button', { name: 'Add new Comparison' })).toBeVisible()
  const inputValues = () => body.locator('input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))
  await expect.poll(inputValues).toContain('Before you book')
  await expect(body.getByRole('button', { name: /^How much does dry needling cost\? Edit/ })).toBeVisible()
  await expect(page.getByText('Something went wrong')).toHaveCount(0)
  expect(errors).toEqual([])
})
