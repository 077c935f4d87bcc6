import { describe, expect, it } from 'vitest'
import { KnownNames } from './knownNames'
import { therapies } from './testNodes'

const names = new KnownNames(therapies)

describe('KnownNames', () => {
  it('finds therapies by name and alias, in any case, with plurals and hyphens', () => {
    expect(names.mentioned('Most MASSAGES relax; dry-needling targets knots, like acupuncture.')).toEqual(['Massage therapy', 'Dry needling', 'Acupuncture'])
  })

  it('counts "Massage therapy" as one mention, not the alias "Massage" and a rest', () => {
    expect(names.mentions('Massage therapy helps.')).toEqual([{ name: 'Massage therapy', index: 0, end: 15 }])
  })

  it('does not find a name inside another word', () => {
    expect(names.mentioned('Acupunctures and acupuncturists differ.')).toEqual(['Acupuncture'])
    expect(names.mentioned('A massager is a device.')).toEqual([])
  })

  it('reads a table header cell as one therapy, without "vs." or an abbreviation in parentheses', () => {
    expect(names.label('Dry Needling (DN)')).toBe('Dry needling')
    expect(names.label('vs. Massage')).toBe('Massage therapy')
    expect(names.label('Acupuncture vs')).toBe('Acupuncture')
    expect(names.label('Sports massage')).toBe('Massage therapy')
  })

  it('reads a corner cell or a cell naming two therapies as no therapy', () => {
    expect(names.label('Feature')).toBeNull()
    expect(names.label('')).toBeNull()
    expect(names.label('Dry needling vs. massage')).toBeNull()
    expect(names.label('What a massage session at our clinic usually feels like')).toBeNull()
  })

  it('learns an abbreviation a post defines, and matches it only in capitals', () => {
    const withDn = names.withAbbreviationsFrom(['Dry needling (DN) uses thin needles.'])
    expect(withDn.mentioned('DN sessions are short.')).toEqual(['Dry needling'])
    expect(withDn.mentioned('dn sessions are short.')).toEqual([])
    expect(names.mentioned('DN sessions are short.')).toEqual([])
  })
})
