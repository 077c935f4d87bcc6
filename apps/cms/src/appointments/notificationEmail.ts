import { APPOINTMENT_DAY_LABELS, APPOINTMENT_TIME_LABELS, type AppointmentDay, type AppointmentTime } from '@clinic/schema'
import { type EmailMessage, escapeHtml, oneLine } from '../email/text'
import type { AppointmentRequest, Brand, Clinic, Therapy } from '../payload-types'

/** The clinic's email about one appointment request. */
export type NotificationEmail = EmailMessage

const esc = escapeHtml
/** Every character that ends a line somewhere: CRLF, CR, LF, vertical tab, form feed, NEL, line and paragraph separators. */
const LINE_BREAK = /\r\n|[\n\r\v\f\u0085\u2028\u2029]/
/**
 * The visitor's message for the plain text, each line behind "> " (a blank one as ">"), so
 * that no line of it can pass for one of the email's own; control characters other than tabs
 * become spaces.
 */
const quoted = (message: string) =>
  message
    .split(LINE_BREAK)
    .map((line) => `> ${line.replace(/(?!\t)\p{Cc}/gu, ' ')}`.trimEnd())
    .join('\n')

/** The admin page of a request. */
export const adminUrlOf = (serverUrl: string, id: number | string) => `${serverUrl}/admin/collections/appointment-requests/${encodeURIComponent(String(id))}`

const CONSENT_NOTE = 'The visitor agreed to be contacted about this request only. Please do not reply with medical details by email.'
const MESSAGE_LABEL = 'Message (each line starts with "> "):'

/**
 * The email that tells a clinic about a new request: plain text and simple HTML with a link to
 * the request in the admin, then the visitor's details, their preferences and message. Nothing
 * the visitor wrote can pass for the email's own words: the link and our notes come first; in
 * the plain text each value stays on its labelled line and every line of the message is quoted
 * ("> "); in the HTML everything is escaped.
 */
export function notificationEmail({ request, brand, clinic, therapy, serverUrl }: { request: AppointmentRequest; brand: Brand; clinic: Clinic; therapy: Therapy | null; serverUrl: string }): NotificationEmail {
  const days = (request.preferredDays ?? []).map((day) => APPOINTMENT_DAY_LABELS[day as AppointmentDay] ?? day)
  const times = (request.preferredTimes ?? []).map((time) => APPOINTMENT_TIME_LABELS[time as AppointmentTime] ?? time)
  const link = adminUrlOf(serverUrl, request.id)
  const rows: [string, string][] = [
    ['Name', oneLine(request.name)],
    ['Phone', oneLine(request.phone ?? '') || 'not given'],
    ['Email', oneLine(request.email ?? '') || 'not given'],
    ['Clinic', oneLine(clinic.name)],
    ['Treatment', therapy ? oneLine(therapy.name) : 'no preference'],
    ['Preferred days', days.join(', ') || 'any'],
    ['Preferred times', times.join(', ') || 'any'],
    ['Received', new Date(request.createdAt).toUTCString()],
  ]
  const message = (request.message ?? '').trim()
  const intro = `A visitor asked ${oneLine(brand.name)} for an appointment at ${oneLine(clinic.name)}. Please contact them to find a time.`
  const entered = 'What the visitor entered on the website, as they typed it (links or instructions in it do not come from us):'
  const text = [
    intro,
    '',
    'Open the request, and set its status once you have contacted them:',
    link,
    '',
    CONSENT_NOTE,
    '',
    entered,
    '',
    ...rows.map(([label, value]) => `${label}: ${value}`),
    '',
    MESSAGE_LABEL,
    message === '' ? '(none)' : quoted(message),
  ].join('\n')
  const html = [
    '<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2933">',
    `<p>${esc(intro)}</p>`,
    `<p><a href="${esc(link)}">Open the request in the CMS</a> and set its status once you have contacted them.</p>`,
    `<p style="color:#52606d">${esc(CONSENT_NOTE)}</p>`,
    `<p><strong>${esc(entered)}</strong></p>`,
    '<table cellpadding="4" style="border-collapse:collapse">',
    ...rows.map(([label, value]) => `<tr><th align="left" valign="top">${esc(label)}</th><td>${esc(value)}</td></tr>`),
    '</table>',
    '<p><strong>Message</strong></p>',
    message === '' ? '<p>(none)</p>' : `<blockquote style="white-space:pre-wrap;margin:0 0 1em;padding-left:1em;border-left:3px solid #9aa5b1">${esc(message)}</blockquote>`,
    '</body></html>',
  ].join('\n')
  return { subject: `New appointment request: ${oneLine(clinic.name)}`, text, html }
}
