import { APPOINTMENT_HONEYPOT_FIELD, APPOINTMENT_LIMITS, type AppointmentResponse } from '@clinic/schema'
import type { Payload } from 'payload'
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest'
import type { AppointmentRequest, Brand, Clinic, Therapy } from '../../src/payload-types'
import { COBBLESTONE, MESQUITE, WRENFIELD } from '../../src/seed/data/brands'
import { ACUPUNCTURE, DRY_NEEDLING, MASSAGE, TRIGGER_POINT_INJECTION } from '../../src/seed/data/therapies'
import type * as AppointmentHelpers from './helpers/appointments'
import { brandData } from './helpers/contentDocuments'
import { type TestCms, startSeededCms } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * The public appointment endpoint, through Payload's real REST handler, on the demo network:
 * what it accepts and stores, and every way it refuses. The jobs runner is off here, so the
 * clinic's email stays queued (appointmentNotify.int.spec.ts sends it).
 */
const SITE = 'https://www.mesquite-ridge-pt.example'
const THANK_YOU = `${SITE}/request-appointment/thank-you/`
const LOCAL_SITES = 'http://localhost:4321'

describe.skipIf(skipDatabase)('appointment requests: the public endpoint', () => {
  let cms: TestCms
  let payload: Payload
  let api: typeof AppointmentHelpers
  const brands: Record<string, Brand> = {}
  const clinics: Record<string, Clinic> = {}
  const therapies: Record<string, Therapy> = {}
  let sent = 0

  beforeAll(async () => {
    cms = await startSeededCms({ JOBS_AUTORUN: 'false', APPOINTMENT_RATE_LIMIT: '5', APPOINTMENT_MIN_FILL_MS: '3000', SITE_ORIGINS: LOCAL_SITES })
    payload = cms.payload
    api = await import('./helpers/appointments')
    const all = async <T extends { slug: string }>(collection: 'brands' | 'clinics' | 'therapies') =>
      (await payload.find({ collection, depth: 0, pagination: false, overrideAccess: true })).docs as unknown as T[]
    for (const brand of await all<Brand>('brands')) brands[brand.slug] = brand
    for (const clinic of await all<Clinic>('clinics')) clinics[clinic.slug] = clinic
    for (const therapy of await all<Therapy>('therapies')) therapies[therapy.slug] = therapy
  })
  afterAll(async () => {
    await cms?.stop()
  })
  afterEach(() => {
    vi.restoreAllMocks()
  })

  const id = (doc: { id: number | string } | undefined) => String(doc?.id)
  /** A valid Mesquite request; each call differs (message), so no two are duplicates. */
  function validForm(extra: Record<string, string | string[]> = {}): Record<string, string | string[]> {
    sent += 1
    return {
      brand: MESQUITE,
      name: 'Dana Whitfield',
      phone: '(480) 555-0199',
      email: 'dana.whitfield@example.com',
      clinic: id(clinics['mesquite-ridge-gilbert']),
      therapy: id(therapies[MASSAGE]),
      preferredDays: ['thu', 'tue'],
      preferredTimes: 'morning',
      message: `My left knee aches after running (request ${sent}).`,
      consent: 'on',
      thankYouUrl: THANK_YOU,
      ...extra,
    }
  }
  const requests = async (where = {}) =>
    (await payload.find({ collection: 'appointment-requests', where, depth: 0, pagination: false, overrideAccess: true })).docs as AppointmentRequest[]
  const byMessage = async (message: string | string[] | undefined) => requests({ message: { equals: message } })
  const json = async (response: Response) => (await response.json()) as AppointmentResponse
  const errorsOf = async (response: Response) => {
    const body = await json(response)
    return body.ok ? {} : (body.errors ?? {})
  }

  describe('accepted requests', () => {
    it('stores a form post and sends the visitor to the thank-you page (303)', async () => {
      const form = validForm()
      const response = await api.submitForm(form, SITE)
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe(THANK_YOU)
      expect(response.headers.get('cache-control')).toBe('no-store')
      expect(response.headers.get('access-control-allow-origin')).toBe(SITE)

      const [stored, ...more] = await byMessage(form.message)
      expect(more).toEqual([])
      expect(stored).toMatchObject({
        brand: brands[MESQUITE]?.id,
        clinic: clinics['mesquite-ridge-gilbert']?.id,
        therapy: therapies[MASSAGE]?.id,
        name: 'Dana Whitfield',
        phone: '(480) 555-0199',
        email: 'dana.whitfield@example.com',
        preferredDays: ['tue', 'thu'],
        preferredTimes: ['morning'],
        status: 'new',
        notification: { status: 'pending', attempts: 0 },
      })
      expect(Date.now() - Date.parse(stored?.consentAt ?? '')).toBeLessThan(60_000)
      expect(stored?.dedupeKey).toMatch(/^[0-9a-f]{64}$/)
      // Nothing about the visitor's connection is kept.
      expect(JSON.stringify(stored)).not.toMatch(/198\.51\.|user-?agent/i)

      const jobs = await payload.find({ collection: 'payload-jobs', where: { taskSlug: { equals: 'notifyAppointmentRequest' } }, overrideAccess: true, pagination: false })
      expect(jobs.docs.map((job) => (job.input as { request?: string }).request)).toContain(String(stored?.id))
    })

    it('answers JSON with 201 and the thank-you address, from the CMS’s own origin and SITE_ORIGINS too', async () => {
      for (const origin of [SITE, 'http://cms.test', LOCAL_SITES]) {
        const form = validForm({ thankYouUrl: `${origin}/mesquite-ridge-pt/request-appointment/thank-you/` })
        const response = await api.submitJson({ ...form, consent: true, startedAt: Date.now() - 10_000 }, origin)
        expect(response.status, origin).toBe(201)
        expect(await json(response)).toEqual({ ok: true, message: expect.stringContaining('received your request'), redirect: form.thankYouUrl })
        expect(await byMessage(form.message)).toHaveLength(1)
      }
    })

    it('sends visitors of a site served from another allowed origin back there, to the same path', async () => {
      // The site was built for its domain (THANK_YOU) but is served locally (LOCAL_SITES is in SITE_ORIGINS).
      const response = await api.submitForm(validForm({ thankYouUrl: THANK_YOU }), LOCAL_SITES)
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe(`${LOCAL_SITES}${new URL(THANK_YOU).pathname}`)
    })

    it('accepts a request without therapy, days, times or message, and a phone or an email alone', async () => {
      const form = validForm({ therapy: '', preferredDays: [], preferredTimes: [], email: '' })
      delete form.preferredDays
      const response = await api.submitForm({ ...form, message: '' }, SITE)
      expect(response.status).toBe(303)
      const emailOnly = validForm({ phone: '', therapy: '' })
      expect((await api.submitForm(emailOnly, SITE)).status).toBe(303)
      expect(await byMessage(emailOnly.message)).toMatchObject([{ phone: null, email: 'dana.whitfield@example.com', therapy: null }])
    })

    it('sends the visitor to the brand’s own thank-you page when the form names one elsewhere', async () => {
      for (const thankYouUrl of ['https://evil.example/phish', 'javascript:alert(1)', 'https://user:pw@www.mesquite-ridge-pt.example/x', 'not a url']) {
        const response = await api.submitForm(validForm({ thankYouUrl }), SITE)
        expect(response.status).toBe(303)
        expect(response.headers.get('location'), thankYouUrl).toBe(THANK_YOU)
      }
    })
  })

  describe('validation against the contract', () => {
    const cases: [string, Record<string, string | string[]>, string, RegExp][] = [
      ['a missing name', { name: '  ' }, 'name', /Enter your name/],
      ['a name that is too long', { name: 'x'.repeat(APPOINTMENT_LIMITS.name + 1) }, 'name', /under 100 characters/],
      ['a phone number with letters', { phone: 'call me maybe' }, 'phone', /phone number with area code/],
      ['a phone number that is too short', { phone: '555-0199' }, 'phone', /phone number with area code/],
      ['neither phone nor email', { phone: '', email: '' }, 'phone', /phone number or an email address/],
      ['an email address without a domain', { email: 'dana@' }, 'email', /email address such as/],
      ['a missing clinic', { clinic: '' }, 'clinic', /Choose the clinic/],
      ['a clinic id with odd characters', { clinic: '../etc/passwd' }, 'clinic', /Choose the clinic/],
      ['a therapy id with odd characters', { therapy: '<script>' }, 'therapy', /Choose a treatment from the list/],
      ['an unknown day', { preferredDays: ['mon', 'someday'] }, 'preferredDays', /Choose days from the list/],
      ['an unknown time', { preferredTimes: ['midnight'] }, 'preferredTimes', /Choose times from the list/],
      ['a message that is too long', { message: 'x'.repeat(APPOINTMENT_LIMITS.message + 1) }, 'message', /under 1000 characters/],
      ['no consent', { consent: '' }, 'consent', /Tick the box/],
      ['a malformed brand', { brand: 'Not A Slug!' }, 'brand', /reload the page/],
    ]

    it.each(cases)('refuses %s with 422 on that field, and stores nothing', async (_label, change, field, message) => {
      const form = validForm(change)
      // A malformed brand cannot name its site: such a form comes from SITE_ORIGINS (or nowhere).
      const response = await api.submitJson(form, field === 'brand' ? LOCAL_SITES : SITE)
      expect(response.status).toBe(422)
      const body = await json(response)
      expect(body.ok).toBe(false)
      expect(body.message).not.toBe('')
      expect((body as { errors?: Record<string, string> }).errors?.[field]).toMatch(message)
      expect(await byMessage(form.message)).toEqual([])
    })

    it('answers a form post with errors with the brand’s form again: errors, entered values (escaped), 422', async () => {
      const wrenfield = 'https://www.wrenfield-pt.example'
      const denver = id(clinics['wrenfield-denver-highlands'])
      const thankYou = `${wrenfield}/request-appointment/thank-you/`
      const form = validForm({ brand: WRENFIELD, clinic: denver, therapy: id(therapies[DRY_NEEDLING]), name: '<b>Dana</b> "the runner"', email: 'dana@', consent: '', thankYouUrl: thankYou })
      const response = await api.submitForm(form, wrenfield)
      expect(response.status).toBe(422)
      expect(response.headers.get('content-type')).toMatch(/^text\/html/)
      expect(response.headers.get('cache-control')).toBe('no-store')
      const csp = response.headers.get('content-security-policy') ?? ''
      expect(csp).toContain(`form-action http://cms.test ${wrenfield}`)
      expect(csp).toContain("default-src 'none'")
      const html = await response.text()
      // The page's inline script and style run by the nonce the policy names.
      const nonce = /script-src 'nonce-([^']+)'/.exec(csp)?.[1]
      expect(html).toContain(`<script type="module" nonce="${nonce}">`)
      expect(api.htmlErrorSummary(html)).toContain('Enter an email address such as name@example.com.')
      expect(api.htmlErrorSummary(html)).toContain('Tick the box to agree that we may contact you about this request.')
      expect(html).toContain('value="&lt;b&gt;Dana&lt;/b&gt; &quot;the runner&quot;"')
      expect(html).not.toContain('<b>Dana</b>')
      expect(html).toContain('action="http://cms.test/api/appointment-requests/submit"')
      expect(html).toContain(`<option value="${denver}" selected>`)
      expect(html).toContain(`<option value="${id(therapies[DRY_NEEDLING])}" selected>`)
      expect(html).toContain(`name="thankYouUrl" value="${thankYou}"`)
      expect(html).toContain(`href="${wrenfield}/privacy/"`)
      // Dry needling is not offered in Oregon: the Portland clinic's list leaves it out.
      const portland = /<optgroup label="Wrenfield PT Portland Sellwood"[^>]*>([\s\S]*?)<\/optgroup>/.exec(html)?.[1] ?? ''
      expect(portland).toContain('Massage therapy')
      expect(portland).not.toContain('Dry needling')
      expect(await byMessage(form.message)).toEqual([])
    })

    it('answers a refused form post without a form when the request could not be read or came from elsewhere', async () => {
      const forbidden = await api.submitForm(validForm(), 'https://evil.example')
      expect(forbidden.status).toBe(403)
      expect(api.htmlErrorSummary(await forbidden.text())).toMatch(/clinic’s own website/)
      expect(forbidden.headers.get('content-security-policy')).toContain("form-action 'none'")
    })
  })

  describe('the brand, its clinics and therapies', () => {
    const refused = async (form: Record<string, string | string[]>, origin: string, field: string, message: RegExp) => {
      const response = await api.submitJson(form, origin)
      expect(response.status).toBe(422)
      const errors = (await json(response)) as { errors?: Record<string, string> }
      expect(errors.errors?.[field]).toMatch(message)
      expect(await byMessage(form.message)).toEqual([])
    }

    it('refuses an unknown clinic and a clinic of another brand', async () => {
      await refused(validForm({ clinic: '987654' }), SITE, 'clinic', /not on our list/)
      await refused(validForm({ clinic: id(clinics['cobblestone-back-bay']) }), SITE, 'clinic', /not on our list/)
    })

    it('refuses a draft clinic', async () => {
      const draft = await payload.create({
        collection: 'clinics',
        draft: true,
        overrideAccess: true,
        context: { disableRebuild: true },
        data: { name: 'Mesquite Ridge Chandler (opening soon)', brand: brands[MESQUITE]?.id as number, address: { street: '1 Main St', city: 'Chandler', state: 'AZ', postalCode: '85225' }, geo: { lat: 33.3, lng: -111.8 }, phone: '(480) 555-0177', booking: { method: 'form' }, _status: 'draft' },
      })
      await refused(validForm({ clinic: String(draft.id) }), SITE, 'clinic', /not on our list/)
    })

    it('refuses an unknown brand, an unpublished brand and a brand that takes no requests', async () => {
      await refused(validForm({ brand: 'no-such-brand' }), LOCAL_SITES, 'brand', /out of date/)
      const hidden = await payload.create({ collection: 'brands', draft: true, overrideAccess: true, context: { disableRebuild: true }, data: { ...brandData('Lakeside Draft Physio'), _status: 'draft' } })
      await refused(validForm({ brand: hidden.slug }), 'https://www.lakeside-draft-physio.example', 'brand', /out of date/)
      const publication = await payload.create({
        collection: 'brands',
        overrideAccess: true,
        context: { disableRebuild: true },
        data: { ...brandData('Move Well Weekly'), kind: 'publication', acceptsAppointments: false, contact: { phone: '(555) 010-0123' } },
      })
      await refused(validForm({ brand: publication.slug }), 'https://www.move-well-weekly.example', 'brand', /does not take appointment requests online\. Please call us at \(555\) 010-0123/)
    })

    it('refuses a therapy not offered in the clinic’s state (dry needling in Oregon)', async () => {
      const form = validForm({ brand: WRENFIELD, clinic: id(clinics['wrenfield-portland-sellwood']), therapy: id(therapies[DRY_NEEDLING]) })
      await refused(form, 'https://www.wrenfield-pt.example', 'therapy', /Dry needling is not offered in Oregon/i)
      // The same therapy at the brand's Colorado clinic is fine.
      const denver = validForm({ brand: WRENFIELD, clinic: id(clinics['wrenfield-denver-highlands']), therapy: id(therapies[DRY_NEEDLING]), thankYouUrl: '' })
      const response = await api.submitForm(denver, 'https://www.wrenfield-pt.example')
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe('https://www.wrenfield-pt.example/request-appointment/thank-you/')
    })

    it('refuses a therapy the clinic does not list, and one of another brand', async () => {
      await refused(
        validForm({ brand: WRENFIELD, clinic: id(clinics['wrenfield-fort-collins']), therapy: id(therapies[ACUPUNCTURE]) }),
        'https://www.wrenfield-pt.example',
        'therapy',
        /Fort Collins does not offer Acupuncture/,
      )
      await refused(validForm({ therapy: id(therapies[TRIGGER_POINT_INJECTION]) }), SITE, 'therapy', /not on our list/)
      await refused(validForm({ therapy: '424242' }), SITE, 'therapy', /not on our list/)
    })
  })

  describe('anti-automation', () => {
    it('refuses a missing or foreign Origin with 403, and a brand’s site posting for another brand', async () => {
      for (const origin of [null, 'https://evil.example', 'http://www.mesquite-ridge-pt.example', 'null', 'https://www.cobblestone-spine.example']) {
        const form = validForm()
        const response = await api.submitJson(form, origin)
        expect(response.status, String(origin)).toBe(403)
        expect((await json(response)).message).toMatch(/clinic’s own website/)
        expect(await byMessage(form.message)).toEqual([])
      }
    })

    it('answers a filled-in honeypot exactly like a success, and stores nothing', async () => {
      const form = validForm({ [APPOINTMENT_HONEYPOT_FIELD]: 'http://spam.example' })
      const response = await api.submitForm(form, SITE)
      expect(response.status).toBe(303)
      expect(response.headers.get('location')).toBe(THANK_YOU)
      const bot = validForm({ [APPOINTMENT_HONEYPOT_FIELD]: 'x' })
      const asJson = await api.submitJson(bot, SITE)
      expect(asJson.status).toBe(201)
      expect(await json(asJson)).toEqual({ ok: true, message: expect.stringContaining('received your request'), redirect: THANK_YOU })
      expect(await byMessage(form.message)).toEqual([])
      expect(await byMessage(bot.message)).toEqual([])
    })

    it('refuses a form sent too fast after it was shown (422), and ignores a startedAt in the future or unreadable', async () => {
      const fast = validForm({ startedAt: String(Date.now() - 500) })
      const response = await api.submitJson(fast, SITE)
      expect(response.status).toBe(422)
      expect((await errorsOf(response)).form).toMatch(/check your details and send the form again/)
      expect(await byMessage(fast.message)).toEqual([])

      for (const startedAt of [String(Date.now() + 60_000), 'yesterday', '1e12']) {
        const form = validForm({ startedAt })
        expect((await api.submitForm(form, SITE)).status, startedAt).toBe(303)
        expect(await byMessage(form.message)).toHaveLength(1)
      }
    })

    it('limits requests per client address (429 with Retry-After), each address on its own', async () => {
      const address = '203.0.113.77'
      for (let count = 1; count <= 5; count += 1) {
        expect((await api.submitForm(validForm(), SITE, { from: address })).status).toBe(303)
      }
      const form = validForm()
      // Claiming another address in X-Forwarded-For changes nothing: no proxy is trusted here.
      const limited = await api.submitJson(form, SITE, { from: address, headers: { 'X-Forwarded-For': '10.0.0.1' } })
      expect(limited.status).toBe(429)
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(500)
      expect((await json(limited)).message).toMatch(/wait 10 minutes/)
      expect(await byMessage(form.message)).toEqual([])
      // Another address is not affected; an address's IPv6 neighbours (/64) share its count.
      expect((await api.submitForm(validForm(), SITE, { from: '203.0.113.78' })).status).toBe(303)
      for (let count = 1; count <= 5; count += 1) expect((await api.submitForm(validForm(), SITE, { from: `2001:db8:1:2::${count}` })).status).toBe(303)
      expect((await api.submitForm(validForm(), SITE, { from: '2001:db8:1:2:ffff::9' })).status).toBe(429)
    })

    it('counts requests without a known client address in one shared bucket', async () => {
      for (let count = 1; count <= 5; count += 1) expect((await api.submitForm(validForm(), SITE, { from: null })).status).toBe(303)
      expect((await api.submitForm(validForm(), SITE, { from: null })).status).toBe(429)
    })
  })

  describe('duplicates', () => {
    it('stores a request sent twice with the same content once, answering success both times', async () => {
      const form = validForm()
      expect((await api.submitForm(form, SITE)).status).toBe(303)
      // The same request again, with different spacing and case: still the same.
      const again = await api.submitJson({ ...form, name: '  dana   WHITFIELD ', phone: '480.555.0199' }, SITE)
      expect(again.status).toBe(201)
      expect(await byMessage(form.message)).toHaveLength(1)
    })

    it('stores one request per Idempotency-Key (header or field), and refuses the key with other content (422)', async () => {
      const key = `retry-${Date.now()}-abcdef`
      const first = validForm()
      expect((await api.submitJson(first, SITE, { headers: { 'Idempotency-Key': key } })).status).toBe(201)
      expect((await api.submitJson(first, SITE, { headers: { 'Idempotency-Key': key } })).status).toBe(201)
      expect((await api.submitForm({ ...first, idempotencyKey: key }, SITE)).status).toBe(303)
      const other = validForm({ idempotencyKey: key })
      const refused = await api.submitJson(other, SITE)
      expect(refused.status).toBe(422)
      expect((await errorsOf(refused)).form).toMatch(/already sent with different details/)
      expect(await byMessage(first.message)).toMatchObject([{ idempotencyKey: key }])
      expect(await byMessage(other.message)).toEqual([])
    })

    it('stores two equal requests sent at the same moment once', async () => {
      const form = validForm()
      const answers = await Promise.all([api.submitForm(form, SITE), api.submitForm(form, SITE), api.submitForm(form, SITE)])
      expect(answers.map((answer) => answer.status)).toEqual([303, 303, 303])
      expect(await byMessage(form.message)).toHaveLength(1)
    })
  })

  describe('what the endpoint reads', () => {
    it('refuses a body over the limit by its Content-Length (413) without reading it', async () => {
      const big = 'x'.repeat(APPOINTMENT_LIMITS.bodyBytes + 1)
      const response = await api.submitRaw(big, { headers: { 'Content-Type': 'application/json', 'Content-Length': String(big.length), Origin: SITE, Accept: 'application/json' } })
      expect(response.status).toBe(413)
      expect((await json(response)).message).toMatch(/too large/)
    })

    it('stops reading a streamed body without Content-Length once it passes the limit (413)', async () => {
      const { stream, pulled } = api.chunkedBody(`message=${'y'.repeat(1024)}&`, 1024)
      const response = await api.submitRaw(stream, { headers: { 'Content-Type': 'application/x-www-form-urlencoded', Origin: SITE } })
      expect(response.status).toBe(413)
      expect(response.headers.get('content-type')).toMatch(/^text\/html/)
      // About 16 KiB of the 1 MiB were read.
      expect(pulled()).toBeLessThan(40)
    })

    it('reads a streamed body under the limit', async () => {
      const form = validForm()
      const { stream } = api.chunkedBody(api.formEncode(form), 1)
      const response = await api.submitRaw(stream, { headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=UTF-8', Origin: SITE } })
      expect(response.status).toBe(303)
      expect(await byMessage(form.message)).toHaveLength(1)
    })

    it('refuses other content types (415), broken JSON and JSON that is not an object (400)', async () => {
      const headers = { Origin: SITE, Accept: 'application/json' }
      for (const type of ['text/plain', 'multipart/form-data; boundary=x', 'application/json; charset=latin1', '']) {
        const response = await api.submitRaw(JSON.stringify(validForm()), { headers: { ...headers, ...(type ? { 'Content-Type': type } : {}) } })
        expect(response.status, type).toBe(415)
      }
      for (const body of ['{"brand":', '[1,2]', 'null', '"text"', '42']) {
        const response = await api.submitRaw(body, { headers: { ...headers, 'Content-Type': 'application/json' } })
        expect(response.status, body).toBe(400)
        expect((await json(response)).message).toMatch(/could not be read/)
      }
    })

    it('answers CORS preflights of allowed origins, with the Idempotency-Key header', async () => {
      const allowed = await api.preflight(SITE)
      expect(allowed.status).toBeLessThan(300)
      expect(allowed.headers.get('access-control-allow-origin')).toBe(SITE)
      expect(allowed.headers.get('access-control-allow-methods')).toContain('POST')
      expect(allowed.headers.get('access-control-allow-headers')?.toLowerCase()).toContain('idempotency-key')
      expect((await api.preflight(LOCAL_SITES)).headers.get('access-control-allow-origin')).toBe(LOCAL_SITES)
      expect((await api.preflight('https://evil.example')).headers.get('access-control-allow-origin')).toBeNull()
    })
  })

  describe('failures after the checks', () => {
    it('answers 503 and stores nothing when the database fails to store the request', async () => {
      const create = payload.db.create.bind(payload.db)
      vi.spyOn(payload.db, 'create').mockImplementation(async (args) => {
        if (args.collection === 'appointment-requests') throw new Error('SQLITE_FULL: database or disk is full')
        return create(args)
      })
      const form = validForm()
      const response = await api.submitJson(form, SITE)
      expect(response.status).toBe(503)
      expect((await json(response)).message).toMatch(/try again in a few minutes, or call us at \(480\) 555-0134/)
      const page = await api.submitForm(validForm(), SITE)
      expect(page.status).toBe(503)
      expect(await page.text()).toContain('We could not save your request just now')
      vi.restoreAllMocks()
      expect(await byMessage(form.message)).toEqual([])
    })

    it('logs a failed insert without the values the visitor sent', async () => {
      const form = validForm()
      const create = payload.db.create.bind(payload.db)
      // What the SQL layer (drizzle) throws when an insert fails: the statement and its values in the message.
      vi.spyOn(payload.db, 'create').mockImplementation(async (args) => {
        if (args.collection !== 'appointment-requests') return create(args)
        const values = Object.values(args.data as Record<string, unknown>).map(String).join(',')
        throw Object.assign(new Error(`Failed query: insert into "appointment_requests" values (?, ?, ?)\nparams: ${values}`), { name: 'DrizzleQueryError' })
      })
      const logged = vi.spyOn(payload.logger, 'error')
      expect((await api.submitJson(form, SITE)).status).toBe(503)
      const text = JSON.stringify(logged.mock.calls, (_key, value: unknown) => (value instanceof Error ? { message: value.message, stack: value.stack } : value))
      vi.restoreAllMocks()
      expect(text).toContain('Failed query: insert into')
      for (const value of [form.name, form.phone, form.email, form.message]) expect(text).not.toContain(value as string)
    })

    it('keeps the request and marks its email failed when the email cannot be queued', async () => {
      vi.spyOn(payload.jobs, 'queue').mockRejectedValue(new Error('jobs table is locked'))
      const form = validForm()
      const response = await api.submitJson(form, SITE)
      expect(response.status).toBe(201)
      expect(await byMessage(form.message)).toMatchObject([{ status: 'new', notification: { status: 'failed', lastError: expect.stringContaining('jobs table is locked') } }])
    })
  })

  it('never puts requests into a brand snapshot', async () => {
    const { buildBrandSnapshot } = await import('../../src/snapshot/buildSnapshot')
    const snapshot = await buildBrandSnapshot(payload, MESQUITE, { serverUrl: 'http://cms.test' })
    expect(JSON.stringify(snapshot)).not.toContain('Dana Whitfield')
    expect(snapshot.brand.appointmentUrl).toBe('http://cms.test/api/appointment-requests/submit')
    expect(snapshot.brand.privacyNotice).toMatch(/180 days/)
    expect((await buildBrandSnapshot(payload, COBBLESTONE, { serverUrl: 'http://cms.test/' })).brand.appointmentUrl).toBe('http://cms.test/api/appointment-requests/submit')
  })
})
