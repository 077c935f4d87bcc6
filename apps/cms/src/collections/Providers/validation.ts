import { NpiSchema, ProviderSchema } from '@clinic/schema'
import type { FieldHook, TextFieldManyValidation, TextFieldSingleValidation } from 'payload'

/** "an NPI is exactly 10 digits" → "An NPI is exactly 10 digits.": the schema's rule as a sentence. */
const sentence = (message: string) => `${message.charAt(0).toUpperCase()}${message.slice(1)}${/[.!?]$/.test(message) ? '' : '.'}`

/**
 * Each credential by the snapshot's rule (letters, dots, hyphens: PT, DPT, L.Ac.), each once
 * (case aside), so what an editor saves is what the site can publish.
 */
export const validCredentials: TextFieldManyValidation = (value) => {
  const list = value ?? []
  const result = ProviderSchema.shape.credentials.safeParse(list)
  if (result.success) return true
  const issue = result.error.issues[0]
  const index = issue?.path[0]
  if (typeof index === 'number') return `"${list[index] ?? ''}" is not a credential: ${issue?.message ?? 'check it'}. Remove it or correct it.`
  const seen = new Set<string>()
  const twice = list.find((item) => {
    const key = item.trim().toLowerCase()
    if (seen.has(key)) return true
    seen.add(key)
    return false
  })
  return `List each credential once: "${twice ?? ''}" is there twice.`
}

/** An NPI, when given, by the schema's rule (10 digits, the last its Luhn check digit) and in its words. */
export const validNpi: TextFieldSingleValidation = (value) => {
  if (value === null || value === undefined || value === '') return true
  const result = NpiSchema.safeParse(value)
  return result.success ? true : `${sentence(result.error.issues[0]?.message ?? 'this NPI is not valid')} Leave the field empty if the provider has none.`
}

/** Surrounding spaces dropped, and an emptied text stored as nothing. */
export const trimmed: FieldHook = ({ value }) => {
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim()
  if (Array.isArray(value)) return value.map((item: unknown) => (typeof item === 'string' ? item.trim() : item)).filter((item) => item !== '')
  return value
}
