import type { SelectField } from 'payload'

/**
 * The languages a US clinic's staff most often speak with patients, as BCP 47 codes: the most
 * spoken languages at home in the US, plus American Sign Language. Stored as codes, so the site
 * writes `knowsLanguage` exactly. A language missing here is added to this list; both databases
 * store the code as plain text, so existing documents need no change.
 */
export const CLINIC_LANGUAGES = [
  'en', 'es', 'zh', 'yue', 'vi', 'tl', 'ar', 'fr', 'ko', 'ru', 'de', 'pt', 'hi', 'ht', 'pl', 'it', 'ja', 'fa',
  'ur', 'gu', 'bn', 'pa', 'he', 'el', 'hy', 'uk', 'so', 'am', 'km', 'hmn', 'th', 'ne', 'sw', 'ase',
] as const

const displayNames = new Intl.DisplayNames(['en'], { type: 'language' })

/** "Spanish (es)": the English name Intl knows for the code, with the code an editor may search for. */
const labelOf = (code: string) => `${displayNames.of(code) ?? code} (${code})`

/** The select options, sorted by their label so the picker reads alphabetically. */
export const languageOptions = CLINIC_LANGUAGES.map((code) => ({ value: code, label: labelOf(code) })).sort((a, b) => a.label.localeCompare(b.label, 'en'))

/** The languages spoken (several), stored as BCP 47 codes: providers and clinics use the same list. */
export function languagesField(overrides: Partial<Omit<SelectField, 'type' | 'options' | 'hasMany'>> = {}): SelectField {
  return {
    name: 'languages',
    label: 'Languages spoken',
    type: 'select',
    hasMany: true,
    options: languageOptions,
    ...overrides,
  } as SelectField
}
