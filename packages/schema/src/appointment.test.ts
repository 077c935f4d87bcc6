import { describe, expect, it } from 'vitest'
import { appointmentInputFromForm, validateAppointmentRequest } from './appointment'

const valid = {
  brand: 'mesquite-ridge-pt',
  name: '  Dana Whitfield ',
  phone: '(480) 555-0134',
  email: '',
  clinic: '12',
  therapy: '',
  preferredDays: ['wed', 'mon', 'mon'],
  preferredTimes: 'morning',
  message: '',
  consent: 'on',
}

const errorsOf = (change: Record<string, unknown>) => {
  const result = validateAppointmentRequest({ ...valid, ...change })
  return result.ok ? {} : result.errors
}

describe('appointment requests', () => {
  it('accepts what the form sends and cleans it', () => {
    const result = validateAppointmentRequest(valid)
    expect(result).toEqual({
      ok: true,
      value: {
        brand: 'mesquite-ridge-pt',
        name: 'Dana Whitfield',
        phone: '(480) 555-0134',
        email: undefined,
        clinic: '12',
        therapy: undefined,
        preferredDays: ['mon', 'wed'],
        preferredTimes: ['morning'],
        message: '',
        consent: true,
      },
    })
  })

  it('accepts JSON shapes too: booleans, arrays, an email without a phone', () => {
    const result = validateAppointmentRequest({ ...valid, phone: undefined, email: 'dana@example.com', consent: true, preferredDays: [], therapy: '3', message: 'Mornings suit me best.' })
    expect(result.ok).toBe(true)
  })

  it('asks for a way to reach the visitor when both phone and email are missing', () => {
    expect(errorsOf({ phone: ' ', email: '' })).toEqual({ phone: 'Give a phone number or an email address so we can reach you.' })
  })

  it.each([
    [{ name: '' }, 'name', 'Enter your name.'],
    [{ name: '   ' }, 'name', 'Enter your name.'],
    [{ name: 'x'.repeat(101) }, 'name', 'Keep your name under 100 characters.'],
    [{ name: 42 }, 'name', 'Enter your name.'],
    [{ phone: 'call me' }, 'phone', 'Enter a phone number with area code, e.g. (480) 555-0134.'],
    [{ phone: '555-0134' }, 'phone', 'Enter a phone number with area code, e.g. (480) 555-0134.'],
    [{ phone: '1'.repeat(40) }, 'phone', 'Enter a phone number with area code, e.g. (480) 555-0134.'],
    [{ email: 'dana@' }, 'email', 'Enter an email address such as name@example.com.'],
    [{ clinic: '' }, 'clinic', 'Choose the clinic you would like to visit.'],
    [{ clinic: '../12' }, 'clinic', 'Choose the clinic you would like to visit.'],
    [{ therapy: 'a b' }, 'therapy', 'Choose a treatment from the list, or leave it empty.'],
    [{ preferredDays: ['someday'] }, 'preferredDays', 'Choose days from the list.'],
    [{ preferredTimes: [{ at: 'noon' }] }, 'preferredTimes', 'Choose times from the list.'],
    [{ message: 'x'.repeat(1001) }, 'message', 'Keep the message under 1000 characters.'],
    [{ message: ['not', 'text'] }, 'message', 'The message must be text.'],
    [{ name: '\u0000' }, 'name', 'Use letters, spaces and punctuation in your name.'],
    [{ name: 'Dana\u0007Whitfield' }, 'name', 'Use letters, spaces and punctuation in your name.'],
    [{ message: 'Hello\u0000there' }, 'message', 'Remove the unusual characters from the message.'],
    [{ consent: '' }, 'consent', 'Tick the box to agree that we may contact you about this request.'],
    [{ consent: 'off' }, 'consent', 'Tick the box to agree that we may contact you about this request.'],
    [{ brand: 'Not A Slug' }, 'brand', 'The form is missing its brand; reload the page and try again.'],
  ])('rejects %j with a message on %s', (change, field, message) => {
    expect(errorsOf(change)).toEqual({ [field]: message })
  })

  const INVISIBLE_IN_NAME = 'Remove the invisible or text-direction characters from your name.'

  it.each([
    ['U+202E right-to-left override', '\u202e'],
    ['U+202A left-to-right embedding', '\u202a'],
    ['U+202B right-to-left embedding', '\u202b'],
    ['U+202C pop directional formatting', '\u202c'],
    ['U+202D left-to-right override', '\u202d'],
    ['U+2066 left-to-right isolate', '\u2066'],
    ['U+2067 right-to-left isolate', '\u2067'],
    ['U+2068 first strong isolate', '\u2068'],
    ['U+2069 pop directional isolate', '\u2069'],
    ['U+200B zero width space', '\u200b'],
    ['U+200C zero width non-joiner', '\u200c'],
    ['U+200D zero width joiner', '\u200d'],
    ['U+200E left-to-right mark', '\u200e'],
    ['U+200F right-to-left mark', '\u200f'],
    ['U+2060 word joiner', '\u2060'],
    ['U+2061 function application', '\u2061'],
    ['U+2062 invisible times', '\u2062'],
    ['U+2063 invisible separator', '\u2063'],
    ['U+2064 invisible plus', '\u2064'],
    ['U+FEFF zero width no-break space', '\ufeff'],
    ['U+00AD soft hyphen', '\u00ad'],
    ['U+061C Arabic letter mark', '\u061c'],
    ['U+180E Mongolian vowel separator', '\u180e'],
    ['U+E0041 tag latin capital letter A', '\u{e0041}'],
  ])('refuses a name with an invisible or text-direction character: %s', (_label, character) => {
    expect(errorsOf({ name: `Dana${character}Whitfield` })).toEqual({ name: INVISIBLE_IN_NAME })
    expect(errorsOf({ name: `${character}\u202eDana` })).toEqual({ name: INVISIBLE_IN_NAME })
  })

  it('refuses line and paragraph separators in a name, as other line breaks', () => {
    expect(errorsOf({ name: 'Dana\u2028Whitfield' })).toEqual({ name: 'Use letters, spaces and punctuation in your name.' })
    expect(errorsOf({ name: 'Dana\u2029Whitfield' })).toEqual({ name: 'Use letters, spaces and punctuation in your name.' })
  })

  it('accepts names written right to left without any direction marks', () => {
    for (const name of ['عمر الفاروق', 'שרה כהן', 'Sarah כהן', 'محمد Smith']) {
      expect(validateAppointmentRequest({ ...valid, name }).ok, name).toBe(true)
    }
  })

  it('refuses invisible and text-direction characters in phone numbers and email addresses too (their formats allow none)', () => {
    expect(errorsOf({ phone: '(480)\u202e555-0134' })).toEqual({ phone: 'Enter a phone number with area code, e.g. (480) 555-0134.' })
    expect(errorsOf({ email: 'da\u200bna@example.com' })).toEqual({ email: 'Enter an email address such as name@example.com.' })
    expect(errorsOf({ email: 'dana@exa\u202emple.com' })).toEqual({ email: 'Enter an email address such as name@example.com.' })
  })

  it('keeps direction marks in messages, where people writing right to left need them', () => {
    const result = validateAppointmentRequest({ ...valid, message: 'שלום\u200f (Sarah)\nמתי אפשר?' })
    expect(result.ok && result.value.message).toBe('שלום\u200f (Sarah)\nמתי אפשר?')
  })

  it('keeps line breaks, tabs and any script in names and messages', () => {
    const result = validateAppointmentRequest({ ...valid, name: 'Zoë Ōkawa-Núñez עברית 🙂', message: 'Line one\n\tLine two' })
    expect(result.ok).toBe(true)
  })

  it('counts a CRLF line break of a form post as one character', () => {
    const lines = `${'x'.repeat(499)}\r\n${'y'.repeat(500)}`
    const result = validateAppointmentRequest({ ...valid, message: lines })
    expect(result.ok && result.value.message).toBe(`${'x'.repeat(499)}\n${'y'.repeat(500)}`)
  })

  it('reports one message per field, for every wrong field at once', () => {
    expect(Object.keys(errorsOf({ name: '', clinic: '', consent: false, email: 'nope' })).sort()).toEqual(['clinic', 'consent', 'email', 'name'])
  })

  it('refuses what is not an object at all', () => {
    for (const input of [null, 'name=x', 42, [valid]]) {
      expect(validateAppointmentRequest(input)).toEqual({ ok: false, errors: { form: 'The request could not be read; reload the page and try again.' } })
    }
  })

  it('reads form fields: repeated names become lists, unknown names are dropped', () => {
    const form = new URLSearchParams('name=Dana&preferredDays=mon&preferredDays=fri&preferredTimes=evening&consent=on&extra=1&name=Other')
    expect(appointmentInputFromForm(form)).toEqual({ name: 'Dana', preferredDays: ['mon', 'fri'], preferredTimes: ['evening'], consent: 'on', extra: '1' })
  })
})
