import { APPOINTMENT_HONEYPOT_FIELD } from '@clinic/schema'

/*
 * Random, malformed appointment requests for the endpoint's fuzz test. Every case is invalid
 * by construction: it carries at least one change that no valid request has (a broken field, a
 * body that is not a request, a foreign origin), plus random noise that may or may not be valid
 * on its own (unicode, extra keys, odd but harmless values). The endpoint must answer each with a
 * 4xx and a message, and store none of them.
 */

/** mulberry32: a small seeded PRNG, so that a failing run can be replayed with its seed. */
export function prng(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

export interface FuzzContext {
  /** A valid request (form values as strings) the cases start from. */
  valid: Record<string, string | string[]>
  /** The origin the brand's site posts from. */
  origin: string
  /** A therapy of another brand. */
  foreignTherapy: string
}

export interface FuzzCase {
  description: string
  contentType: string | null
  origin: string | null
  accept: string | null
  body: string | Uint8Array<ArrayBuffer>
}

type Random = () => number
type Json = null | boolean | number | string | Json[] | { [key: string]: Json }

const pick = <T>(random: Random, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
const int = (random: Random, min: number, max: number) => min + Math.floor(random() * (max - min + 1))

const UNICODE = [
  'Zoë Ağaoğlu',
  '\u202eevil\u202c right-to-left override',
  'שלום עליכם',
  'مرحبا بالعالم',
  '😀🦴💉👩🏽‍⚕️',
  'nul\u0000byte',
  'e\u0301\u0301\u0301 combining',
  '漢字かなカナ',
  '\ud800 lone surrogate',
  '\u2028line\u2029separators',
  '\t\r\n whitespace \u00a0\u3000',
  "'; DROP TABLE appointment_requests; --",
  '<img src=x onerror=alert(1)>',
  '{{7*7}} ${7*7}',
]

const randomText = (random: Random, max = 40) =>
  Array.from({ length: int(random, 0, max) }, () => (random() < 0.7 ? String.fromCharCode(int(random, 32, 126)) : String.fromCodePoint(int(random, 0, 0x2ffff)))).join('')

/** A value of some other JSON type than a string, or nested junk. */
function junk(random: Random, depth = 0): Json {
  switch (int(random, 0, depth > 2 ? 4 : 6)) {
    case 0:
      return null
    case 1:
      return random() < 0.5
    case 2:
      return pick(random, [0, -1, 1e308, -0, 3.14, Number.MAX_SAFE_INTEGER + 2])
    case 3:
      return int(random, -1e9, 1e9)
    case 4:
      return { $gt: '', $where: '1' }
    case 5:
      return Array.from({ length: int(random, 0, 4) }, () => junk(random, depth + 1))
    default:
      return { [randomText(random, 8) || 'k']: junk(random, depth + 1), ['__proto__']: { polluted: true }, constructor: { prototype: { polluted: true } } }
  }
}

/** Changes that make any request invalid, as JSON (types may change). */
const JSON_BREAKERS: ((value: Record<string, Json>, random: Random, ctx: FuzzContext) => string)[] = [
  (value) => (delete value.name, 'no name'),
  (value, random) => ((value.name = pick(random, ['', '   ', '\n\t'])), 'blank name'),
  (value, random) => ((value.name = junk(random) ?? 0), 'name of another type'),
  (value) => ((value.name = [String(value.name)]), 'name as an array'),
  (value, random) => ((value.name = 'x'.repeat(int(random, 101, 5000))), 'long name'),
  (value, random) => ((value.phone = pick(random, ['call me', '123', '+1 (480) 555-01', 'x'.repeat(40), '480-555-0100 ext. 5'])), 'bad phone'),
  (value, random) => ((value.phone = junk(random) ?? 5), 'phone of another type'),
  (value, random) => ((value.email = pick(random, ['a@', '@b.example', 'a b@c.example', 'dana', 'x'.repeat(250) + '@example.com'])), 'bad email'),
  (value) => (delete value.phone, delete value.email, 'neither phone nor email'),
  (value) => (delete value.clinic, 'no clinic'),
  (value, random) => ((value.clinic = pick(random, ['../1', '1 OR 1=1', 'a'.repeat(65), '1.5', '-1', ' 1'])), 'malformed clinic'),
  (value, random) => ((value.clinic = pick(random, ['999999', '0', 'abc', '0123456789abcdef01234567'])), 'unknown clinic'),
  (value, random) => ((value.clinic = junk(random) ?? 1), 'clinic of another type'),
  (value, random) => ((value.therapy = pick(random, ['<x>', '../', 'a'.repeat(65)])), 'malformed therapy'),
  (value, random, ctx) => ((value.therapy = pick(random, ['999998', ctx.foreignTherapy])), 'therapy not of the brand'),
  (value, random) => ((value.preferredDays = pick(random, [['someday'], ['mon', 'funday'], [['mon']], 5, { mon: true }, Array(8).fill('mon')] as Json[])), 'bad days'),
  (value, random) => ((value.preferredTimes = pick(random, [['midnight'], [1], 'noon', [null]] as Json[])), 'bad times'),
  (value, random) => ((value.message = 'm'.repeat(int(random, 1001, 4000))), 'long message'),
  (value, random) => ((value.message = pick(random, [5, true, ['text'], { text: 'hi' }] as Json[])), 'message of another type'),
  (value, random) => ((value.consent = pick(random, [false, 'off', 'no', 'ON', 0, 1, null, ['on'], ''] as Json[])), 'no consent'),
  (value) => (delete value.consent, 'consent missing'),
  (value, random) => ((value.brand = pick(random, ['', 'Bad Slug', 'unknown-brand', 'a'.repeat(200), 7, null, ['x']] as Json[])), 'bad brand'),
  (value, random) => ((value.startedAt = Date.now() - int(random, 0, 2500)), 'sent too fast'),
]

/** Changes that make a form post invalid: only strings exist in a form. */
const FORM_BREAKERS: ((value: Record<string, string | string[]>, random: Random, ctx: FuzzContext) => string)[] = [
  (value) => (delete value.name, 'no name'),
  (value, random) => ((value.name = pick(random, ['', '   '])), 'blank name'),
  (value, random) => ((value.name = 'n'.repeat(int(random, 101, 3000))), 'long name'),
  (value, random) => ((value.phone = pick(random, ['call me', '12', '555-0100'])), 'bad phone'),
  (value, random) => ((value.email = pick(random, ['a@', 'no-at-sign', 'a@b'])), 'bad email'),
  (value) => ((value.phone = ''), (value.email = ''), 'neither phone nor email'),
  (value, random) => ((value.clinic = pick(random, ['', '%', '../2', '999999'])), 'bad clinic'),
  (value, random, ctx) => ((value.therapy = pick(random, ['<b>', '999997', ctx.foreignTherapy])), 'bad therapy'),
  (value, random) => ((value.preferredDays = pick(random, [['mon', 'xyz'], ['Monday'], Array(8).fill('tue')])), 'bad days'),
  (value, random) => ((value.preferredTimes = pick(random, [['late'], ['morning', '']])), 'bad times'),
  (value, random) => ((value.message = 'q'.repeat(int(random, 1001, 3000))), 'long message'),
  (value, random) => ((value.consent = pick(random, ['', 'off', 'no', 'false', 'ON'])), 'no consent'),
  (value) => (delete value.consent, 'consent missing'),
  (value, random) => ((value.brand = pick(random, ['', 'Bad Slug', 'unknown-brand'])), 'bad brand'),
  (value, random) => ((value.startedAt = String(Date.now() - int(random, 0, 2500))), 'sent too fast'),
]

/** Changes that may or may not be valid on their own. */
function addNoise(value: Record<string, Json> | Record<string, string | string[]>, random: Random, json: boolean): string[] {
  const notes: string[] = []
  const target = value as Record<string, Json>
  for (let count = int(random, 0, 3); count > 0; count -= 1) {
    const key = pick(random, ['name', 'message', 'email', 'extra', 'thankYouUrl', 'idempotencyKey', 'startedAt', 'unicodeKey', 'preferredDays'])
    switch (key) {
      case 'name':
      case 'message':
        target[key] = pick(random, UNICODE)
        break
      case 'email':
        target[key] = pick(random, ['ZOË@example.com', 'a+b@example.co.uk', ''])
        break
      case 'extra':
        target[randomText(random, 12).replace(APPOINTMENT_HONEYPOT_FIELD, '') || 'extra'] = json ? junk(random) : randomText(random)
        break
      case 'thankYouUrl':
        target[key] = pick(random, ['javascript:alert(1)', 'https://evil.example/', '//evil.example', randomText(random)])
        break
      case 'idempotencyKey':
        target[key] = json ? junk(random) : randomText(random, 200)
        break
      case 'startedAt':
        target[key] = pick(random, ['soon', '-5', '1e400', String(Date.now() + 1e9), ''])
        break
      case 'unicodeKey':
        target[pick(random, UNICODE)] = pick(random, UNICODE)
        break
      case 'preferredDays':
        target[key] = ['mon', 'mon', 'sun']
        break
    }
    notes.push(`noise ${key}`)
  }
  return notes
}

function formEncode(value: Record<string, string | string[]>): string {
  const params = new URLSearchParams()
  for (const [name, entry] of Object.entries(value)) for (const item of Array.isArray(entry) ? entry : [entry]) params.append(name, String(item))
  return params.toString()
}

const OTHER_TYPES = ['text/plain', 'application/xml', 'multipart/form-data; boundary=xyz', 'application/json; charset=utf-16', 'application/x-www-form-urlencoded; charset=iso-8859-1', 'text/html', 'application/jsonp', 'application/ld+json', '*/*']
const JSON_TYPES = ['application/json', 'application/json; charset=utf-8', 'APPLICATION/JSON', 'application/json;charset="UTF-8"']
const FORM_TYPES = ['application/x-www-form-urlencoded', 'application/x-www-form-urlencoded; charset=UTF-8']
const BAD_ORIGINS = [null, 'null', 'https://evil.example', 'http://www.fuzz-physio.example', 'https://www.fuzz-physio.example.evil.example', 'https://WWW.FUZZ-PHYSIO.EXAMPLE']

/** One invalid request. */
export function fuzzCase(random: Random, ctx: FuzzContext): FuzzCase {
  const origin = random() < 0.9 ? ctx.origin : pick(random, BAD_ORIGINS)
  const accept = pick(random, [null, 'application/json', 'text/html', '*/*'])
  const kind = random()
  // A valid request changed by noise, and broken by at least one breaker (or a bad origin).
  if (kind < 0.45) {
    const value = structuredClone(ctx.valid) as Record<string, Json>
    const notes = addNoise(value, random, true)
    const breakers = origin === ctx.origin ? int(random, 1, 3) : int(random, 0, 2)
    for (let count = 0; count < breakers; count += 1) notes.push(pick(random, JSON_BREAKERS)(value, random, ctx))
    if (origin !== ctx.origin) notes.push(`origin ${origin}`)
    return { description: `json: ${notes.join(', ')}`, contentType: pick(random, JSON_TYPES), origin, accept, body: JSON.stringify(value) }
  }
  if (kind < 0.75) {
    const value = structuredClone(ctx.valid)
    const notes = addNoise(value, random, false)
    const breakers = origin === ctx.origin ? int(random, 1, 3) : int(random, 0, 2)
    for (let count = 0; count < breakers; count += 1) notes.push(pick(random, FORM_BREAKERS)(value, random, ctx))
    if (origin !== ctx.origin) notes.push(`origin ${origin}`)
    let body = formEncode(value as Record<string, string | string[]>)
    // Junk after the fields; a repeated name never counts (the first value does), so it cannot undo a breaker.
    if (random() < 0.15) body += pick(random, ['&%ZZ=1', '&message=%00', '&&&=', '&consent', '&clinic=%FF'])
    return { description: `form: ${notes.join(', ')}`, contentType: pick(random, FORM_TYPES), origin, accept, body }
  }
  if (kind < 0.85) {
    // Not a JSON object at all.
    const json = JSON.stringify(ctx.valid)
    const body = pick(random, [
      json.slice(0, int(random, 0, json.length - 1)),
      JSON.stringify(junk(random)),
      `[${json}]`,
      `${json}}`,
      "{'single': 'quotes'}",
      '{"brand": NaN}',
      randomText(random, 300),
      '',
    ])
    return { description: `not an object: ${body.slice(0, 60)}`, contentType: pick(random, JSON_TYPES), origin, accept, body }
  }
  if (kind < 0.9) {
    // Bytes that are not UTF-8: a continuation byte cannot start a character.
    const bytes = Uint8Array.from({ length: int(random, 1, 200) }, (_, index) => (index === 0 ? 0x80 : int(random, 0x80, 0xff)))
    return { description: 'invalid UTF-8', contentType: pick(random, [...JSON_TYPES, ...FORM_TYPES]), origin, accept, body: bytes }
  }
  if (kind < 0.95) {
    // Some other content type, whatever the body.
    const body = random() < 0.5 ? JSON.stringify(ctx.valid) : formEncode(ctx.valid)
    return { description: 'another content type', contentType: pick(random, [...OTHER_TYPES, '']) || null, origin, accept, body }
  }
  // Too large.
  const filler = 'z'.repeat(int(random, 16 * 1024, 64 * 1024))
  const asJson = random() < 0.5
  return {
    description: 'too large',
    contentType: pick(random, asJson ? JSON_TYPES : FORM_TYPES),
    origin,
    accept,
    body: asJson ? JSON.stringify({ ...ctx.valid, message: filler }) : `${formEncode(ctx.valid)}&message=${filler}`,
  }
}
