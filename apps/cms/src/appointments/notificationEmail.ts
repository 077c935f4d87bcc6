import { APPOINTMENT_DAY_LABELS, APPOINTMENT_TIME_LABELS, type AppointmentDay, type AppointmentTime } from '@clinic/schema'
import type { AppointmentRequest, Brand, Clinic, Therapy } from '../payload-types'

export interface NotificationEmail {
  subject: string
  text: string
  html: string
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }
const esc = (value: string) => value.replace(/[&<>"']/g, (character) => ENTITIES[character] ?? character)
/** One line: no line breaks or other control characters (subject lines, table cells). */
const oneLine = (value: string) => value.replace(/[\p{Cc}\u2028\u2029]+/gu, ' ').trim()

/** The admin page of a request. */
export const adminUrlOf = (serverUrl: string, id: number | string) => `${serverUrl}/admin/collections/appointment-requests/${encodeURIComponent(String(id))}`

/**
 * The email that tells a clinic about a new request: plain text and simple HTML with the
 * visitor's details, their preferences and message, and a link to the request in the admin.
 * Everything the visitor wrote is escaped in the HTML and kept to one line where a line is expected.
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
  const text = [
    intro,
    '',
    ...rows.map(([label, value]) => `${label}: ${value}`),
    '',
    'Message:',
    message === '' ? '(none)' : message,
    '',
    `Open the request, and set its status once you have contacted them: ${link}`,
    '',
    'The visitor agreed to be contacted about this request only. Please do not reply with medical details by email.',
  ].join('\n')
  const html = [
    '<!doctype html><html lang="en"><body style="font-family:system-ui,sans-serif;line-height:1.5;color:#1f2933">',
    `<p>${esc(intro)}</p>`,
    '<table cellpadding="4" style="border-collapse:collapse">',
    ...rows.map(([label, value]) => `<tr><th align="left" valign="top">${esc(label)}</th><td>${esc(value)}</td></tr>`),
    '</table>',
    '<p><strong>Message</strong></p>',
    message === '' ? '<p>(none)</p>' : `<p style="white-space:pre-wrap">${esc(message)}</p>`,
    `<p><a href="${esc(link)}">Open the request in the CMS</a> and set its status once you have contacted them.</p>`,
    '<p style="color:#52606d">The visitor agreed to be contacted about this request only. Please do not reply with medical details by email.</p>',
    '</body></html>',
  ].join('\n')
  return { subject: `New appointment request: ${oneLine(clinic.name)}`, text, html }
}
