/*
 * The security headers of everything the CMS serves: the admin's pages (src/proxy.ts) and the
 * API's answers (src/security/withApiHeaders.ts). Each function returns header name → value.
 */

interface HeaderOptions {
  /** The CMS is served over HTTPS (SERVER_URL): browsers are told to keep to it. */
  https: boolean
}

/** Headers every answer carries, whatever its type. */
export function commonSecurityHeaders({ https }: HeaderOptions): Record<string, string> {
  return {
    'X-Content-Type-Options': 'nosniff',
    // Nothing the CMS serves needs these; an injected script gets none of them either.
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
    ...(https ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  }
}

interface AdminPolicyOptions extends HeaderOptions {
  /** A fresh random value per response: Next puts it on every script it renders. */
  nonce: string
  /** `next dev`: React and the bundler's hot reloading evaluate code and talk over a websocket. */
  dev: boolean
  /** Origins the admin shows images from besides its own: media in object storage (S3_PUBLIC_URL). */
  imageOrigins?: readonly string[]
}

/**
 * The admin's Content-Security-Policy: scripts only from the CMS and with this response's nonce,
 * no plugins, no framing by other sites (clickjacking), forms and connections to the CMS only.
 * Styles may be inline: the admin's components set style attributes.
 */
export function adminContentSecurityPolicy({ nonce, dev, https, imageOrigins = [] }: AdminPolicyOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'${dev ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    ["img-src 'self'", ...imageOrigins, 'data: blob:'].join(' '),
    "font-src 'self' data:",
    `connect-src 'self'${dev ? ' ws: wss:' : ''}`,
    "media-src 'self' blob:",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "frame-ancestors 'self'",
    "form-action 'self'",
    "base-uri 'self'",
    "object-src 'none'",
    ...(https ? ['upgrade-insecure-requests'] : []),
  ]
  return directives.join('; ')
}

/** Headers of the admin's pages, besides {@link commonSecurityHeaders}. */
export function adminHeaders(options: AdminPolicyOptions): Record<'Content-Security-Policy' | 'Referrer-Policy' | 'X-Frame-Options', string> {
  return {
    'Content-Security-Policy': adminContentSecurityPolicy(options),
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    // For browsers that predate frame-ancestors.
    'X-Frame-Options': 'SAMEORIGIN',
  }
}

/**
 * Headers of API answers that set none of their own: JSON and files need no scripts, styles or
 * framing at all (an uploaded SVG opened from the API cannot run a script either). Answers that
 * are pages (the draft preview, the appointment form's error page) set their own policy.
 */
export function apiHeaders(): Record<string, string> {
  return {
    'Content-Security-Policy': "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'",
    'Referrer-Policy': 'no-referrer',
    'X-Frame-Options': 'DENY',
  }
}
