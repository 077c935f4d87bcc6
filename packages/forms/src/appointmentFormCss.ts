/*
 * The form's styles. They read the brand site's custom properties (`--color-primary`,
 * `--color-accent`, `--color-background`, `--color-text`, set on <html> from the brand's
 * AA-corrected palette) and fall back to neutral colours without them. Every class starts
 * with `af-`, so the form looks the same on a brand site and on the CMS's error page.
 *
 * The error colour is red mixed with the text colour: dark red on light themes, light red on
 * dark ones, so error text keeps roughly the text colour's contrast with the background
 * (AA). Errors are never told by colour alone: each has the text "Error:" for screen readers,
 * a bold message and a bar beside the field.
 */
const CSS = `
.af {
  --af-fg: var(--color-text, #1b1f23);
  --af-bg: var(--color-background, #fff);
  --af-primary: var(--color-primary, #1f5c7a);
  --af-focus: var(--color-accent, #1f5c7a);
  --af-error: color-mix(in srgb, #c8102e 55%, var(--af-fg));
  --af-line: color-mix(in srgb, var(--af-fg) 75%, var(--af-bg));
  max-width: 40rem;
}
.af-field, .af-group {
  margin: 0 0 1.25rem;
  padding: 0;
  border: 0;
  min-width: 0;
}
.af-field:has(> .af-error) {
  padding-left: 0.9rem;
  border-left: 0.3rem solid var(--af-error);
}
.af-label {
  display: block;
  margin: 0 0 0.25rem;
  padding: 0;
  font-weight: 600;
}
.af-group > .af-label {
  font-size: 1.1rem;
}
.af-hint, .af-fixed {
  margin: 0 0 0.4rem;
}
.af-error {
  margin: 0 0 0.4rem;
  color: var(--af-error);
  font-weight: 700;
}
input.af-control, select.af-control, textarea.af-control {
  display: block;
  width: 100%;
  min-height: 2.75rem;
  margin: 0;
  padding: 0.5rem 0.65rem;
  border: 2px solid var(--af-line);
  border-radius: 0.3rem;
  background: var(--af-bg);
  color: var(--af-fg);
  font: inherit;
}
textarea.af-control {
  min-height: 8rem;
  resize: vertical;
}
.af-control[aria-invalid='true'] {
  border-color: var(--af-error);
  border-width: 3px;
}
.af-choices {
  display: grid;
  grid-template-columns: repeat(auto-fill, minmax(min(100%, 8.5rem), 1fr));
  gap: 0 1rem;
}
.af-choice {
  display: flex;
  align-items: flex-start;
  gap: 0.65rem;
  min-height: 2.75rem;
}
.af-choice input {
  flex: none;
  width: 1.5rem;
  height: 1.5rem;
  margin: 0.6rem 0 0;
  accent-color: var(--af-primary);
}
.af-choice label {
  flex: 1;
  padding-block: 0.55rem;
  cursor: pointer;
}
.af *:focus-visible, .af-summary:focus, .af-confirmation:focus {
  outline: 3px solid var(--af-focus);
  outline-offset: 2px;
}
.af-summary {
  margin: 0 0 1.5rem;
  padding: 1rem 1.25rem;
  border: 4px solid var(--af-error);
  border-radius: 0.3rem;
}
.af-summary-title {
  margin: 0 0 0.5rem;
  font-size: 1.25rem;
}
.af-summary p {
  margin: 0 0 0.5rem;
}
.af-summary-list {
  margin: 0;
  padding-left: 1.25rem;
}
.af-summary-list a {
  color: var(--af-error);
  font-weight: 700;
}
.af-submit {
  min-height: 2.75rem;
  padding: 0.6rem 1.4rem;
  border: 0;
  border-radius: 0.4rem;
  background: var(--af-primary);
  color: #fff;
  font: inherit;
  font-weight: 600;
  cursor: pointer;
}
.af-submit:hover {
  text-decoration: underline;
}
.af-submit:disabled {
  cursor: progress;
  opacity: 0.75;
}
.af-confirmation {
  margin: 0 0 1.5rem;
  padding: 1rem 1.25rem;
  border-left: 0.3rem solid var(--color-primary, #1f5c7a);
  background: color-mix(in srgb, var(--color-primary, #1f5c7a) 8%, var(--color-background, #fff));
}
.af-confirmation > :first-child {
  margin-top: 0;
}
.af-hp {
  position: absolute;
  left: -10000px;
  top: auto;
  width: 1px;
  height: 1px;
  overflow: hidden;
}
`

/** Collapses the readable source above: no indentation, line breaks or spaces around punctuation. */
function compactCss(css: string): string {
  return css
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};:,>])\s*/g, '$1')
    .replace(/;}/g, '}')
    .trim()
}

/**
 * The form's CSS (about 1 KB gzipped), for a `<style>` element on every page that shows the
 * form. Plain text: no value in it comes from a brand or a visitor.
 */
export const APPOINTMENT_FORM_CSS: string = compactCss(CSS)
