import type { BrandTheme } from './brand'
import { describe, expect, it } from 'vitest'
import { accessibleTheme, contrastRatio, formatRatio, relativeLuminance, themeContrastChecks } from './contrast'

const failsAll: BrandTheme = { primary: '#7fb3ad', accent: '#f2e8a0', background: '#ffffff', text: '#999999' }

/** Hue in degrees (HSL), to show a correction keeps the colour's hue. */
function hue(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255) as [number, number, number]
  const max = Math.max(r, g, b)
  const d = max - Math.min(r, g, b)
  if (d === 0) return 0
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4
  return (h * 60 + 360) % 360
}

describe('contrastRatio', () => {
  it('gives the WCAG ratios of known pairs', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBe(21)
    expect(contrastRatio('#ffffff', '#ffffff')).toBe(1)
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2)
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2)
  })

  it('does not depend on order or letter case', () => {
    expect(contrastRatio('#FFFFFF', '#1F5C7A')).toBe(contrastRatio('#1f5c7a', '#ffffff'))
  })

  it('rejects anything but #rrggbb', () => {
    expect(() => contrastRatio('#fff', '#000000')).toThrow('"#fff" is not a #rrggbb colour')
  })
})

describe('relativeLuminance', () => {
  it('is 0 for black, 1 for white and weights green most', () => {
    expect(relativeLuminance('#000000')).toBe(0)
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 10)
    expect(relativeLuminance('#00ff00')).toBeGreaterThan(relativeLuminance('#ff0000'))
    expect(relativeLuminance('#ff0000')).toBeGreaterThan(relativeLuminance('#0000ff'))
  })
})

describe('formatRatio', () => {
  it('cuts rather than rounds, so a failing ratio never shows as passing', () => {
    expect(formatRatio(4.4999)).toBe('4.49')
    expect(formatRatio(contrastRatio('#777777', '#ffffff'))).toBe('4.47')
  })
})

describe('accessibleTheme', () => {
  it('returns a passing palette unchanged, without corrections', () => {
    const theme: BrandTheme = { primary: '#1f5c7a', accent: '#b35c00', background: '#ffffff', text: '#1b1f23' }
    expect(themeContrastChecks(theme).every((check) => check.passes)).toBe(true)
    const result = accessibleTheme(theme)
    expect(result.corrections).toEqual([])
    expect(result.theme).toBe(theme)
  })

  it('corrects every failing colour of a palette until each rule passes', () => {
    expect(themeContrastChecks(failsAll).filter((check) => !check.passes).map((check) => check.rule)).toEqual([
      'text on background',
      'white text on primary',
      'primary links on background',
      'accent on background',
    ])
    const { theme, corrections } = accessibleTheme(failsAll)
    for (const check of themeContrastChecks(theme)) expect(check.ratio, check.rule).toBeGreaterThanOrEqual(check.minimum)
    expect(theme.background).toBe('#ffffff')
    expect(corrections).toHaveLength(3)
  })

  it('names the colour, its old and new value and the ratios in each correction', () => {
    const { theme, corrections } = accessibleTheme(failsAll)
    const primaryLine = corrections.find((line) => line.startsWith('primary '))
    expect(primaryLine).toBe(
      `primary #7fb3ad → ${theme.primary}: white text contrast ${formatRatio(contrastRatio('#ffffff', '#7fb3ad'))} → ${formatRatio(contrastRatio('#ffffff', theme.primary))}; ` +
        `link contrast on background ${formatRatio(contrastRatio('#7fb3ad', '#ffffff'))} → ${formatRatio(contrastRatio(theme.primary, '#ffffff'))}`,
    )
    expect(corrections).toContain(
      `text #999999 → ${theme.text}: contrast on background 2.84 → ${formatRatio(contrastRatio(theme.text, '#ffffff'))}`,
    )
    expect(corrections.some((line) => /^accent #f2e8a0 → #[0-9a-f]{6}: contrast on background 1\.\d\d → 3\.\d\d$/.test(line))).toBe(true)
  })

  it('only corrects the failing colour, and no further than needed', () => {
    const { theme, corrections } = accessibleTheme({ primary: '#1f5c7a', accent: '#f2a541', background: '#fbfaf7', text: '#1b1f23' })
    expect(corrections).toHaveLength(1)
    expect(corrections[0]).toMatch(/^accent #f2a541 → /)
    expect(theme).toMatchObject({ primary: '#1f5c7a', background: '#fbfaf7', text: '#1b1f23' })
    const ratio = contrastRatio(theme.accent, theme.background)
    expect(ratio).toBeGreaterThanOrEqual(3)
    expect(ratio).toBeLessThan(3.2)
  })

  it('keeps the hue of a corrected colour', () => {
    const { theme } = accessibleTheme(failsAll)
    expect(Math.abs(hue(theme.primary) - hue(failsAll.primary))).toBeLessThan(3)
    expect(Math.abs(hue(theme.accent) - hue(failsAll.accent))).toBeLessThan(3)
  })

  it('lightens text on a dark background', () => {
    const { theme, corrections } = accessibleTheme({ primary: '#3355ff', accent: '#777777', background: '#000000', text: '#444444' })
    expect(parseInt(theme.text.slice(1, 3), 16)).toBeGreaterThan(0x44)
    expect(contrastRatio(theme.text, theme.background)).toBeGreaterThanOrEqual(4.5)
    expect(corrections[0]).toMatch(/^text #444444 → #[0-9a-f]{6}: contrast on background 2\.1\d → 4\.5\d$/)
  })

  it('moves a mid-dark background when no primary can carry white text and be a visible link on it', () => {
    const { theme, corrections } = accessibleTheme({ primary: '#3355ff', accent: '#222222', background: '#333333', text: '#444444' })
    expect(theme.background).not.toBe('#333333')
    expect(corrections[0]).toMatch(/^background #333333 → #[0-9a-f]{6}: no primary colour can carry white text/)
    for (const check of themeContrastChecks(theme)) expect(check.passes, check.rule).toBe(true)
  })

  it('always returns a passing palette, whatever the colours', () => {
    // A fixed pseudo-random sequence, so the test is the same on every run.
    let seed = 7
    const next = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return `#${(seed % 0x1000000).toString(16).padStart(6, '0')}`
    }
    for (let i = 0; i < 60; i++) {
      const input: BrandTheme = { primary: next(), accent: next(), background: next(), text: next() }
      const { theme } = accessibleTheme(input)
      const failing = themeContrastChecks(theme).filter((check) => !check.passes)
      expect(failing, JSON.stringify(input)).toEqual([])
    }
  })
})
