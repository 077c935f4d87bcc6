import { z } from 'zod'

/**
 * A document id as the snapshot carries it. SQLite gives numbers and MongoDB gives
 * ObjectId strings; the snapshot always carries strings so no consumer depends on either.
 */
export const IdSchema = z.string().min(1, 'id must not be empty')

/** An ISO 8601 date-time with offset, e.g. `2026-03-01T09:00:00.000Z`. */
export const DateTimeSchema = z.iso.datetime({ offset: true })

/** A `#rrggbb` colour. */
export const HexColorSchema = z
  .string()
  .regex(/^#[0-9a-fA-F]{6}$/, 'colour must be a #rrggbb hex value')
  .transform((value) => value.toLowerCase())

/** An absolute http(s) URL. */
export const HttpUrlSchema = z.url({ protocol: /^https?$/, error: 'must be an absolute http(s) URL' })

/** A phone number as people write it; at least 10 digits, only digits, spaces and `+ ( ) - .`. */
export const PhoneSchema = z
  .string()
  .regex(/^\+?[0-9 ().-]+$/, 'phone may contain only digits, spaces and + ( ) - .')
  .refine((value) => value.replace(/\D/g, '').length >= 10, 'phone must have at least 10 digits')

/** `tel:` link target for a phone number: `(480) 555-0134` → `tel:+14805550134`. */
export function toTelHref(phone: string): string {
  const digits = phone.replace(/\D/g, '')
  if (phone.trim().startsWith('+')) return `tel:+${digits}`
  return digits.length === 10 ? `tel:+1${digits}` : `tel:+${digits}`
}

/** A bare host name such as `www.example.com` (no scheme, no path). */
export const DomainSchema = z
  .string()
  .regex(
    /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z][a-z0-9-]{0,61}[a-z0-9]$/,
    'domain must be a lower-case host name such as www.example.com, without scheme or path',
  )

/** Plain text that must say something. */
export const NonEmptyTextSchema = z.string().trim().min(1, 'must not be empty')

/** A language as a BCP 47 tag (`en`, `es`, `zh-Hant`), stored canonically so `knowsLanguage` is exact. */
export const LanguageTagSchema = z.string().transform((value, ctx) => {
  try {
    const [canonical] = Intl.getCanonicalLocales(value.trim())
    if (canonical !== undefined) return canonical
  } catch {
    // Intl throws a RangeError for a malformed tag; it is reported as the field's issue below.
  }
  ctx.addIssue({ code: 'custom', message: `"${value}" is not a language tag such as en, es or zh-Hant` })
  return z.NEVER
})
