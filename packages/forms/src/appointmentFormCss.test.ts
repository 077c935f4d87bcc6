import { describe, expect, it } from 'vitest'
import { APPOINTMENT_FORM_CSS } from './appointmentFormCss'

/** WCAG 2.x relative luminance and contrast, to check the error colour the CSS mixes. */
const channel = (value: number) => {
  const c = value / 255
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
}
const rgb = (hex: string) => [1, 3, 5].map((index) => parseInt(hex.slice(index, index + 2), 16)) as [number, number, number]
const luminance = ([r, g, b]: readonly number[]) => 0.2126 * channel(r ?? 0) + 0.7152 * channel(g ?? 0) + 0.0722 * channel(b ?? 0)
const contrast = (a: readonly number[], b: readonly number[]) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}
/** `color-mix(in srgb, a p%, b)`. */
const mix = (a: readonly number[], b: readonly number[], p: number) => a.map((value, index) => value * p + (b[index] ?? 0) * (1 - p))

describe('APPOINTMENT_FORM_CSS', () => {
  it('paints with the site’s colour properties', () => {
    for (const property of ['--color-primary', '--color-accent', '--color-background', '--color-text']) expect(APPOINTMENT_FORM_CSS).toContain(`var(${property}`)
  })

  it('gives controls, choices and the button 44 px targets and shows keyboard focus', () => {
    expect(APPOINTMENT_FORM_CSS.match(/min-height:2\.75rem/g)?.length).toBeGreaterThanOrEqual(3)
    expect(APPOINTMENT_FORM_CSS).toMatch(/\.af \*:focus-visible[^{]*\{outline:3px solid var\(--af-focus\)/)
    // Nothing wider than a 360 px screen: the controls fill their column, the choices wrap.
    expect(APPOINTMENT_FORM_CSS).toContain('width:100%')
    expect(APPOINTMENT_FORM_CSS).toContain('minmax(min(100%,8.5rem),1fr)')
  })

  it('mixes an error colour with AA contrast on light and dark brand palettes', () => {
    const share = Number(/--af-error:color-mix\(in srgb,#c8102e (\d+)%,var\(--af-fg\)\)/.exec(APPOINTMENT_FORM_CSS)?.[1]) / 100
    expect(share).toBeGreaterThan(0)
    const palettes = [
      { text: '#1b1f23', background: '#fbfaf7' }, // the fixture brand
      { text: '#222222', background: '#ffffff' },
      { text: '#3d3d3d', background: '#fff8e7' }, // grey text on cream, just AA itself
      { text: '#f4f4f4', background: '#121212' }, // a dark theme
    ]
    for (const { text, background } of palettes) {
      expect(contrast(rgb(text), rgb(background)), `${text} on ${background} itself`).toBeGreaterThanOrEqual(4.5)
      const error = mix(rgb('#c8102e'), rgb(text), share)
      expect(contrast(error, rgb(background)), `error colour on ${background}`).toBeGreaterThanOrEqual(4.5)
    }
  })
})
