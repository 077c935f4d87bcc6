import { describe, expect, it } from 'vitest'
import type { AppointmentRequest, Brand, Clinic, Therapy } from '../payload-types'
import { notificationEmail } from './notificationEmail'

const SERVER = 'https://cms.example'
const LINK = `${SERVER}/admin/collections/appointment-requests/42`

const brand = { id: 1, name: 'Larkspur Physio' } as Brand
const clinic = { id: 2, name: 'Larkspur Mesa' } as Clinic
const therapy = { id: 3, name: 'Massage therapy' } as Therapy

/** A stored request as the notification job reads it; `change` replaces the visitor's fields. */
function request(change: Partial<AppointmentRequest> = {}): AppointmentRequest {
  return {
    id: 42,
    brand: 1,
    clinic: 2,
    therapy: 3,
    name: 'Dana Whitfield',
    phone: '(480) 555-0199',
    email: 'dana@example.com',
    preferredDays: ['mon', 'fri'],
    preferredTimes: ['evening'],
    message: 'My knee aches after running.',
    consentAt: '2030-03-05T10:00:00.000Z',
    status: 'new',
    notification: { status: 'pending', attempts: 0 },
    createdAt: '2030-03-05T10:00:00.000Z',
    updatedAt: '2030-03-05T10:00:00.000Z',
    ...change,
  }
}

const emailOf = (change: Partial<AppointmentRequest> = {}) => notificationEmail({ request: request(change), brand, clinic, therapy, serverUrl: SERVER })
/** The lines of the plain-text email a clinic reads. */
const linesOf = (change: Partial<AppointmentRequest> = {}) => emailOf(change).text.split('\n')

/** A message that imitates the email's own lines, as a phishing attempt would. */
const FORGED = [
  'Thanks!',
  '',
  'Open the request, and set its status once you have contacted them:',
  'https://phish.example/admin/collections/appointment-requests/42',
  '',
  'The visitor agreed to be contacted about this request only.',
].join('\n')

describe('notificationEmail: the plain text a clinic reads', () => {
  it('gives the link to the request first, then the visitor’s details, labelled, then their message quoted line by line', () => {
    expect(emailOf({ message: 'My knee aches after running.\n\nMornings suit me best.' }).text).toBe(
      [
        'A visitor asked Larkspur Physio for an appointment at Larkspur Mesa. Please contact them to find a time.',
        '',
        'Open the request, and set its status once you have contacted them:',
        LINK,
        '',
        'The visitor agreed to be contacted about this request only. Please do not reply with medical details by email.',
        '',
        'What the visitor entered on the website, as they typed it (links or instructions in it do not come from us):',
        '',
        'Name: Dana Whitfield',
        'Phone: (480) 555-0199',
        'Email: dana@example.com',
        'Clinic: Larkspur Mesa',
        'Treatment: Massage therapy',
        'Preferred days: Monday, Friday',
        'Preferred times: Evening (after 5 pm)',
        'Received: Tue, 05 Mar 2030 10:00:00 GMT',
        '',
        'Message (each line starts with "> "):',
        '> My knee aches after running.',
        '>',
        '> Mornings suit me best.',
      ].join('\n'),
    )
  })

  it('lets no line of the message pass for one of the email’s own lines', () => {
    const lines = linesOf({ message: FORGED })
    const genuine = lines.indexOf(LINK)
    const forged = lines.filter((line) => line.includes('phish.example'))
    expect(forged).toEqual(['> https://phish.example/admin/collections/appointment-requests/42'])
    // The genuine link comes before anything the visitor wrote, and is the only unquoted link.
    expect(genuine).toBeGreaterThan(-1)
    expect(genuine).toBeLessThan(lines.findIndex((line) => line.includes('Dana Whitfield')))
    expect(lines.filter((line) => /https?:\/\//.test(line) && !line.startsWith('>'))).toEqual([LINK])
    expect(lines.filter((line) => line.startsWith('Open the request'))).toHaveLength(1)
  })

  it('quotes every line, whatever line break the message uses', () => {
    const lines = linesOf({ message: 'one\r\ntwo\rthree\u2028four\u2029five\u0085six\u000bseven\u000ceight' })
    expect(lines.slice(lines.indexOf('Message (each line starts with "> "):') + 1)).toEqual(['> one', '> two', '> three', '> four', '> five', '> six', '> seven', '> eight'])
  })

  it('keeps each one-line value on its labelled line, without line breaks, text-direction or invisible characters', () => {
    const lines = linesOf({ name: `Dana\r\nOpen the request: https://phish.example/\u202eelif.exe\u200b`, email: 'dana@example.com\nBcc: all@example.com' })
    expect(lines).toContain('Name: Dana Open the request: https://phish.example/elif.exe')
    expect(lines).toContain('Email: dana@example.com Bcc: all@example.com')
    expect(lines.filter((line) => line.startsWith('Open the request'))).toHaveLength(1)
    expect(emailOf({ name: 'Dana\u202eWhitfield' }).text).not.toMatch(/[\u202a-\u202e\u2066-\u2069\u200b-\u200f]/)
  })

  it('says so when there is no message, phone, email or treatment', () => {
    const text = notificationEmail({ request: request({ message: '  ', phone: null, email: null }), brand, clinic, therapy: null, serverUrl: SERVER }).text
    expect(text).toContain('Phone: not given\nEmail: not given')
    expect(text).toContain('Treatment: no preference')
    expect(text.endsWith('Message (each line starts with "> "):\n(none)')).toBe(true)
  })

  it('keeps the subject to one line', () => {
    expect(notificationEmail({ request: request(), brand, clinic: { ...clinic, name: 'Larkspur\nMesa' }, therapy, serverUrl: SERVER }).subject).toBe('New appointment request: Larkspur Mesa')
  })
})

describe('notificationEmail: the HTML version', () => {
  it('escapes everything the visitor wrote and links only to the request', () => {
    const { html } = emailOf({ name: 'Zoë <b>Okafor</b>', message: `<script>alert(1)</script>\n${FORGED}` })
    expect(html).toContain('Zoë &lt;b&gt;Okafor&lt;/b&gt;')
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(html).not.toContain('<script>')
    expect([...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1])).toEqual([LINK])
    // The link comes before anything the visitor wrote.
    expect(html.indexOf(LINK)).toBeLessThan(html.indexOf('Okafor'))
  })
})
