import { describe, expect, it } from 'vitest'
import { LanguageTagSchema } from './common'
import { CredentialSchema, NpiSchema, ProviderSchema, isValidNpi, providerDisplayName } from './provider'

const provider = {
  id: '7',
  name: 'Marisol Okafor',
  slug: 'marisol-okafor',
  credentials: ['PT', 'DPT', 'OCS'],
  jobTitle: 'Clinical director',
  photo: null,
  bio: [],
  clinics: ['1'],
  therapies: ['2'],
  conditions: [],
  languages: ['en', 'ES'],
  acceptingNewPatients: true,
  npi: '1234567893',
}

describe('NPI', () => {
  it('accepts a number whose last digit is the Luhn check over 80840 + the first nine', () => {
    // 1234567893 is the worked example of the NPI check-digit standard.
    expect(isValidNpi('1234567893')).toBe(true)
    expect(NpiSchema.parse(' 1234567893 ')).toBe('1234567893')
  })

  it('refuses a mistyped digit, a swapped pair and the wrong length with a message that says so', () => {
    expect(isValidNpi('1234567890')).toBe(false)
    expect(isValidNpi('1234567839')).toBe(false)
    expect(NpiSchema.safeParse('1234567890').error?.issues[0]?.message).toMatch(/check digit/)
    expect(NpiSchema.safeParse('123456789').error?.issues[0]?.message).toMatch(/exactly 10 digits/)
    expect(NpiSchema.safeParse('12345678a3').success).toBe(false)
  })
})

describe('credentials', () => {
  it('takes post-nominal letters as clinicians write them', () => {
    for (const credential of ['PT', 'DPT', 'OCS', 'L.Ac.', 'Ph.D.', 'CSCS']) expect(CredentialSchema.parse(credential)).toBe(credential)
  })

  it('refuses sentences, digits and empty entries', () => {
    for (const credential of ['', 'physical therapist', '3PT', 'PT,DPT', 'ABCDEFGHIJKLM']) {
      expect(CredentialSchema.safeParse(credential).success).toBe(false)
    }
  })

  it('refuses the same credential twice on one provider', () => {
    const result = ProviderSchema.safeParse({ ...provider, credentials: ['PT', 'pt'] })
    expect(result.error?.issues[0]).toMatchObject({ path: ['credentials'], message: 'list each credential once' })
  })
})

describe('provider', () => {
  it('parses a complete provider and stores language tags canonically', () => {
    expect(ProviderSchema.parse(provider).languages).toEqual(['en', 'es'])
  })

  it('refuses a malformed language tag, naming it', () => {
    expect(LanguageTagSchema.safeParse('english language').error?.issues[0]?.message).toContain('"english language"')
  })

  it('allows a reviewer who practises at none of the clinics, and no NPI', () => {
    expect(ProviderSchema.parse({ ...provider, clinics: [] }).clinics).toEqual([])
    expect(ProviderSchema.parse({ ...provider, npi: null }).npi).toBeNull()
  })

  it('shows the name with its credentials', () => {
    expect(providerDisplayName(provider)).toBe('Marisol Okafor, PT, DPT, OCS')
    expect(providerDisplayName({ name: 'Theo Banks', credentials: [] })).toBe('Theo Banks')
  })
})
