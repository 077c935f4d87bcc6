/**
 * The appointment request form on the built demo sites, in Chromium at 360 px: what it offers
 * without JavaScript, what its script does, and that its error states (drawn by the script, or
 * the CMS's own error page) pass axe. The CMS endpoint is played by a stand-in inside the
 * browser (Playwright routes), so nothing here reaches a CMS; tests that submit to the real
 * endpoint belong with the endpoint.
 */
import { AxeBuilder } from '@axe-core/playwright'
import { type AppointmentFieldErrors, type BrandSnapshot, accessibleTheme, validateAppointmentRequest } from '@clinic/schema'
import { type Page, expect, test } from '@playwright/test'
import { routes, startTags, takesAppointmentRequests } from 'site/testing'
import { renderAppointmentErrorPage, renderAppointmentForm } from '@clinic/forms'
import { type EndpointAnswer, builtFormOptions, offeredByClinic, standInEndpoint } from '../harness/appointment-form'
import { formatViolations } from '../harness/axe-report'
import { demoBrands } from '../harness/demo-data'
import { focusedElementFacts, hasFocusIndicator, horizontalOverflow } from '../harness/focus-facts'
import { snapshotOf } from '../harness/run-file'
import { pagesUnderTest } from '../harness/spec-support'

const VIEWPORT = { width: 360, height: 740 }
test.use({ viewport: VIEWPORT })

/** Errors as the contract words them, for a request with almost everything wrong. */
function contractErrors(brand: string): AppointmentFieldErrors {
  const result = validateAppointmentRequest({ brand, name: ' ', phone: '12', clinic: '', preferredDays: ['someday'], message: 'x'.repeat(1001) })
  if (result.ok) throw new Error('the broken request passed validation')
  return result.errors
}

/** The request page of a brand that shows the form; skips the test for a brand without it. */
function requestPage(slug: string): { url: string; snapshot: BrandSnapshot; action: string } {
  const snapshot = snapshotOf(slug)
  const [page] = pagesUnderTest(slug, 'appointment')
  if (page === undefined || !takesAppointmentRequests(snapshot.brand)) {
    test.skip(true, `${slug} shows no appointment form (acceptsAppointments ${snapshot.brand.acceptsAppointments}, appointmentUrl ${snapshot.brand.appointmentUrl ?? 'null'})`)
    throw new Error('skipped')
  }
  return { url: page.url, snapshot, action: snapshot.brand.appointmentUrl ?? '' }
}

/** Fills in a request the contract accepts: only the native checks (required, email) stand before the script. */
async function fillValidRequest(page: Page): Promise<void> {
  const form = page.locator('form[data-appointment-form]')
  await form.getByLabel('Full name').fill('Ana Ruiz')
  await form.getByLabel('Phone number').fill('(602) 555-0188')
  const clinic = form.locator('select[name="clinic"]')
  if ((await clinic.count()) > 0) await clinic.selectOption({ index: 1 })
  const days = form.locator('input[name="preferredDays"]')
  if ((await days.count()) > 0) {
    await form.getByLabel('Tuesday').check()
    await form.getByLabel(/^Morning/).check()
    await form.getByLabel(/^Anything else/).fill('Mornings suit me best.')
  }
  await form.getByLabel(/^I agree that/).check()
}

const send = (page: Page) => page.locator('form[data-appointment-form] button[type="submit"]').click()

/** axe on the whole page; the failure lists what to fix. */
async function expectNoAxeViolations(page: Page, what: string): Promise<void> {
  const results = await new AxeBuilder({ page }).analyze()
  expect(results.violations.map((violation) => violation.id), `axe found ${results.violations.length} violation(s) on ${what}:\n${formatViolations(results.violations)}`).toEqual([])
}

/** The summary, inline messages and ARIA states of rendered markup, comparable with the DOM's. */
function errorMarkupOf(html: string): { summary: string; inline: string[]; aria: string[] } {
  const summary = /<div class="af-summary"[\s\S]*?<\/div>/.exec(html)?.[0] ?? ''
  const inline = html.match(/<p class="af-error"[^>]*>[\s\S]*?<\/p>/g) ?? []
  const aria = startTags(html)
    .filter((tag) => tag.attrs['aria-invalid'] !== undefined || (tag.attrs['aria-describedby'] ?? '').includes('-error'))
    .map((tag) => `${tag.attrs.id ?? tag.attrs['data-field']}: ${tag.attrs['aria-describedby']} ${tag.attrs['aria-invalid'] ?? ''}`.trim())
  return { summary, inline, aria }
}

async function errorMarkupInPage(page: Page): Promise<{ summary: string; inline: string[]; aria: string[] }> {
  return page.evaluate(() => {
    const form = document.querySelector('form[data-appointment-form]')
    if (form === null) throw new Error('no form on the page')
    return {
      summary: form.querySelector('.af-summary')?.outerHTML ?? '',
      inline: Array.from(form.querySelectorAll('.af-error'), (node) => node.outerHTML),
      aria: Array.from(form.querySelectorAll('[aria-invalid], [aria-describedby*="-error"]'), (node) =>
        `${node.id || node.getAttribute('data-field')}: ${node.getAttribute('aria-describedby')} ${node.getAttribute('aria-invalid') ?? ''}`.trim(),
      ),
    }
  })
}

for (const demoBrand of demoBrands) {
  test.describe(`${demoBrand.slug} appointment form`, () => {
    test.describe('without JavaScript', () => {
      test.use({ javaScriptEnabled: false })

      test('the request page offers every clinic, and under each only the treatments offered in its state', async ({ page }) => {
        const { url, snapshot, action } = requestPage(demoBrand.slug)
        await page.goto(url)
        const form = page.locator('form[data-appointment-form]')
        await expect(form).toHaveCount(1)
        await expect(form).toHaveAttribute('action', action)
        await expect(form).toHaveAttribute('method', 'post')
        await expect(form.locator('input[name="startedAt"]')).toHaveValue('')
        await expect(form.locator('input[name="brand"]')).toHaveValue(snapshot.brand.slug)
        const offered = offeredByClinic(snapshot)
        const therapy = form.locator('select[name="therapy"]')
        if (snapshot.clinics.length === 1) {
          await expect(form.locator('input[name="clinic"][type="hidden"]')).toHaveValue(snapshot.clinics[0]?.id ?? '')
          const names = await therapy.locator('option').evaluateAll((options) => options.slice(1).map((option) => option.textContent ?? ''))
          expect(names.sort()).toEqual(offered[0]?.therapies)
        } else {
          const clinics = await form.locator('select[name="clinic"] option').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value).filter(Boolean))
          expect(clinics.sort()).toEqual(snapshot.clinics.map((clinic) => clinic.id).sort())
          const groups = await therapy.locator('optgroup').evaluateAll((list) =>
            list.map((group) => ({
              id: group.getAttribute('data-clinic') ?? '',
              name: (group as HTMLOptGroupElement).label,
              therapies: Array.from(group.querySelectorAll('option'), (option) => option.textContent ?? '').sort(),
            })),
          )
          const byId = (a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id)
          expect(groups.sort(byId)).toEqual(offered.filter((clinic) => clinic.therapies.length > 0).sort(byId))
          await expect(form.getByText('listed by clinic')).toBeVisible()
        }
        // The consent box leads to the privacy page of this site.
        const privacy = form.getByRole('link', { name: 'privacy notice' })
        expect(new URL((await privacy.getAttribute('href')) ?? '', url).pathname).toBe(`/${snapshot.brand.slug}/privacy/`)
      })

      test('every clinic page has the short form for that clinic, with only its own treatments', async ({ page }) => {
        const snapshot = snapshotOf(demoBrand.slug)
        const locations = pagesUnderTest(demoBrand.slug, 'location')
        if (!takesAppointmentRequests(snapshot.brand)) {
          for (const location of locations) {
            await page.goto(location.url)
            await expect(page.locator('form[data-appointment-form]'), location.sitePath).toHaveCount(0)
          }
          return
        }
        const offered = new Map(offeredByClinic(snapshot).map((clinic) => [clinic.id, clinic.therapies]))
        for (const location of locations) {
          await test.step(location.sitePath, async () => {
            const clinic = snapshot.clinics.find((candidate) => location.sitePath === `/locations/${candidate.slug}/`)
            expect(clinic, `a clinic of the snapshot for ${location.sitePath}`).toBeDefined()
            await page.goto(location.url)
            const form = page.locator('form[data-appointment-form]')
            await expect(form).toHaveCount(1)
            await expect(form.locator('input[name="clinic"]')).toHaveValue(clinic?.id ?? '')
            await expect(form.locator('input[name="clinic"]')).toHaveAttribute('type', 'hidden')
            await expect(form.getByText(`${clinic?.name} (${clinic?.address.city}, ${clinic?.address.state})`)).toBeVisible()
            await expect(form.locator('optgroup')).toHaveCount(0)
            await expect(form.locator('input[name="preferredDays"], textarea')).toHaveCount(0)
            const therapies = form.locator('select[name="therapy"] option')
            const names = (await therapies.count()) === 0 ? [] : (await therapies.allTextContents()).slice(1).sort()
            expect(names).toEqual(offered.get(clinic?.id ?? ''))
          })
        }
      })
    })

    test('with JavaScript, startedAt is set and the treatment list follows the chosen clinic', async ({ page }) => {
      const { url, snapshot } = requestPage(demoBrand.slug)
      const before = Date.now()
      await page.goto(url)
      const form = page.locator('form[data-appointment-form]')
      const startedAt = Number(await form.locator('input[name="startedAt"]').inputValue())
      expect(startedAt).toBeGreaterThanOrEqual(before)
      expect(startedAt).toBeLessThanOrEqual(Date.now())
      if (snapshot.clinics.length === 1) return
      const therapy = form.locator('select[name="therapy"]')
      for (const clinic of offeredByClinic(snapshot)) {
        await form.locator('select[name="clinic"]').selectOption(clinic.id)
        const shown = await therapy.locator('option').evaluateAll((options) => options.slice(1).map((option) => option.textContent ?? ''))
        expect(shown.sort(), `treatments shown for ${clinic.name}`).toEqual(clinic.therapies)
      }
    })

    test('errors from the endpoint appear as the server renders them, focus goes to the summary, and axe finds nothing', async ({ page }) => {
      const { url, snapshot, action } = requestPage(demoBrand.slug)
      const errors = contractErrors(snapshot.brand.slug)
      await standInEndpoint(page, action, () => ({ status: 422, json: { ok: false, message: 'Check the form: some answers need a change.', errors } }))
      await page.goto(url)
      await fillValidRequest(page)
      await send(page)
      const summary = page.locator('.af-summary')
      await expect(summary).toBeFocused()
      await expect(summary.getByRole('heading', { name: 'There is a problem' })).toBeVisible()

      // The same markup as the CMS's page for the same errors.
      const rendered = errorMarkupOf(renderAppointmentForm({ ...builtFormOptions(snapshot, 'full'), errors }))
      expect(rendered.summary).toContain('>There is a problem<')
      expect(rendered.inline.length).toBeGreaterThan(3)
      expect(await errorMarkupInPage(page)).toEqual(rendered)

      expect((await page.evaluate(horizontalOverflow)).scrollWidth, 'no sideways scrolling in the error state').toBeLessThanOrEqual(VIEWPORT.width)
      await expectNoAxeViolations(page, `${url} with errors`)

      // A link of the summary takes the keyboard to its field.
      await summary.getByRole('link', { name: errors.name ?? '' }).click()
      await expect(page.getByLabel('Full name')).toBeFocused()
    })

    test('the request goes out as JSON the contract accepts, without cookies, with an Idempotency-Key; success replaces the form', async ({ page, context }) => {
      const { url, snapshot, action } = requestPage(demoBrand.slug)
      await context.addCookies([{ name: 'visitor', value: 'returning', url: new URL(action).origin }])
      const requests = await standInEndpoint(page, action, (_request, index) =>
        index === 0
          ? { status: 422, json: { ok: false, message: 'Check the form.', errors: { phone: 'Enter a phone number with area code, e.g. (480) 555-0134.' } } }
          : { status: 201, json: { ok: true, message: 'Thank you. We will contact you within one business day.', redirect: null } },
      )
      await page.goto(url)
      await fillValidRequest(page)
      await send(page)
      await expect(page.locator('.af-summary')).toBeFocused()
      await expect(page.getByLabel('Phone number')).toHaveAttribute('aria-invalid', 'true')
      await send(page)
      const confirmation = page.locator('.af-confirmation')
      await expect(confirmation).toBeFocused()
      await expect(confirmation).toHaveAttribute('role', 'status')
      await expect(confirmation).toContainText('Request sent')
      await expect(confirmation).toContainText('Thank you. We will contact you within one business day.')
      await expect(page.locator('form[data-appointment-form]')).toHaveCount(0)

      expect(requests).toHaveLength(2)
      const [first, second] = requests
      for (const request of requests) {
        expect(request.method).toBe('POST')
        expect(request.headers['content-type']).toBe('application/json')
        expect(request.headers.accept).toBe('application/json')
        expect(request.headers['idempotency-key']).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
        expect(request.headers.cookie, 'credentials: omit').toBeUndefined()
      }
      // A corrected request is a new request: a new key.
      expect(second?.headers['idempotency-key']).not.toBe(first?.headers['idempotency-key'])
      const body = JSON.parse(second?.body ?? '{}') as Record<string, unknown>
      expect(validateAppointmentRequest(body)).toMatchObject({ ok: true, value: { brand: snapshot.brand.slug, name: 'Ana Ruiz', consent: true } })
      expect(body).toMatchObject({ website: '', thankYouUrl: new URL(routes(`/${snapshot.brand.slug}/`).appointmentThankYou(), `https://${snapshot.brand.domain}/`).toString() })
      expect(Number(body.startedAt)).toBeGreaterThan(0)
      if ('preferredDays' in body) expect(body).toMatchObject({ preferredDays: ['tue'], preferredTimes: ['morning'] })
    })

    test('the button is disabled while the request is on its way', async ({ page }) => {
      const { url, action } = requestPage(demoBrand.slug)
      let release: (answer: EndpointAnswer) => void = () => {}
      let arrive: () => void = () => {}
      const arrived = new Promise<void>((resolve) => (arrive = resolve))
      await standInEndpoint(
        page,
        action,
        () =>
          new Promise<EndpointAnswer>((resolve) => {
            release = resolve
            arrive()
          }),
      )
      await page.goto(url)
      await fillValidRequest(page)
      const button = page.locator('form[data-appointment-form] button[type="submit"]')
      await button.click()
      await expect(button).toBeDisabled()
      await expect(button).toHaveText('Sending…')
      await arrived
      await expect(button, 'still disabled while the endpoint has not answered').toBeDisabled()
      release({ status: 201, json: { ok: true, message: 'Received.', redirect: null } })
      await expect(page.locator('.af-confirmation')).toBeFocused()
    })

    for (const [failure, firstAnswer] of [
      ['the endpoint cannot be reached', 'network-error'],
      ['the answer is not the endpoint’s JSON', { status: 502, html: '<!doctype html><title>Bad gateway</title><h1>Bad gateway</h1>' }],
    ] as const) {
      test(`when ${failure}, the browser sends the form the ordinary way`, async ({ page, context }) => {
        const { url, snapshot, action } = requestPage(demoBrand.slug)
        await context.addCookies([{ name: 'visitor', value: 'returning', url: new URL(action).origin }])
        const requests = await standInEndpoint(page, action, (_request, index) =>
          index === 0 ? firstAnswer : { status: 200, html: '<!doctype html><html lang="en"><title>Received</title><h1>Received the ordinary way</h1></html>' },
        )
        await page.goto(url)
        await fillValidRequest(page)
        await send(page)
        await page.waitForURL(action)
        await expect(page.locator('h1')).toHaveText('Received the ordinary way')
        expect(requests).toHaveLength(2)
        const [json, ordinary] = requests
        expect(json?.headers['content-type']).toBe('application/json')
        expect(ordinary?.headers['content-type']).toBe('application/x-www-form-urlencoded')
        // The ordinary submission is a navigation, which carries cookies; the script's fetch did not.
        expect(ordinary?.headers.cookie).toContain('visitor=returning')
        expect(json?.headers.cookie).toBeUndefined()
        const fields = new URLSearchParams(ordinary?.body ?? '')
        expect(validateAppointmentRequest(Object.fromEntries(fields))).toMatchObject({ ok: true })
        expect(fields.get('brand')).toBe(snapshot.brand.slug)
        expect(Number(fields.get('startedAt'))).toBeGreaterThan(0)
      })
    }

    test('every control of the form shows keyboard focus', async ({ page }) => {
      const { url } = requestPage(demoBrand.slug)
      await page.goto(url)
      await page.getByLabel('Full name').focus()
      const seen: string[] = []
      for (let step = 0; step < 40; step += 1) {
        const inForm = await page.evaluate(() => document.activeElement?.closest('form[data-appointment-form]') !== null)
        if (!inForm) break
        const facts = await page.evaluate(focusedElementFacts)
        expect(facts, 'focus is on an element').not.toBeNull()
        if (facts === null) break
        seen.push(facts.tag)
        expect(hasFocusIndicator(facts), `<${facts.tag}> "${facts.text}" shows no focus (outline ${facts.outlineStyle} ${facts.outlineWidth})`).toBe(true)
        await page.keyboard.press('Tab')
      }
      expect(seen.length).toBeGreaterThanOrEqual(5)
      expect(seen.at(-1)).toBe('button')
    })

    test('a clinic page’s short form in its error state passes axe', async ({ page }) => {
      const { snapshot, action } = requestPage(demoBrand.slug)
      const [location] = pagesUnderTest(demoBrand.slug, 'location')
      if (location === undefined) return
      const clinic = snapshot.clinics.find((candidate) => location.sitePath === `/locations/${candidate.slug}/`)
      const errors = contractErrors(snapshot.brand.slug)
      await standInEndpoint(page, action, () => ({ status: 422, json: { ok: false, message: 'Check the form.', errors } }))
      await page.goto(location.url)
      await fillValidRequest(page)
      await send(page)
      await expect(page.locator('.af-summary')).toBeFocused()
      expect(await errorMarkupInPage(page)).toEqual(errorMarkupOf(renderAppointmentForm({ ...builtFormOptions(snapshot, 'short', clinic), errors })))
      expect((await page.evaluate(horizontalOverflow)).scrollWidth).toBeLessThanOrEqual(VIEWPORT.width)
      await expectNoAxeViolations(page, `${location.sitePath} with errors`)
    })

    test('the CMS’s error page for a request without JavaScript passes axe, says "Error:" first and focuses its summary', async ({ page }) => {
      const { snapshot } = requestPage(demoBrand.slug)
      // The CMS renders the full form whatever the page was; it needs the same clinics, action and thank-you address.
      const form = builtFormOptions(snapshot, 'full')
      const siteUrl = `https://${snapshot.brand.domain}/`
      const pageOptions = {
        siteUrl,
        theme: accessibleTheme(snapshot.brand.theme).theme,
        form: { ...form, privacyUrl: new URL('privacy/', siteUrl).href, values: { name: 'Ana <b>Ruiz</b>', phone: '12', consent: 'on' } },
      }
      const cms = 'http://cms.e2e.invalid'
      const loaded: string[] = []
      page.on('request', (request) => loaded.push(request.url()))
      for (const [name, errors] of [
        ['field errors', contractErrors(snapshot.brand.slug)],
        ['a refusal of the whole request', { form: 'Too many requests from this connection; wait a few minutes and send it again.' }],
      ] as const) {
        await test.step(name, async () => {
          const html = renderAppointmentErrorPage({ ...pageOptions, form: { ...pageOptions.form, errors } })
          await page.route(`${cms}/answer`, (route) => route.fulfill({ status: 422, contentType: 'text/html; charset=utf-8', body: html }))
          await page.goto(`${cms}/answer`)
          await expect(page).toHaveTitle(/^Error: /)
          await expect(page.locator('.af-summary')).toBeFocused()
          await expect(page.getByLabel('Full name')).toHaveValue('Ana <b>Ruiz</b>')
          expect((await page.evaluate(horizontalOverflow)).scrollWidth).toBeLessThanOrEqual(VIEWPORT.width)
          await expectNoAxeViolations(page, `the error page (${name})`)
          await page.unroute(`${cms}/answer`)
        })
      }
      expect(loaded.filter((request) => request !== `${cms}/answer`), 'the error page loads nothing else').toEqual([])
    })
  })
}
