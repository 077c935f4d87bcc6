import type { AppointmentResponse } from '@clinic/schema'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppointmentRequest, Brand, Clinic, Therapy } from '../../src/payload-types'
import type * as AppointmentHelpers from './helpers/appointments'
import { brandData, minimalDocument } from './helpers/contentDocuments'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Requests crafted to abuse the public appointment endpoint: thank-you addresses that lead
 * elsewhere, an idempotency key reused for another request, names that hide or reorder text.
 * Each case was once answered in a way a visitor or a clinic could be misled by.
 * The rate limit and the fill time are off here: only the abuse itself is tested.
 */
const CMS = 'http://cms.test'
const LOCAL_SITES = 'http://localhost:4321'

describe.skipIf(skipDatabase)('appointment requests: abuse of the public endpoint', () => {
  let cms: TestCms
  let payload: Payload
  let api: typeof AppointmentHelpers
  let brand: Brand
  let otherBrand: Brand
  let clinic: Clinic
  let otherClinic: Clinic
  let therapy: Therapy
  let site: string
  let defaultThankYou: string
  let sent = 0

  beforeAll(async () => {
    cms = await startPayload({ JOBS_AUTORUN: 'false', APPOINTMENT_RATE_LIMIT: '0', APPOINTMENT_MIN_FILL_MS: '0', SITE_ORIGINS: LOCAL_SITES })
    payload = cms.payload
    api = await import('./helpers/appointments')
    const create = <T>(collection: 'brands' | 'clinics' | 'therapies', data: Record<string, unknown>) =>
      payload.create({ collection, overrideAccess: true, context: { disableRebuild: true }, data: data as never }) as Promise<T>
    brand = await create<Brand>('brands', brandData('Larkspur Physio'))
    therapy = await create<Therapy>('therapies', { ...minimalDocument('therapies', 'Massage therapy', [brand.id]), _status: 'published' })
    clinic = await create<Clinic>('clinics', { ...minimalDocument('clinics', 'Larkspur Mesa', [brand.id]), therapies: [therapy.id], _status: 'published' })
    otherBrand = await create<Brand>('brands', brandData('Ridgeline Rehab'))
    otherClinic = await create<Clinic>('clinics', { ...minimalDocument('clinics', 'Ridgeline Tempe', [otherBrand.id]), _status: 'published' })
    site = `https://${brand.domain}`
    defaultThankYou = `${site}/request-appointment/thank-you/`
  })
  afterAll(async () => {
    await cms?.stop()
  })

  /** A valid request; each call differs (message), so no two are duplicates. */
  function validForm(extra: Record<string, string | string[]> = {}): Record<string, string | string[]> {
    sent += 1
    return {
      brand: brand.slug,
      name: 'Dana Whitfield',
      phone: '(480) 555-0199',
      email: 'dana.whitfield@example.com',
      clinic: String(clinic.id),
      therapy: String(therapy.id),
      preferredDays: ['tue'],
      preferredTimes: 'morning',
      message: `My knee aches after running (request ${sent}).`,
      consent: 'on',
      ...extra,
    }
  }
  const byMessage = async (message: string | string[] | undefined) =>
    (await payload.find({ collection: 'appointment-requests', where: { message: { equals: message } }, depth: 0, pagination: false, overrideAccess: true })).docs as AppointmentRequest[]
  const json = async (response: Response) => (await response.json()) as AppointmentResponse

  describe('the thank-you address', () => {
    /**
     * Why `location` is not a safe place to send a visitor, or null when it is: it must be an
     * absolute http(s) URL, written as the URL parser writes it, on an allowed origin, with a path
     * that cannot be read as another host.
     */
    function unsafeRedirect(location: string | null): string | null {
      const url = URL.parse(location ?? '')
      if (url === null || url.href !== location) return `not an absolute URL: ${location}`
      if (![site, LOCAL_SITES, CMS].includes(url.origin)) return `on another origin: ${location}`
      if (/^\/(\/|%2f|%5c)/i.test(url.pathname)) return `a path that names another host: ${location}`
      return null
    }

    /** Thank-you addresses that once led (or might lead) off the allowed origins, for a form posted from `origin`. */
    const attacks = (allowed: string) => [
      `${allowed}/\\evil.example/`,
      `${allowed}//evil.example/x`,
      `${allowed}/\\/evil.example/`,
      `${allowed}/..//evil.example/`,
      `${allowed}/.//evil.example/`,
      `${allowed}/%2F%2Fevil.example`,
      `${allowed}/%5Cevil.example`,
      `${allowed}/\t/evil.example/`,
      `${allowed}/\n\\evil.example/`,
      `${allowed.toUpperCase()}//evil.example/`,
      '//evil.example/x',
      '/\\evil.example',
      '\\\\evil.example',
      'https:evil.example',
      'https:/evil.example',
      'https:\\\\evil.example/',
      'HTTPS://EVIL.EXAMPLE/',
      'ht\ttps://evil.example/',
      ' https://evil.example/',
      'https://evil.example\\@www.larkspur-physio.example/',
      'https://www.larkspur-physio.example@evil.example/',
      'https://evil.example#@www.larkspur-physio.example/',
      'javascript://www.larkspur-physio.example/%0aalert(1)',
      'data:text/html,<script>alert(1)</script>',
    ]

    const origins = () => [site, LOCAL_SITES, CMS]

    it('never sends a form post elsewhere (303), from the brand’s site, another allowed origin or the CMS', async () => {
      const problems: string[] = []
      for (const origin of origins()) {
        for (const allowed of origins()) {
          for (const thankYouUrl of attacks(allowed)) {
            const response = await api.submitForm(validForm({ thankYouUrl }), origin)
            const problem = response.status === 303 ? unsafeRedirect(response.headers.get('location')) : `answered ${response.status}`
            if (problem !== null) problems.push(`${JSON.stringify(thankYouUrl)} from ${origin}: ${problem}`)
          }
        }
      }
      expect(problems).toEqual([])
    })

    it('never names another site in a JSON answer’s redirect (201)', async () => {
      const problems: string[] = []
      for (const origin of origins()) {
        for (const allowed of origins()) {
          for (const thankYouUrl of attacks(allowed)) {
            const response = await api.submitJson(validForm({ thankYouUrl }), origin)
            const body = await json(response)
            const problem = response.status === 201 && body.ok ? unsafeRedirect(body.redirect) : `answered ${response.status}`
            if (problem !== null) problems.push(`${JSON.stringify(thankYouUrl)} from ${origin}: ${problem}`)
          }
        }
      }
      expect(problems).toEqual([])
    })

    it('sends a forged path that names another host to the brand’s own thank-you page', async () => {
      for (const [origin, thankYouUrl] of [
        [site, `${LOCAL_SITES}/\\evil.example/`],
        [LOCAL_SITES, `${site}//evil.example/x`],
        [site, `${site}/\\evil.example/`],
        [CMS, `${CMS}//evil.example/`],
      ] as const) {
        const response = await api.submitForm(validForm({ thankYouUrl }), origin)
        expect(response.headers.get('location'), `${thankYouUrl} from ${origin}`).toBe(defaultThankYou)
      }
    })

    it('still keeps a genuine thank-you page, moved to the origin the form was posted from', async () => {
      const path = '/larkspur-physio/request-appointment/thank-you/?from=form'
      expect((await api.submitForm(validForm({ thankYouUrl: `${site}${path}` }), site)).headers.get('location')).toBe(`${site}${path}`)
      expect((await api.submitForm(validForm({ thankYouUrl: `${site}${path}` }), LOCAL_SITES)).headers.get('location')).toBe(`${LOCAL_SITES}${path}`)
      expect((await api.submitForm(validForm({ thankYouUrl: `${LOCAL_SITES}${path}` }), CMS)).headers.get('location')).toBe(`${LOCAL_SITES}${path}`)
      // Spelled oddly, but on the same site: the normalised address.
      expect((await api.submitForm(validForm({ thankYouUrl: `HTTPS://WWW.LARKSPUR-PHYSIO.EXAMPLE/a/../thank-you/` }), site)).headers.get('location')).toBe(`${site}/thank-you/`)
    })

    it('lets the form shown again after an error post nowhere else', async () => {
      const response = await api.submitForm(validForm({ email: 'dana@', thankYouUrl: `${LOCAL_SITES}/\\evil.example/` }), site)
      expect(response.status).toBe(422)
      expect(response.headers.get('content-security-policy')).toContain(`form-action ${CMS} ${site};`)
      const html = await response.text()
      expect(html).toContain(`name="thankYouUrl" value="${defaultThankYou}"`)
      expect(html).not.toContain('evil.example')
    })

    it('stores the request whatever its thank-you address', async () => {
      const form = validForm({ thankYouUrl: `${LOCAL_SITES}/\\evil.example/` })
      expect((await api.submitForm(form, site)).status).toBe(303)
      expect(await byMessage(form.message)).toHaveLength(1)
    })
  })

  describe('the idempotency key', () => {
    const REUSED = /already sent with different details/
    let keys = 0
    const newKey = () => `larkspur-${Date.now()}-${(keys += 1)}`
    const withKey = (key: string) => ({ headers: { 'Idempotency-Key': key } })

    it('refuses a key already used for a request with other content (422, a form-level message), storing nothing', async () => {
      const key = newKey()
      const first = validForm()
      expect((await api.submitJson(first, site, withKey(key))).status).toBe(201)

      const other = validForm()
      const response = await api.submitJson(other, site, withKey(key))
      expect(response.status).toBe(422)
      expect(response.headers.get('cache-control')).toBe('no-store')
      const body = await json(response)
      expect(body).toEqual({ ok: false, message: expect.stringMatching(REUSED), errors: { form: expect.stringMatching(REUSED) } })
      expect(await byMessage(other.message)).toEqual([])
      expect(await byMessage(first.message)).toMatchObject([{ idempotencyKey: key }])
    })

    it('shows a form post that reuses a key with other content the form again, with the message (422)', async () => {
      const key = newKey()
      expect((await api.submitForm(validForm({ idempotencyKey: key }), site)).status).toBe(303)
      const other = validForm({ idempotencyKey: key })
      const response = await api.submitForm(other, site)
      expect(response.status).toBe(422)
      expect(response.headers.get('content-type')).toMatch(/^text\/html/)
      const html = await response.text()
      expect(api.htmlErrorSummary(html)).toMatch(REUSED)
      // The form again, with what was entered but without the used key, so that sending it again works.
      expect(html).toContain(`action="${CMS}/api/appointment-requests/submit"`)
      expect(html).not.toContain(key)
      expect(await byMessage(other.message)).toEqual([])
      // Sent again from that form (no key): stored.
      const resent = { ...other }
      delete resent.idempotencyKey
      expect((await api.submitForm(resent, site)).status).toBe(303)
      expect(await byMessage(other.message)).toHaveLength(1)
    })

    it('answers the same key with the same content as received, and stores it once', async () => {
      const key = newKey()
      const first = validForm()
      expect((await api.submitJson(first, site, withKey(key))).status).toBe(201)
      // A retry: the same request, spelled with other spacing and case.
      const again = await api.submitJson({ ...first, name: ' dana  WHITFIELD ', phone: '480.555.0199' }, site, withKey(key))
      expect(again.status).toBe(201)
      expect(await json(again)).toEqual({ ok: true, message: expect.stringContaining('received your request'), redirect: defaultThankYou })
      const asForm = await api.submitForm({ ...first, idempotencyKey: key }, site)
      expect(asForm.status).toBe(303)
      expect(asForm.headers.get('location')).toBe(defaultThankYou)
      expect(await byMessage(first.message)).toHaveLength(1)
    })

    it('stores one of two different requests sent with one key at the same moment, and refuses the other', async () => {
      const key = newKey()
      const [one, two] = [validForm(), validForm()]
      const answers = await Promise.all([api.submitJson(one, site, withKey(key)), api.submitJson(two, site, withKey(key))])
      expect(answers.map((answer) => answer.status).sort()).toEqual([201, 422])
      expect([...(await byMessage(one.message)), ...(await byMessage(two.message))]).toHaveLength(1)
    })

    it('keeps keys apart per brand', async () => {
      const key = newKey()
      expect((await api.submitJson(validForm(), site, withKey(key))).status).toBe(201)
      const elsewhere = validForm({ brand: otherBrand.slug, clinic: String(otherClinic.id), therapy: '' })
      expect((await api.submitJson(elsewhere, `https://${otherBrand.domain}`, withKey(key))).status).toBe(201)
      expect(await byMessage(elsewhere.message)).toHaveLength(1)
    })
  })

  describe('the visitor’s name', () => {
    const INVISIBLE = 'Remove the invisible or text-direction characters from your name.'

    it('refuses a name with text-direction or invisible characters (422 on the name), and stores nothing', async () => {
      for (const name of ['Dana \u202eTIUQ\u202c Whitfield', 'Dana\u200bWhitfield', 'Dana\u2066Whitfield\u2069', 'Dana\u00adWhitfield']) {
        const form = validForm({ name })
        const response = await api.submitJson(form, site)
        expect(response.status, JSON.stringify(name)).toBe(422)
        const body = await json(response)
        expect(body.ok ? {} : body.errors).toEqual({ name: INVISIBLE })
        expect(await byMessage(form.message)).toEqual([])
      }
      const page = await api.submitForm(validForm({ name: 'Dana\u202eWhitfield' }), site)
      expect(page.status).toBe(422)
      expect(api.htmlErrorSummary(await page.text())).toContain(INVISIBLE)
    })

    it('stores names in any script', async () => {
      const form = validForm({ name: 'שרה כהן-Núñez' })
      expect((await api.submitForm(form, site)).status).toBe(303)
      expect(await byMessage(form.message)).toMatchObject([{ name: 'שרה כהן-Núñez' }])
    })
  })
})
