import { createHmac, timingSafeEqual } from 'node:crypto'

/**
 * Signed, expiring preview links. The signature covers the collection, the document id and the
 * expiry time, with a key derived from PAYLOAD_SECRET for this purpose only; a link cannot be
 * moved to another document or kept alive past its expiry. The link alone grants nothing: the
 * preview endpoint also requires a logged-in user who may read the draft (its brand's staff).
 */
export interface PreviewGrant {
  collection: string
  id: string
  /** Milliseconds since the epoch. */
  expires: number
}

const keyOf = (secret: string) => createHmac('sha256', secret).update('clinic-cms draft preview v1').digest()

export function signPreview(grant: PreviewGrant, secret: string): string {
  return createHmac('sha256', keyOf(secret)).update(`${grant.collection}\n${grant.id}\n${grant.expires}`).digest('base64url')
}

export type PreviewCheck = { ok: true } | { ok: false; reason: 'malformed' | 'expired' | 'bad-signature' }

/** Checks a link's `expires` and `sig` query values against the document it names. */
export function verifyPreview(
  link: { collection: string; id: string; expires: string | null | undefined; sig: string | null | undefined },
  secret: string,
  now = Date.now(),
): PreviewCheck {
  if (typeof link.expires !== 'string' || !/^\d{1,15}$/.test(link.expires) || typeof link.sig !== 'string' || !/^[\w-]{43}$/.test(link.sig)) {
    return { ok: false, reason: 'malformed' }
  }
  const expires = Number(link.expires)
  const expected = Buffer.from(signPreview({ collection: link.collection, id: link.id, expires }, secret))
  const given = Buffer.from(link.sig)
  // Signature first, so an expired forgery is reported as a forgery.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, reason: 'bad-signature' }
  if (expires <= now) return { ok: false, reason: 'expired' }
  return { ok: true }
}

/** The path (below the CMS origin) of a signed preview link that works for `ttlMs`. */
export function previewPath(grant: Omit<PreviewGrant, 'expires'>, secret: string, ttlMs: number, now = Date.now()): string {
  const expires = now + ttlMs
  const sig = signPreview({ ...grant, expires }, secret)
  return `/api/${encodeURIComponent(grant.collection)}/${encodeURIComponent(grant.id)}/preview?expires=${expires}&sig=${sig}`
}
