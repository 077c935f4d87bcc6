import { appointmentInputFromForm } from '@clinic/schema'
import { readAtMost } from '../security/readAtMost'

/** The body types the endpoint reads. */
export type BodyKind = 'form' | 'json'

export type ReadBodyResult =
  | { ok: true; kind: BodyKind; fields: Record<string, unknown> }
  | { ok: false; status: 400 | 413 | 415; message: string }

const TOO_LARGE = 'The request is too large. Shorten your message and send it again.'
const UNREADABLE = 'The request could not be read; reload the page and try again.'

/** `form` or `json` from a Content-Type header (parameters allowed, charset UTF-8 only), or null. */
export function bodyKindOf(contentType: string | null): BodyKind | null {
  if (!contentType) return null
  const [type = '', ...params] = contentType.split(';').map((part) => part.trim().toLowerCase())
  const charset = params.find((param) => param.startsWith('charset='))?.slice('charset='.length).replace(/^"(.*)"$/, '$1')
  if (charset !== undefined && charset !== 'utf-8' && charset !== 'utf8' && charset !== 'us-ascii') return null
  if (type === 'application/x-www-form-urlencoded') return 'form'
  if (type === 'application/json') return 'json'
  return null
}

/**
 * Reads a request body of at most `maxBytes`: a larger `Content-Length` is refused before
 * reading, and a body without one (chunked) is read only up to the limit. Form bodies become the
 * contract's input shape (repeated names → arrays); JSON must be an object.
 */
export async function readRequestBody(request: Pick<Request, 'headers' | 'body'>, maxBytes: number): Promise<ReadBodyResult> {
  const declared = request.headers.get('content-length')
  if (declared !== null && /^\d+$/.test(declared.trim()) && Number(declared) > maxBytes) {
    await request.body?.cancel().catch(() => undefined)
    return { ok: false, status: 413, message: TOO_LARGE }
  }
  const kind = bodyKindOf(request.headers.get('content-type'))
  if (kind === null) {
    await request.body?.cancel().catch(() => undefined)
    return { ok: false, status: 415, message: 'Send the form as application/x-www-form-urlencoded or application/json (UTF-8).' }
  }

  let bytes: Uint8Array | undefined
  try {
    bytes = await readAtMost(request.body, maxBytes)
  } catch {
    // The client went away or sent a broken stream.
    return { ok: false, status: 400, message: UNREADABLE }
  }
  if (bytes === undefined) return { ok: false, status: 413, message: TOO_LARGE }
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return { ok: false, status: 400, message: UNREADABLE }
  }

  if (kind === 'form') return { ok: true, kind, fields: appointmentInputFromForm(new URLSearchParams(text)) }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return { ok: false, status: 400, message: UNREADABLE }
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) return { ok: false, status: 400, message: UNREADABLE }
  return { ok: true, kind, fields: parsed as Record<string, unknown> }
}
