import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppointmentRequest, Brand, Clinic, Therapy } from '../../src/payload-types'
import type * as AppointmentHelpers from './helpers/appointments'
import { brandData, minimalDocument } from './helpers/contentDocuments'
import { type SmtpReceiver, parseMail, startSmtpReceiver } from './helpers/smtpReceiver'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * The clinic's email about a new request, end to end: the endpoint stores the request and queues
 * `notifyAppointmentRequest`; the CMS's own jobs runner (`cron: true`, due jobs checked every
 * second) sends it through SMTP_URL to a local SMTP server started here, which refuses the first
 * tries with 451. Retries wait 200 ms, then 400 ms, 800 ms … (plus up to a second for the runner).
 */
const ATTEMPTS = 4
const WAIT_LIMIT_MS = 30_000

describe.skipIf(skipDatabase)('appointment requests: the clinic’s email', () => {
  let cms: TestCms
  let payload: Payload
  let smtp: SmtpReceiver
  let api: typeof AppointmentHelpers
  let brand: Brand
  let quietBrand: Brand
  let therapy: Therapy
  const clinics: Record<string, Clinic> = {}
  const requests: Record<string, AppointmentRequest> = {}

  const site = (of: Brand) => `https://${of.domain}`
  const clinic = (name: string, of: Brand, email: string | null) =>
    payload.create({
      collection: 'clinics',
      overrideAccess: true,
      context: { disableRebuild: true },
      data: { ...minimalDocument('clinics', name, [of.id]), email, therapies: [therapy.id], _status: 'published' } as never,
    }) as Promise<Clinic>

  /** Sends a request through the endpoint and returns what was stored. */
  async function submit(of: Brand, at: Clinic, fields: Record<string, string | string[]>): Promise<AppointmentRequest> {
    const response = await api.submitForm({ brand: of.slug, clinic: String(at.id), consent: 'on', ...fields }, site(of))
    expect(response.status).toBe(303)
    const { docs } = await payload.find({ collection: 'appointment-requests', where: { message: { equals: fields.message } }, overrideAccess: true, depth: 0 })
    expect(docs).toHaveLength(1)
    return docs[0] as AppointmentRequest
  }

  /** Waits until the request's email is no longer pending (sent, failed or skipped), or the limit passes. */
  async function settled(request: AppointmentRequest): Promise<AppointmentRequest> {
    const until = Date.now() + WAIT_LIMIT_MS
    for (;;) {
      const current = await payload.findByID({ collection: 'appointment-requests', id: request.id, overrideAccess: true, depth: 0 })
      if (current.notification.status !== 'pending' || Date.now() > until) return current
      await new Promise((resolve) => setTimeout(resolve, 100))
    }
  }

  beforeAll(async () => {
    smtp = await startSmtpReceiver()
    cms = await startPayload(
      {
        SMTP_URL: smtp.url,
        EMAIL_FROM: 'Juniper Requests <requests@cms.example>',
        JOBS_CRON: '* * * * * *',
        APPOINTMENT_NOTIFY_ATTEMPTS: String(ATTEMPTS),
        APPOINTMENT_NOTIFY_RETRY_MS: '200',
        APPOINTMENT_MIN_FILL_MS: '0',
      },
      { cron: true },
    )
    payload = cms.payload
    api = await import('./helpers/appointments')
    brand = await payload.create({ collection: 'brands', overrideAccess: true, context: { disableRebuild: true }, data: { ...brandData('Juniper Physio'), contact: { email: 'front@juniper-physio.example' } } })
    quietBrand = await payload.create({ collection: 'brands', overrideAccess: true, context: { disableRebuild: true }, data: brandData('Quiet Creek Rehab') })
    therapy = (await payload.create({ collection: 'therapies', overrideAccess: true, context: { disableRebuild: true }, data: { ...minimalDocument('therapies', 'Massage therapy', [brand.id, quietBrand.id]), _status: 'published' } as never })) as Therapy
    clinics.mesa = await clinic('Juniper Mesa', brand, 'mesa@juniper-physio.example')
    clinics.tempe = await clinic('Juniper Tempe', brand, 'tempe@juniper-physio.example')
    clinics.chandler = await clinic('Juniper Chandler', brand, null)
    clinics.quiet = await clinic('Quiet Creek Main', quietBrand, null)

    smtp.failFirst('mesa@juniper-physio.example', 2)
    smtp.failFirst('tempe@juniper-physio.example', Infinity)
    // All four at once: the runner works through them side by side.
    requests.mesa = await submit(brand, clinics.mesa, {
      name: 'Zoë <b>Okafor</b>',
      phone: '(480) 555-0142',
      email: 'zoe.okafor@example.com',
      therapy: String(therapy.id),
      preferredDays: ['mon', 'fri'],
      preferredTimes: ['evening'],
      message: 'Knee pain after hiking & "stairs".\nSecond line <script>alert(1)</script>',
    })
    requests.tempe = await submit(brand, clinics.tempe, { name: 'Sam Lee', phone: '(480) 555-0143', message: 'Tempe request' })
    requests.chandler = await submit(brand, clinics.chandler, { name: 'Ana Ruiz', email: 'ana@example.com', message: 'Chandler request' })
    requests.quiet = await submit(quietBrand, clinics.quiet, { name: 'Lee Park', phone: '(480) 555-0144', message: 'Quiet request' })
  })
  afterAll(async () => {
    await cms?.stop()
    await smtp?.close()
  })

  it('retries after 451 answers and records the email as sent, with its attempts', async () => {
    const done = await settled(requests.mesa as AppointmentRequest)
    expect(done.notification).toMatchObject({ status: 'sent', attempts: 3, recipients: 'mesa@juniper-physio.example', lastError: null })
    expect(Date.parse(done.notification.sentAt ?? '')).toBeGreaterThan(Date.parse(done.createdAt))
    // Nothing else about the request changed.
    expect(done).toMatchObject({ status: 'new', name: 'Zoë <b>Okafor</b>', updatedAt: expect.any(String) })
    expect(smtp.mails.filter((mail) => mail.to.includes('mesa@juniper-physio.example')).map((mail) => mail.code)).toEqual([451, 451, 250])
  }, 40_000)

  it('sends the visitor’s details, preferences, message and a link to the request; escaped in HTML', async () => {
    await settled(requests.mesa as AppointmentRequest)
    const delivered = smtp.mails.find((mail) => mail.to.includes('mesa@juniper-physio.example') && mail.code === 250)
    expect(delivered).toBeDefined()
    const { headers, parts } = parseMail(delivered?.raw ?? '')
    expect(headers.subject).toBe('New appointment request: Juniper Mesa')
    expect(headers.from).toBe('Juniper Requests <requests@cms.example>')
    expect(headers['reply-to']).toBe('zoe.okafor@example.com')
    const link = `http://cms.test/admin/collections/appointment-requests/${requests.mesa?.id}`
    const text = parts['text/plain'] ?? ''
    for (const expected of ['Juniper Physio', 'Name: Zoë <b>Okafor</b>', 'Phone: (480) 555-0142', 'Email: zoe.okafor@example.com', 'Treatment: Massage therapy', 'Preferred days: Monday, Friday', 'Preferred times: Evening (after 5 pm)', '> Knee pain after hiking & "stairs".\n> Second line <script>alert(1)</script>']) {
      expect(text).toContain(expected)
    }
    // The link to the request comes before anything the visitor wrote, on a line of its own.
    expect(text.split('\n').indexOf(link)).toBeGreaterThan(-1)
    expect(text.indexOf(link)).toBeLessThan(text.indexOf('Zoë'))
    const html = parts['text/html'] ?? ''
    expect(html).toContain('Zoë &lt;b&gt;Okafor&lt;/b&gt;')
    expect(html).toContain('Knee pain after hiking &amp; &quot;stairs&quot;.\nSecond line &lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>')
    expect(html).not.toContain('<b>Okafor')
    expect(html).toContain(`<a href="${link}">`)
  }, 40_000)

  it('gives up after APPOINTMENT_NOTIFY_ATTEMPTS tries: the email is failed with the last error, the request stays', async () => {
    const done = await settled(requests.tempe as AppointmentRequest)
    expect(done.notification).toMatchObject({ status: 'failed', attempts: ATTEMPTS, recipients: 'tempe@juniper-physio.example', sentAt: null })
    expect(done.notification.lastError).toMatch(/451/)
    expect(done).toMatchObject({ status: 'new', name: 'Sam Lee', message: 'Tempe request' })
    expect(smtp.mails.filter((mail) => mail.to.includes('tempe@juniper-physio.example'))).toHaveLength(ATTEMPTS)
  }, 40_000)

  it('writes to the brand’s contact email when the clinic has none, and skips with the reason when neither has one', async () => {
    const chandler = await settled(requests.chandler as AppointmentRequest)
    expect(chandler.notification).toMatchObject({ status: 'sent', attempts: 1, recipients: 'front@juniper-physio.example' })
    const quiet = await settled(requests.quiet as AppointmentRequest)
    expect(quiet.notification).toMatchObject({ status: 'skipped', attempts: 0 })
    expect(quiet.notification.lastError).toMatch(/Neither the clinic "Quiet Creek Main" nor the brand "Quiet Creek Rehab" has an email address/)
    expect(smtp.mails.filter((mail) => mail.raw.includes('Quiet request'))).toEqual([])
  }, 40_000)
})
