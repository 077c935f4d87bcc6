import { type Page, expect, test } from '@playwright/test'
import { brandEditor } from './editorial'

/*
 * Array rows in the edit view read as what they hold (src/components/RowLabel), not "Day 01":
 * a clinic's weekly hours show the day and its hours, its special hours the date, and a
 * comparison's "when to choose" rows the therapy's name, fetched from its document.
 */

async function logIn(page: Page) {
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(brandEditor.email)
  await page.getByLabel('Password').fill(brandEditor.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/, { timeout: 30_000 })
}

/** The edit view of the document listed as `title`, opened by its address (a click could land before the list is ready). */
async function openDocument(page: Page, collection: string, title: string) {
  await page.goto(`/admin/collections/${collection}`)
  const href = await page.getByRole('link', { name: title, exact: true }).getAttribute('href')
  if (href === null) throw new Error(`The ${collection} list has no link to "${title}"`)
  await page.goto(href)
}

/** The row headers of the array field `name` (the fields inside the rows can show the same words). */
const rowHeaders = (page: Page, name: string) => page.locator(`#field-${name} .array-field__row-header`)

test('a clinic\'s opening hours and special hours rows are labelled with their day, hours and note', async ({ page }) => {
  test.slow()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  await logIn(page)
  await openDocument(page, 'clinics', 'Mesquite Ridge Physical Therapy')

  const weekly = rowHeaders(page, 'openingHours')
  await expect(weekly.getByText('Monday · 07:00–18:00', { exact: true })).toBeVisible()
  await expect(weekly.getByText('Sunday · Closed', { exact: true })).toBeVisible()
  await expect(weekly.getByText(/^Day \d\d$/)).toHaveCount(0)

  // The seed's holiday closure, dated from the day it ran.
  const special = page.locator('#field-specialHours')
  const specialRows = rowHeaders(page, 'specialHours')
  await expect(specialRows.getByText(/^[A-Z][a-z]{2} \d{1,2}, \d{4} · Closed · Thanksgiving$/)).toBeVisible()

  // A new row starts closed all day, and its label follows what is typed.
  await special.getByRole('button', { name: 'Add Date' }).click()
  await expect(specialRows.nth(2)).toHaveText('Closed')
  await special.locator('input[name="specialHours.2.note"]').fill('Inventory day')
  await expect(specialRows.getByText('Closed · Inventory day', { exact: true })).toBeVisible()
  // Times are asked for only once the day is not closed.
  await expect(special.locator('input[name="specialHours.2.opens"]')).toHaveCount(0)
  await special.locator('input[name="specialHours.2.closed"]').uncheck()
  await special.locator('input[name="specialHours.2.opens"]').fill('10:00')
  await special.locator('input[name="specialHours.2.closes"]').fill('14:00')
  await expect(specialRows.getByText('10:00–14:00 · Inventory day', { exact: true })).toBeVisible()

  // The search-result preview beside labelled rows still gets the page's address from the CMS
  // (it sends the form's state, which holds the row labels), and nothing failed in the page.
  await expect(page.getByText(/^https:\/\/www\.mesquite-ridge-pt\.example\/locations\/[a-z0-9-]+\/$/)).toBeVisible()
  expect(errors).toEqual([])
})

test('a comparison\'s "when to choose" rows show the therapy\'s name', async ({ page }) => {
  test.slow()
  await logIn(page)
  await openDocument(page, 'comparisons', 'Dry needling vs massage therapy')
  const rows = rowHeaders(page, 'whenToChoose')
  // Read from each therapy's document after the form shows.
  await expect(rows.getByText('Dry needling', { exact: true })).toBeVisible({ timeout: 15_000 })
  await expect(rows.getByText('Massage therapy', { exact: true })).toBeVisible()
  await expect(rowHeaders(page, 'conditionGuidance').getByText(/^Condition \d\d$|^…$/)).toHaveCount(0)
})
