import type { Payload, TaskConfig } from 'payload'
import { refId } from '../access/userBrands'
import { CONSOLE_EMAIL_ADAPTER } from '../email'
import { env } from '../env'
import type { AppointmentRequest, Brand, Clinic, Therapy } from '../payload-types'
import { notificationEmail } from './notificationEmail'

/** Slug of the jobs task that emails a clinic about a new request. */
export const NOTIFY_APPOINTMENT_REQUEST = 'notifyAppointmentRequest'

type Id = number | string
type Notification = NonNullable<AppointmentRequest['notification']>

/** The notification's writes change nothing else and trigger nothing else. */
const NOTIFY_CONTEXT = { disableRebuild: true, appointmentNotification: true }

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Updates a request's `notification` group (the whole group, so no field is lost), leaving the
 * request itself alone. Never throws: a failure is logged with the request's id, because the
 * request is already stored and must stay as it is.
 */
export async function recordNotification(payload: Payload, id: Id, patch: Partial<Notification>): Promise<void> {
  try {
    const current = await payload.findByID({ collection: 'appointment-requests', id, depth: 0, overrideAccess: true, disableErrors: true })
    if (!current) return
    const notification: Notification = {
      status: current.notification?.status ?? 'pending',
      attempts: current.notification?.attempts ?? 0,
      sentAt: current.notification?.sentAt ?? null,
      recipients: current.notification?.recipients ?? null,
      lastError: current.notification?.lastError ?? null,
      ...patch,
    }
    await payload.update({ collection: 'appointment-requests', id, data: { notification }, depth: 0, overrideAccess: true, context: NOTIFY_CONTEXT })
  } catch (error) {
    payload.logger.error({ err: error, msg: `Appointment request ${id}: could not record the notification state ${JSON.stringify(patch)}.` })
  }
}

async function findOne<T>(payload: Payload, collection: 'brands' | 'clinics' | 'therapies', id: Id | null): Promise<T | null> {
  if (id === null) return null
  return (await payload.findByID({ collection, id, depth: 0, overrideAccess: true, disableErrors: true })) as T | null
}

/**
 * Emails the clinic about request `request`: to the clinic's email, else the brand's contact
 * email, else nobody (`skipped`, with the reason). Each attempt is recorded on the request
 * (attempts, last error, status, sent time). A failed send throws, so the jobs queue retries it
 * with exponential backoff (APPOINTMENT_NOTIFY_ATTEMPTS tries, the first retry after
 * APPOINTMENT_NOTIFY_RETRY_MS); after the last one the status is `failed`. Without SMTP_URL the
 * email goes to the log and the status is `skipped`, saying so.
 */
export async function notifyAppointmentRequest(payload: Payload, id: Id, attempt: number): Promise<Notification['status'] | 'gone'> {
  const request = await payload.findByID({ collection: 'appointment-requests', id, depth: 0, overrideAccess: true, disableErrors: true })
  if (!request) {
    payload.logger.warn(`Appointment request ${id} no longer exists (deleted before its email was sent); nothing to send.`)
    return 'gone'
  }
  const status = request.notification?.status
  if (status === 'sent' || status === 'skipped') return status

  const [brand, clinic, therapy] = await Promise.all([
    findOne<Brand>(payload, 'brands', refId(request.brand)),
    findOne<Clinic>(payload, 'clinics', refId(request.clinic)),
    findOne<Therapy>(payload, 'therapies', refId(request.therapy)),
  ])
  const recipients = clinic?.email || brand?.contact?.email || null
  if (!brand || !clinic || !recipients) {
    const reason = !brand || !clinic
      ? `The ${!brand ? 'brand' : 'clinic'} of this request has been deleted, so there is nobody to tell.`
      : `Neither the clinic "${clinic.name}" nor the brand "${brand.name}" has an email address. Add one to the clinic (or the brand's contact email) to be told about new requests.`
    await recordNotification(payload, id, { status: 'skipped', lastError: reason, recipients: null })
    payload.logger.warn(`Appointment request ${id}: email skipped. ${reason}`)
    return 'skipped'
  }

  const email = notificationEmail({ request, brand, clinic, therapy, serverUrl: env.serverUrl })
  try {
    await payload.sendEmail({ to: recipients, subject: email.subject, text: email.text, html: email.html, ...(request.email ? { replyTo: request.email } : {}) })
  } catch (error) {
    const final = attempt >= env.APPOINTMENT_NOTIFY_ATTEMPTS
    await recordNotification(payload, id, { status: final ? 'failed' : 'pending', attempts: attempt, lastError: messageOf(error), recipients })
    throw new Error(
      `Could not email appointment request ${id} to ${recipients} (attempt ${attempt} of ${env.APPOINTMENT_NOTIFY_ATTEMPTS}${final ? ', the last' : ', will retry'}): ${messageOf(error)}`,
      { cause: error },
    )
  }

  if (payload.email.name === CONSOLE_EMAIL_ADAPTER) {
    await recordNotification(payload, id, { status: 'skipped', attempts: attempt, lastError: 'SMTP_URL is not set: the email was written to the CMS log instead of being sent.', recipients })
    return 'skipped'
  }
  await recordNotification(payload, id, { status: 'sent', attempts: attempt, sentAt: new Date().toISOString(), lastError: null, recipients })
  payload.logger.info(`Appointment request ${id}: emailed to ${recipients}.`)
  return 'sent'
}

/**
 * The jobs task `notifyAppointmentRequest` (input: the request's id), queued by the public
 * endpoint after it stored a request and run by the server's jobs runner (`jobs.autoRun`).
 */
export const notifyAppointmentRequestTask: TaskConfig<{ input: { request: string }; output: { status: string } }> = {
  slug: NOTIFY_APPOINTMENT_REQUEST,
  label: 'Email a new appointment request to its clinic',
  inputSchema: [{ name: 'request', type: 'text', required: true }],
  outputSchema: [{ name: 'status', type: 'text', required: true }],
  // Payload counts retries after the first try; each waits twice as long as the one before.
  retries: { attempts: env.APPOINTMENT_NOTIFY_ATTEMPTS - 1, backoff: { type: 'exponential', delay: env.APPOINTMENT_NOTIFY_RETRY_MS } },
  handler: async ({ input, job, req }) => ({
    output: { status: await notifyAppointmentRequest(req.payload, input.request, (job.totalTried ?? 0) + 1) },
  }),
}
