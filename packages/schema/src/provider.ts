import { z } from 'zod'
import { IdSchema, LanguageTagSchema, NonEmptyTextSchema } from './common'
import { MediaSchema } from './media'
import { RichTextSchema } from './richText'
import { SlugSchema } from './slug'
import { PageSeoSchema } from './seo'

/**
 * One post-nominal credential as clinicians write it: `PT`, `DPT`, `OCS`, `LMT`, `L.Ac.`, `Ph.D.`.
 * A letter first, then letters, dots or hyphens; 12 characters at most.
 */
export const CredentialSchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z][A-Za-z.-]{0,11}$/, 'a credential is letters (and dots or hyphens), e.g. PT, DPT, OCS or L.Ac.')

/**
 * Whether a 10-digit National Provider Identifier passes its check digit: the Luhn algorithm over
 * the first nine digits prefixed with the card issuer code 80840, as the NPI standard defines.
 */
export function isValidNpi(npi: string): boolean {
  if (!/^\d{10}$/.test(npi)) return false
  const digits = `80840${npi}`
  let sum = 0
  for (let index = 0; index < digits.length; index += 1) {
    let digit = Number(digits[digits.length - 1 - index])
    if (index % 2 === 1) {
      digit *= 2
      if (digit > 9) digit -= 9
    }
    sum += digit
  }
  return sum % 10 === 0
}

/** A National Provider Identifier: 10 digits whose last is the Luhn check digit. */
export const NpiSchema = z
  .string()
  .trim()
  .regex(/^\d{10}$/, 'an NPI is exactly 10 digits')
  .refine(isValidNpi, 'this NPI fails its check digit: look for a mistyped digit')

/** A clinician of a brand: who patients meet, and who reviews the brand's health information. */
export const ProviderSchema = z.object({
  id: IdSchema,
  name: NonEmptyTextSchema,
  slug: SlugSchema,
  /** Post-nominal letters in the order the provider writes them, each once. */
  credentials: z
    .array(CredentialSchema)
    .refine((list) => new Set(list.map((item) => item.toLowerCase())).size === list.length, 'list each credential once'),
  /** e.g. "Clinical director" or "Physical therapist". */
  jobTitle: NonEmptyTextSchema,
  /** A portrait; its alt text is required by the media schema. */
  photo: MediaSchema.nullable(),
  bio: RichTextSchema,
  /**
   * Ids of the brand's clinics where the provider practises; empty for a clinician who reviews the
   * brand's health information without seeing patients at its clinics (e.g. for a publication).
   */
  clinics: z.array(IdSchema),
  /** Ids of therapies the provider performs (shown only at clinics whose state allows them). */
  therapies: z.array(IdSchema),
  /** Ids of conditions the provider focuses on. */
  conditions: z.array(IdSchema),
  languages: z.array(LanguageTagSchema),
  acceptingNewPatients: z.boolean(),
  npi: NpiSchema.nullable(),
  /** Search and social for the profile page; each null for the page's own. */
  seo: PageSeoSchema,
})

export type Provider = z.output<typeof ProviderSchema>
export type ProviderInput = z.input<typeof ProviderSchema>

/** "Ana Ruiz, PT, DPT": the name as a profile, a byline or a reviewed-by line shows it. */
export function providerDisplayName(provider: Pick<Provider, 'name' | 'credentials'>): string {
  return [provider.name, ...provider.credentials].join(', ')
}
