import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { demoAdmin } from './demoAdmin'
import { EDITOR_BRAND, builtPage, e2eSettings } from './editorial'

/*
 * A brand admin moves a clinic's old WordPress posts in: upload the export in the admin, review
 * the preview (nothing written yet), import as drafts, open a draft with its comparison embedded
 * and another with its FAQ block; a proposed therapy fact is applied from the import record; one
 * post is published, and its old address redirects on the site the CMS rebuilt (LOCAL_REBUILD,
 * see playwright.config.ts).
 */
test.describe.configure({ mode: 'serial' })

const WXR = path.resolve(import.meta.dirname, '../fixtures/import/wordpress-export.xml')
const COMPARISON_POST = 'Dry Needling or Acupuncture? How to Tell Them Apart'
const FAQ_POST = 'Sore After Dry Needling? Here Is What Is Normal'
const OLD_PATH = ['blog', 'dry-needling-or-acupuncture']
const brandAdmin = { email: `importer@${EDITOR_BRAND}.example`, password: 'import-admin-pw-2026' }

test.beforeAll(async ({ request }) => {
  // A brand admin of the demo brand, made by the network admin through the API.
  const login = await request.post('/api/users/login', { data: demoAdmin })
  expect(login.ok()).toBe(true)
  const { token } = (await login.json()) as { token: string }
  const auth = { Authorization: `JWT ${token}` }
  const brands = (await (await request.get(`/api/brands?where[slug][equals]=${EDITOR_BRAND}&depth=0`, { headers: auth })).json()) as { docs: { id: number }[] }
  const created = await request.post('/api/users', { headers: auth, data: { ...brandAdmin, name: 'Imogen Fairweather', role: 'brand-admin', brands: [brands.docs[0]?.id] } })
  expect(created.status()).toBe(201)
})

test('a brand admin previews and imports a WordPress export, and the old address of a published post redirects on the rebuilt site', async ({ page, browser }) => {
  test.setTimeout(240_000)
  const { sitesDir } = e2eSettings()
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))

  await test.step('log in and open Import posts (linked from the navigation)', async () => {
    await page.goto('/admin/login')
    await page.getByLabel('Email').fill(brandAdmin.email)
    await page.getByLabel('Password').fill(brandAdmin.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await expect(page).toHaveURL(/\/admin\/?$/)
    await expect(page.locator('a[href="/admin/import"]').first()).toBeAttached()
    await page.goto('/admin/import')
    await expect(page.getByRole('heading', { level: 1, name: 'Import posts' })).toBeVisible()
  })

  await test.step('preview: every post and what was left out, nothing written', async () => {
    // The brand admin works for one brand: it is chosen already.
    await expect(page.getByLabel('Brand')).toHaveValue(EDITOR_BRAND)
    await page.getByLabel('Files').setInputFiles(WXR)
    await expect(page.getByRole('button', { name: 'Import as drafts' })).toBeDisabled()
    await page.getByRole('button', { name: 'Preview', exact: true }).click()
    const report = page.getByRole('region', { name: 'Preview' })
    await expect(report.getByRole('heading', { name: 'Preview: nothing has been written yet' })).toBeVisible({ timeout: 60_000 })
    await expect(report.getByText(COMPARISON_POST)).toBeVisible()
    await expect(report.getByText(FAQ_POST)).toBeVisible()
    await expect(report.getByText(/it is a page, not a post/)).toBeVisible()
    // The REST API as the logged-in brand admin; the Origin header is what the admin's own requests carry (CSRF).
    const drafts = await page.request.get(`/api/articles?where[title][equals]=${encodeURIComponent(COMPARISON_POST)}&draft=true&depth=0`, { headers: { Origin: new URL(page.url()).origin } })
    expect(drafts.status()).toBe(200)
    expect(((await drafts.json()) as { totalDocs: number }).totalDocs).toBe(0)
  })

  const links = { comparisonPost: '', faqPost: '', record: '' }
  await test.step('import as drafts, and open the draft with its comparison embedded', async () => {
    await page.getByRole('button', { name: 'Import as drafts' }).click()
    const report = page.getByRole('region', { name: 'Import report' })
    await expect(report.getByRole('heading', { name: 'Imported as drafts' })).toBeVisible({ timeout: 120_000 })
    links.comparisonPost = (await report.getByRole('link', { name: COMPARISON_POST }).getAttribute('href')) ?? ''
    links.faqPost = (await report.getByRole('link', { name: FAQ_POST }).getAttribute('href')) ?? ''
    links.record = (await report.getByRole('link', { name: 'Open the import record' }).getAttribute('href')) ?? ''
    expect(links.comparisonPost).toMatch(/^\/admin\/collections\/articles\/\w+$/)
    expect(links.record).toMatch(/^\/admin\/collections\/imports\/\w+$/)
    await page.goto(links.comparisonPost)
    await expect(page.getByText('Status: Draft').or(page.locator('.status__value', { hasText: 'Draft' })).first()).toBeVisible({ timeout: 30_000 })
    await expect(page.locator('.rich-text-lexical').getByText('Dry needling vs acupuncture').first()).toBeVisible()
  })

  await test.step('the other draft has its FAQ block', async () => {
    await page.goto(links.faqPost)
    await expect(page.locator('.rich-text-lexical').getByText('FAQ group').first()).toBeVisible({ timeout: 30_000 })
  })

  await test.step('the import record lists the therapy facts proposed; the demo therapies are network content, so a network admin applies one to the therapy\'s draft', async () => {
    const admin = await browser.newContext()
    try {
      const adminPage = await admin.newPage()
      await adminPage.goto('/admin/login')
      await adminPage.getByLabel('Email').fill(demoAdmin.email)
      await adminPage.getByLabel('Password').fill(demoAdmin.password)
      await adminPage.getByRole('button', { name: 'Login' }).click()
      await expect(adminPage).toHaveURL(/\/admin\/?$/)
      await adminPage.goto(links.record)
      await adminPage.getByRole('button', { name: 'Apply: Dry needling, cost per session' }).click()
      await expect(adminPage.getByText(/Applied to the draft of\s*Dry needling/)).toBeVisible({ timeout: 15_000 })
    } finally {
      await admin.close()
    }
  })

  await test.step('publish the comparison post: the rebuilt site redirects its old address to the new page', async () => {
    await page.goto(links.comparisonPost)
    await page.getByRole('button', { name: 'Publish changes' }).click()
    await expect(page.locator('.status__value', { hasText: 'Published' }).or(page.getByText('Status: Published')).first()).toBeVisible({ timeout: 15_000 })
    const redirectPage = builtPage(sitesDir, ...OLD_PATH)
    await expect.poll(() => existsSync(redirectPage), { timeout: 120_000, intervals: [1_000] }).toBe(true)
    const html = readFileSync(redirectPage, 'utf8')
    expect(html).toMatch(/http-equiv="refresh"/i)
    expect(html).toContain('/articles/dry-needling-or-acupuncture/')
    expect(readFileSync(path.join(sitesDir, EDITOR_BRAND, '_redirects'), 'utf8')).toMatch(/\/blog\/dry-needling-or-acupuncture\/\s+\S*\/articles\/dry-needling-or-acupuncture\/\s+301/)
  })

  expect(errors).toEqual([])
})
