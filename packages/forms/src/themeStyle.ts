/** A brand's colours, `#rrggbb`: pass the AA-corrected palette (`accessibleTheme` of `@clinic/schema`). */
export interface AppointmentPageTheme {
  primary: string
  accent: string
  background: string
  text: string
}

const HEX = /^#[0-9a-fA-F]{6}$/

/**
 * The brand's colours as the CSS custom properties the site's and the form's CSS read
 * (`--color-primary`, `--color-accent`, `--color-background`, `--color-text`), for the `style`
 * attribute of `<html>`: the brand pages and the CMS's error page use this one function. The
 * values go into a style attribute, so anything but a `#rrggbb` colour is refused.
 */
export function themeStyle(theme: AppointmentPageTheme): string {
  const entries = Object.entries({ primary: theme.primary, accent: theme.accent, background: theme.background, text: theme.text })
  for (const [name, value] of entries) {
    if (!HEX.test(value)) throw new Error(`theme.${name} must be a #rrggbb colour, got ${JSON.stringify(value)}`)
  }
  return entries.map(([name, value]) => `--color-${name}: ${value.toLowerCase()}`).join('; ')
}
