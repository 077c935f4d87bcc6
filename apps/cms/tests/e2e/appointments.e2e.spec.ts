import type { Server } from 'node:http'
import { type Browser, type Page, expect, test } from '@playwright/test'
import { EDITOR_BRAND, OTHER_BRAND, SITE_ORIGIN, SITE_PORT, brandEditor, e2eSettings, serveDirectory } from './editorial'

/*
 * A visitor asks for an appointment on the brand's static site (built from this CMS by the
 * global setup and served on SITE_ORIGIN, which the CMS allows through SITE_ORIGINS), with
 * and without JavaScript; then the brand's staff find the requests in the admin, and another
 * brand's staff do not.
 */
test.describe.configure({ mode: 'serial' })

const FORM_URL = `${SITE_ORIGIN}/${EDITOR_BRAND}/request-appointment/`
const WITH_SCRIPT = 'Avery Quillfeather'
const WITHOUT_SCRIPT = 'Rowan Pennywhistle'

let server: Server
test.beforeAll(async () => {
  server = await serveDirectory(e2eSettings().sitesDir, SITE_PORT)
})
test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

/** Fills the form as a visitor would. */
async function fillForm(page: Page, name: string, { phone = '(480) 555-0199' } = {}) {
  await page.getByLabel('Full name').fill(name)
  await page.getByLabel('Phone number').fill(phone)
  const clinic = page.locator('select[name="clinic"]')
  if ((await clinic.count()) > 0) await clinic.selectOption({ index: 1 })
  await page.getByLabel('Monday').check()
  await page.getByLabel(/^Morning/).check()
  await page.getByLabel('Anything else we should know? (optional)').fill('Weekday mornings work best for me.')
  await page.getByLabel(/may contact me about this request/).check()
  // People take a moment before sending; the CMS refuses forms sent faster than APPOINTMENT_MIN_FILL_MS.
  await page.waitForTimeout(600)
}

async function withoutJavaScript<T>(browser: Browser, run: (page: Page) => Promise<T>): Promise<T> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  try {
    return await run(await context.newPage())
  } finally {
    await context.close()
  }
}

test('with JavaScript, the request is sent in place and confirmed on the same page', async ({ page }) => {
  await page.goto(FORM_URL)
  await fillForm(page, WITH_SCRIPT)
  await page.getByRole('button', { name: 'Send request' }).click()
  await expect(page.getByRole('status')).toContainText('Request sent')
  await expect(page).toHaveURL(FORM_URL)
})

test('without JavaScript, a plain form post leads to the thank-you page', async ({ browser }) => {
  await withoutJavaScript(browser, async (page) => {
    await page.goto(FORM_URL)
    await fillForm(page, WITHOUT_SCRIPT)
    await page.getByRole('button', { name: 'Send request' }).click()
    await expect(page).toHaveURL(`${SITE_ORIGIN}/${EDITOR_BRAND}/request-appointment/thank-you/`)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  })
})

test('without JavaScript, mistakes come back listed, linked to their fields, with the entries kept', async ({ browser }) => {
  await withoutJavaScript(browser, async (page) => {
    await page.goto(FORM_URL)
    // A phone number without area code: the browser lets it through, the CMS does not.
    await fillForm(page, 'Sam Errorless', { phone: '555-01' })
    await page.getByRole('button', { name: 'Send request' }).click()
    await expect(page).toHaveTitle(/^Error: /)
    const summary = page.getByRole('alert')
    await expect(summary).toContainText('There is a problem')
    const link = summary.getByRole('link', { name: /Enter a phone number with area code/ })
    const target = await link.getAttribute('href')
    expect(target).toMatch(/^#/)
    await expect(page.locator(target as string)).toHaveAttribute('name', 'phone')
    await expect(page.getByLabel('Full name')).toHaveValue('Sam Errorless')
    await expect(page.getByLabel('Phone number')).toHaveValue('555-01')
    await expect(page.getByLabel('Monday')).toBeChecked()
  })
})

/** The names on the first page of the appointment requests list, as `email` sees it. */
async function requestNamesFor(browser: Browser, email: string, password: string): Promise<string> {
  const context = await browser.newContext()
  try {
    const page = await context.newPage()
    await page.goto('/admin/login')
    await page.getByLabel('Email').fill(email)
    await page.getByLabel('Password').fill(password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    await page.goto('/admin/collections/appointment-requests')
    await expect(page.locator('.collection-list, .list-controls').first()).toBeVisible()
    return await page.locator('main, .collection-list').first().innerText()
  } finally {
    await context.close()
  }
}

test('the brand’s staff see both requests in the admin; another brand’s staff see neither', async ({ browser }) => {
  const own = await requestNamesFor(browser, brandEditor.email, brandEditor.password)
  expect(own).toContain(WITH_SCRIPT)
  expect(own).toContain(WITHOUT_SCRIPT)
  expect(own).not.toContain('Sam Errorless')

  const other = await requestNamesFor(browser, `editor@${OTHER_BRAND}.example`, brandEditor.password)
  expect(other).not.toContain(WITH_SCRIPT)
  expect(other).not.toContain(WITHOUT_SCRIPT)
})
