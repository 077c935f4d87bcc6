import { REST_POST } from '@payloadcms/next/routes'
import config from '../../../src/payload.config'

// Import this module dynamically after `startPayload`: the config reads the environment once, at import.

const post = REST_POST(config)

/**
 * Sends a POST with a multipart form, a stream or text through Payload's real REST handler, as
 * the admin's upload forms do. A form is encoded up front and sent with its length, as browsers
 * send forms; `init.headers` may set Content-Type and Content-Length for requests no browser
 * would send.
 */
export async function restPost(pathname: string, init: { headers?: Record<string, string>; body?: FormData | ReadableStream<Uint8Array> | string } = {}): Promise<Response> {
  let headers = init.headers ?? {}
  let body: BodyInit | undefined = init.body
  if (init.body instanceof FormData) {
    const encoded = new Response(init.body)
    const bytes = new Uint8Array(await encoded.arrayBuffer())
    headers = { 'Content-Type': encoded.headers.get('content-type') ?? '', 'Content-Length': String(bytes.byteLength), ...headers }
    body = bytes
  }
  const request = new Request(`http://cms.test/api${pathname}`, { method: 'POST', headers, body, duplex: 'half' } as RequestInit)
  const slug = pathname.split('?')[0]?.split('/').filter(Boolean) ?? []
  return post(request, { params: Promise.resolve({ slug }) })
}

/** A multipart form of text fields and files (name → bytes). */
export function formOf(fields: Record<string, string>, files: { name: string; bytes: Uint8Array | string }[] = []): FormData {
  const form = new FormData()
  for (const [name, value] of Object.entries(fields)) form.set(name, value)
  for (const file of files) form.append('files', new Blob([typeof file.bytes === 'string' ? file.bytes : Buffer.from(file.bytes)]), file.name)
  return form
}
