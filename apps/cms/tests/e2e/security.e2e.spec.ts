import http from 'node:http'
import { type Page, expect, test } from '@playwright/test'
import { demoAdmin } from './demoAdmin'

/*
 * What the running CMS server sends and whom it believes: security headers on the admin and the
 * API, no framing by another site, and client addresses taken from the connection rather than a
 * client's X-Forwarded-For (TRUSTED_PROXY_HOPS is 0 here).
 */

test('the admin sends its security headers and a Content-Security-Policy that keeps other sites from framing it', async ({ request }) => {
  const response = await request.get('/admin/login')
  expect(response.status()).toBe(200)
  const headers = response.headers()
  const csp = headers['content-security-policy'] ?? ''
  expect(csp).toContain("frame-ancestors 'self'")
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+'(;|$)/)
  expect(csp).toContain("object-src 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
  expect(headers['permissions-policy']).toContain('camera=()')
  // Served over plain HTTP here: no HSTS (it is sent when SERVER_URL is https).
  expect(headers['strict-transport-security']).toBeUndefined()
  // A fresh nonce per response.
  const again = (await request.get('/admin/login')).headers()['content-security-policy']
  expect(again).not.toBe(csp)
})

test('API answers carry the headers too, with a policy that allows nothing to run', async ({ request }) => {
  const response = await request.get('/api/users/me')
  const headers = response.headers()
  expect(headers['content-security-policy']).toContain("default-src 'none'")
  expect(headers['content-security-policy']).toContain("frame-ancestors 'none'")
  expect(headers['x-content-type-options']).toBe('nosniff')
  expect(headers['referrer-policy']).toBe('no-referrer')
  const graphql = await request.post('/api/graphql', { data: { query: '{ meUser { user { email } } }' } })
  expect(graphql.headers()['content-security-policy']).toContain("default-src 'none'")
  expect(graphql.headers()['x-content-type-options']).toBe('nosniff')
})

/** Opens a page on `origin` that frames the admin's login page, and says whether the login form showed up in the frame. */
async function loginFormShownInFrameOn(page: Page, origin: string, baseURL: string): Promise<boolean> {
  const url = `${origin}/framing-test`
  await page.route(url, (route) => route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>framing</title><iframe name="cms" src="${baseURL}/admin/login" width="800" height="600"></iframe>` }))
  await page.goto(url)
  const frame = page.frame({ name: 'cms' })
  try {
    await frame?.locator('#field-email').waitFor({ timeout: 5_000 })
    return true
  } catch {
    return false
  }
}

test('another site cannot show the admin in a frame; the CMS itself can', async ({ page, baseURL }) => {
  expect(await loginFormShownInFrameOn(page, 'http://framing-site.test', baseURL as string)).toBe(false)
  // The control: the same page on the CMS's own origin shows the form, so the check above can fail.
  expect(await loginFormShownInFrameOn(page, baseURL as string, baseURL as string)).toBe(true)
})

test('the admin works under its policy: logging in raises no policy violation', async ({ page }) => {
  const violations: string[] = []
  page.on('console', (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text())
  })
  await page.goto('/admin/login')
  await page.getByLabel('Email').fill(demoAdmin.email)
  await page.getByLabel('Password').fill(demoAdmin.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await expect(page).toHaveURL(/\/admin\/?$/)
  await page.goto('/admin/collections/articles')
  await expect(page.locator('table tbody tr').first()).toBeVisible()
  expect(violations).toEqual([])
})

/** A POST to the appointment endpoint from the loopback address `from`, with extra headers. */
function postFrom(baseURL: string, from: string, headers: Record<string, string>): Promise<number> {
  const url = new URL('/api/appointment-requests/submit', baseURL)
  return new Promise((resolve, reject) => {
    const request = http.request(
      url,
      // Another loopback address than the other tests', so that this test has buckets of its own.
      { method: 'POST', localAddress: from, family: 4, headers: { 'content-type': 'application/json', ...headers } },
      (response) => {
        response.resume()
        response.on('end', () => resolve(response.statusCode ?? 0))
      },
    )
    request.on('error', reject)
    request.end('{}')
  })
}

test('a forged X-Forwarded-For neither dodges the rate limit nor uses up another client’s', async ({ baseURL }) => {
  const base = (baseURL as string).replace('localhost', '127.0.0.1')
  // APPOINTMENT_RATE_LIMIT is 5 per 10 minutes: five requests, each claiming another address, use up 127.0.0.2's.
  const statuses: number[] = []
  for (let index = 1; index <= 6; index += 1) statuses.push(await postFrom(base, '127.0.0.2', { 'x-forwarded-for': `127.0.0.3, 203.0.113.${index}` }))
  expect(statuses.slice(0, 5)).not.toContain(429)
  expect(statuses[5]).toBe(429)
  // 127.0.0.3, named in every forged header above, still has its whole allowance.
  expect(await postFrom(base, '127.0.0.3', {})).not.toBe(429)
  // And a client cannot pass the server's own peer-address header either.
  expect(await postFrom(base, '127.0.0.2', { 'x-cms-peer-address': '203.0.113.200' })).toBe(429)
})
