import { describe, expect, it } from 'vitest'
import { SLUG_MAX_LENGTH, SlugSchema, isSlug, toSlug } from './slug'

describe('SlugSchema and isSlug', () => {
  it.each(['dry-needling-vs-massage', 'a', '2026-guide', 'x'.repeat(SLUG_MAX_LENGTH)])('accepts %s', (value) => {
    expect(SlugSchema.parse(value)).toBe(value)
    expect(isSlug(value)).toBe(true)
  })

  it.each([
    ['Dry-Needling', 'slug may contain only a-z, 0-9 and single hyphens between words'],
    ['dry--needling', 'slug may contain only a-z, 0-9 and single hyphens between words'],
    ['-dry-needling', 'slug may contain only a-z, 0-9 and single hyphens between words'],
    ['dry-needling-', 'slug may contain only a-z, 0-9 and single hyphens between words'],
    ['dry needling', 'slug may contain only a-z, 0-9 and single hyphens between words'],
    ['dry_needling', 'slug may contain only a-z, 0-9 and single hyphens between words'],
    ['crème-brûlée', 'slug may contain only a-z, 0-9 and single hyphens between words'],
    ['', 'slug must not be empty'],
    ['x'.repeat(SLUG_MAX_LENGTH + 1), `slug must be at most ${SLUG_MAX_LENGTH} characters`],
  ])('rejects %j', (value, message) => {
    const result = SlugSchema.safeParse(value)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => issue.message)).toContain(message)
    expect(isSlug(value)).toBe(false)
  })
})

describe('toSlug', () => {
  it('lower-cases and hyphenates a title, dropping punctuation', () => {
    expect(toSlug('Dry Needling vs. Massage: What’s the Difference?')).toBe('dry-needling-vs-massage-whats-the-difference')
    expect(toSlug("Don't Panic!")).toBe('dont-panic')
    expect(toSlug('  Neck   pain -- the basics  ')).toBe('neck-pain-the-basics')
  })

  it('transliterates accented letters', () => {
    expect(toSlug('Crème Brûlée & Café')).toBe('creme-brulee-and-cafe')
    expect(toSlug('ÉCOLE 2026')).toBe('ecole-2026')
    expect(toSlug('Größe')).toBe('groesse')
  })

  it('does not split camelCase words', () => {
    expect(toSlug('PhysioPlus Guide')).toBe('physioplus-guide')
  })

  it('returns an empty string when nothing is left', () => {
    expect(toSlug('!!!')).toBe('')
    expect(toSlug('   ')).toBe('')
    expect(toSlug('')).toBe('')
  })

  it('cuts a long title at a hyphen to at most 80 characters', () => {
    const words = ['recovering', 'from', 'a', 'stubborn', 'shoulder', 'injury', 'with', 'physical', 'therapy', 'exercise', 'and', 'patience', 'over', 'several', 'months']
    const full = words.join('-')
    expect(full.length).toBeGreaterThan(SLUG_MAX_LENGTH)

    const slug = toSlug(words.map((word) => word[0]!.toUpperCase() + word.slice(1)).join(' '))
    expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
    expect(isSlug(slug)).toBe(true)
    expect(full.startsWith(`${slug}-`)).toBe(true)
    expect(slug).toBe('recovering-from-a-stubborn-shoulder-injury-with-physical-therapy-exercise-and')
  })

  it('keeps a slug of exactly 80 characters whole', () => {
    const title = `${'a'.repeat(39)} ${'b'.repeat(40)}`
    expect(toSlug(title)).toBe(`${'a'.repeat(39)}-${'b'.repeat(40)}`)
    expect(toSlug(title)).toHaveLength(SLUG_MAX_LENGTH)
  })

  it('cuts where the 81st character is a hyphen without leaving a trailing hyphen', () => {
    const title = `${'a'.repeat(80)} tail`
    expect(toSlug(title)).toBe('a'.repeat(80))
  })

  it('hard-cuts a single word longer than 80 characters', () => {
    const slug = toSlug('x'.repeat(120))
    expect(slug).toBe('x'.repeat(SLUG_MAX_LENGTH))
    expect(isSlug(slug)).toBe(true)
  })

  it.each(['Ünïcödé — Physiotherapy and Rehabilitation '.repeat(5), 'Q&A: 10 Questions About Knee Pain, Answered by Our Therapists (2026 Edition), Part Two of Three'])(
    'always yields a valid slug for %j',
    (title) => {
      const slug = toSlug(title)
      expect(isSlug(slug)).toBe(true)
      expect(slug.length).toBeLessThanOrEqual(SLUG_MAX_LENGTH)
    },
  )
})
