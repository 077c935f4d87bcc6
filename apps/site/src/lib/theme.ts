import type { BrandTheme } from '@clinic/schema'

/**
 * The brand's colours as CSS custom properties for a `style` attribute. The values are
 * `#rrggbb` strings validated by the schema, so nothing an editor types reaches the CSS.
 */
export function themeStyle(theme: BrandTheme): string {
  return [
    `--color-primary: ${theme.primary}`,
    `--color-accent: ${theme.accent}`,
    `--color-background: ${theme.background}`,
    `--color-text: ${theme.text}`,
  ].join('; ')
}
