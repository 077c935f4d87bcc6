import type { BrandTheme } from './brand'

/*
 * WCAG 2.x contrast, and a brand palette nudged until the site's colour pairs meet level AA.
 * Editors pick brand colours for looks; the site must stay readable whatever they pick, so
 * failing colours are corrected at build time and every correction is reported.
 */

/** WCAG 2.x AA minimum for body text (1.4.3). */
export const AA_TEXT_MINIMUM = 4.5

/** WCAG 2.x AA minimum for focus indicators and other non-text UI (1.4.11). */
export const AA_NON_TEXT_MINIMUM = 3

const WHITE = '#ffffff'
const BLACK = '#000000'

/** Mixing steps from a colour to black or white: 1 % each, so a correction moves a colour no further than needed. */
const STEPS = 100

type Rgb = readonly [number, number, number]

function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex)
  if (match === null) throw new Error(`"${hex}" is not a #rrggbb colour`)
  return [parseInt(match[1] ?? '', 16), parseInt(match[2] ?? '', 16), parseInt(match[3] ?? '', 16)]
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((channel) => channel.toString(16).padStart(2, '0')).join('')}`
}

/** `amount` (0–1) of the way from `from` to `to`, per sRGB channel; mixing towards black or white keeps the hue. */
function mix(from: string, to: string, amount: number): string {
  const [r1, g1, b1] = parseHex(from)
  const [r2, g2, b2] = parseHex(to)
  const lerp = (a: number, b: number) => Math.round(a + (b - a) * amount)
  return toHex([lerp(r1, r2), lerp(g1, g2), lerp(b1, b2)])
}

/** Linear-light value of each 8-bit sRGB channel value; the searches below compute many luminances. */
const LINEAR = Array.from({ length: 256 }, (_, channel) => {
  const c = channel / 255
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
})

/**
 * Relative luminance of a `#rrggbb` colour (0 for black, 1 for white), as WCAG 2.x defines it.
 * The linearisation threshold is the sRGB standard's 0.04045; WCAG 2.0's 0.03928 gives the same
 * result for every 8-bit channel value.
 */
export function relativeLuminance(hex: string): number {
  const [r, g, b] = parseHex(hex).map((channel) => LINEAR[channel] ?? 0) as [number, number, number]
  return 0.2126 * r + 0.7152 * g + 0.0722 * b
}

/** WCAG 2.x contrast ratio of two `#rrggbb` colours, from 1 (same luminance) to 21 (black on white); order does not matter. */
export function contrastRatio(a: string, b: string): number {
  const la = relativeLuminance(a)
  const lb = relativeLuminance(b)
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05)
}

/**
 * A ratio for people to read, cut (not rounded) to two decimals as WebAIM's checker shows it,
 * so a failing 4.497 never reads as a passing 4.50.
 */
export function formatRatio(ratio: number): string {
  return (Math.floor(ratio * 100) / 100).toFixed(2)
}

/** One colour pair the site paints, and whether it meets its minimum. */
export interface ContrastCheck {
  /** What the pair is used for, e.g. `white text on primary`. */
  rule: string
  foreground: string
  background: string
  ratio: number
  minimum: number
  passes: boolean
}

function check(rule: string, foreground: string, background: string, minimum: number): ContrastCheck {
  const ratio = contrastRatio(foreground, background)
  return { rule, foreground, background, ratio, minimum, passes: ratio >= minimum }
}

/**
 * Every colour pair the site paints from a theme: body text on the background, white text on
 * `primary` (header band, buttons), `primary` links on the background, and the `accent` focus
 * ring / band against the background.
 */
export function themeContrastChecks(theme: BrandTheme): ContrastCheck[] {
  return [
    check('text on background', theme.text, theme.background, AA_TEXT_MINIMUM),
    check('white text on primary', WHITE, theme.primary, AA_TEXT_MINIMUM),
    check('primary links on background', theme.primary, theme.background, AA_TEXT_MINIMUM),
    check('accent on background', theme.accent, theme.background, AA_NON_TEXT_MINIMUM),
  ]
}

/**
 * The colour nearest to `color` that satisfies `passes`, found by mixing it towards black or
 * towards white in 1 % steps, whichever passes in fewer steps (darker on a tie). Null when
 * neither direction ever passes.
 */
function nearestPassing(color: string, passes: (candidate: string) => boolean): string | null {
  const towards = (target: string) => {
    for (let step = 0; step <= STEPS; step++) {
      const candidate = mix(color, target, step / STEPS)
      if (passes(candidate)) return { candidate, step }
    }
    return null
  }
  const darker = towards(BLACK)
  const lighter = towards(WHITE)
  if (darker === null) return lighter?.candidate ?? null
  if (lighter === null) return darker.candidate
  return lighter.step < darker.step ? lighter.candidate : darker.candidate
}

/** A minimum one colour of the theme must meet, measured against the (final) background. */
interface Requirement {
  /** How the correction line names it, e.g. `white text contrast`. */
  label: string
  ratio: (candidate: string, background: string) => number
  minimum: number
}

/** What each corrected colour must meet; `background` is the reference the others are fixed against. */
const REQUIREMENTS: Record<Exclude<keyof BrandTheme, 'background'>, Requirement[]> = {
  text: [{ label: 'contrast on background', ratio: (text, background) => contrastRatio(text, background), minimum: AA_TEXT_MINIMUM }],
  primary: [
    { label: 'white text contrast', ratio: (primary) => contrastRatio(WHITE, primary), minimum: AA_TEXT_MINIMUM },
    { label: 'link contrast on background', ratio: (primary, background) => contrastRatio(primary, background), minimum: AA_TEXT_MINIMUM },
  ],
  accent: [{ label: 'contrast on background', ratio: (accent, background) => contrastRatio(accent, background), minimum: AA_NON_TEXT_MINIMUM }],
}

function meets(requirements: readonly Requirement[], candidate: string, background: string): boolean {
  return requirements.every((requirement) => requirement.ratio(candidate, background) >= requirement.minimum)
}

/** A palette that meets AA, and one line per colour that had to change. */
export interface AccessibleTheme {
  theme: BrandTheme
  /** E.g. `primary #7fb3ad → #3d6d68: white text contrast 2.31 → 4.62`; empty when nothing changed. */
  corrections: string[]
}

/** Corrected palettes by their colours. */
const cache = new Map<string, AccessibleTheme>()

/**
 * Returns `theme` corrected so every pair of {@link themeContrastChecks} passes: each failing
 * colour is mixed towards black or white (keeping its hue) just until it passes, and the change
 * is described in `corrections`. A passing palette comes back unchanged, with no corrections.
 *
 * The background is the reference and stays as chosen, with one exception: on a mid-dark
 * background no `primary` can both carry white text and stand out as a link, so there the
 * background itself moves the fewest steps that make such a `primary` possible.
 */
export function accessibleTheme(theme: BrandTheme): AccessibleTheme {
  // Every page's layout asks for the same palette; the search on a dark background is not free.
  const key = `${theme.primary}${theme.accent}${theme.background}${theme.text}`
  let result = cache.get(key)
  if (result === undefined) {
    result = correct(theme)
    cache.set(key, result)
  }
  return result.corrections.length === 0 ? { theme, corrections: [] } : { theme: { ...result.theme }, corrections: [...result.corrections] }
}

function correct(theme: BrandTheme): AccessibleTheme {
  const corrections: string[] = []
  const primaryPossibleOn = (background: string) => nearestPassing(theme.primary, (primary) => meets(REQUIREMENTS.primary, primary, background)) !== null

  let background = theme.background
  if (!primaryPossibleOn(background)) {
    // On white, a black primary passes both rules, so some lighter background always works.
    const moved = nearestPassing(background, primaryPossibleOn) ?? WHITE
    corrections.push(`background ${background} → ${moved}: no primary colour can carry white text and also stand out as a link on ${background}`)
    background = moved
  }

  const fix = (name: keyof typeof REQUIREMENTS): string => {
    const color = theme[name]
    const requirements = REQUIREMENTS[name]
    if (meets(requirements, color, background)) return color
    // Text, accent and (after the background check above) primary always have a passing colour
    // within reach: either black or white contrasts at least 4.58:1 with any background.
    const fixed = nearestPassing(color, (candidate) => meets(requirements, candidate, background))
    if (fixed === null) throw new Error(`No ${name} colour near ${color} meets WCAG AA on background ${background}`)
    const changes = requirements
      .filter((requirement) => requirement.ratio(color, background) < requirement.minimum)
      .map((requirement) => `${requirement.label} ${formatRatio(requirement.ratio(color, background))} → ${formatRatio(requirement.ratio(fixed, background))}`)
    corrections.push(`${name} ${color} → ${fixed}: ${changes.join('; ')}`)
    return fixed
  }

  const text = fix('text')
  const primary = fix('primary')
  const accent = fix('accent')
  const corrected: BrandTheme = { primary, accent, background, text }
  return corrections.length === 0 ? { theme, corrections } : { theme: corrected, corrections }
}
