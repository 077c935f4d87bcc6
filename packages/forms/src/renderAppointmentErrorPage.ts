import { APPOINTMENT_FORM_CSS } from './appointmentFormCss'
import { APPOINTMENT_FORM_SCRIPT } from './appointmentFormScript'
import type { AppointmentFormOptions } from './appointmentFormOptions'
import { ERROR_TITLE_PREFIX } from './formText'
import { element, escapeHtml, requireAbsoluteUrl } from './html'
import { renderAppointmentForm } from './renderAppointmentForm'
import { type AppointmentPageTheme, themeStyle } from './themeStyle'
import { VISUALLY_HIDDEN_CSS } from './visuallyHidden'

export interface AppointmentErrorPageOptions {
  /**
   * The form as the visitor sent it: the same options the brand site used, plus `values`
   * (what they entered) and `errors` (at least one). For an answer about the request as a
   * whole, such as too many requests (429) or the service being down (503), pass only
   * `errors: { form: message }`: the page then shows that message above the form with the
   * visitor's values kept, ready to send again.
   */
  form: Omit<AppointmentFormOptions, 'variant' | 'headingLevel'>
  /** The brand site's home page (absolute): the header links to it, and so does "Back to …". */
  siteUrl: string
  /** The brand's colours, `#rrggbb`: the AA-corrected palette the brand site uses. */
  theme: AppointmentPageTheme
  /** Page heading and the rest of the `<title>`; default "Request an appointment". */
  title?: string
  /** A CSP nonce for the page's one inline `<style>` and one inline `<script>`, when the CMS sends a Content-Security-Policy. */
  cspNonce?: string
}

/** The page around the form: the brand's band and readable text. */
const PAGE_CSS = [
  '*,*::before,*::after{box-sizing:border-box}',
  ':root{color-scheme:light;font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;line-height:1.6;color:var(--color-text);background:var(--color-background);-webkit-text-size-adjust:100%}',
  'body{margin:0;overflow-wrap:break-word}',
  'a{color:var(--color-primary)}',
  ':focus-visible{outline:3px solid var(--color-accent);outline-offset:2px}',
  '.page-header{background:var(--color-primary);border-bottom:.3rem solid var(--color-accent)}',
  '.page-header a{display:inline-block;padding:.9rem 0;color:#fff;font-weight:700;font-size:1.125rem;text-decoration:none}',
  '.page-header a:focus-visible{outline-color:#fff}',
  '.container{max-width:46rem;margin-inline:auto;padding-inline:1rem}',
  'main{padding-block:1rem 2.5rem}',
  'h1{font-size:clamp(1.75rem,6vw,2.25rem);line-height:1.25}',
].join('')

/**
 * A whole HTML document for the CMS to answer a request sent without JavaScript that it
 * could not accept: the brand's name and colours, `<title>` starting with "Error: " (the
 * first thing a screen reader announces; a page cannot autofocus the summary without
 * JavaScript), the error summary and the form with the visitor's values, and a link back to
 * the brand site. `noindex`; nothing is loaded from elsewhere (the CSS and the script are
 * inline, and the script then moves focus to the summary). The HTTP status is the CMS's choice.
 */
export function renderAppointmentErrorPage(options: AppointmentErrorPageOptions): string {
  const errors = options.form.errors ?? {}
  if (Object.values(errors).every((message) => message === undefined)) throw new Error('renderAppointmentErrorPage needs at least one error to show (form.errors)')
  const siteUrl = requireAbsoluteUrl(options.siteUrl, 'siteUrl')
  const brandName = options.form.brand.name
  const title = options.title ?? 'Request an appointment'
  const nonce = options.cspNonce === undefined ? {} : { nonce: options.cspNonce }
  const form = renderAppointmentForm({ ...options.form, variant: 'full', headingLevel: 2 })
  return [
    '<!doctype html>',
    `<html lang="en" style="${escapeHtml(themeStyle(options.theme))}">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="robots" content="noindex">',
    `<title>${escapeHtml(`${ERROR_TITLE_PREFIX}${title} | ${brandName}`)}</title>`,
    element('style', nonce, PAGE_CSS + VISUALLY_HIDDEN_CSS + APPOINTMENT_FORM_CSS),
    '</head>',
    '<body>',
    element('header', { class: 'page-header' }, element('div', { class: 'container' }, element('a', { href: siteUrl }, escapeHtml(brandName)))),
    element(
      'main',
      { id: 'main', class: 'container' },
      element('h1', {}, escapeHtml(title)) + form + element('p', {}, element('a', { href: siteUrl }, escapeHtml(`Back to the ${brandName} website`))),
    ),
    element('script', { type: 'module', ...nonce }, APPOINTMENT_FORM_SCRIPT),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
