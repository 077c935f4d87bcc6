import { REST_DELETE, REST_GET, REST_PATCH, REST_POST } from '@payloadcms/next/routes'
import config from '../../../src/payload.config'

// Import this module dynamically after `startPayload`: the config reads the environment once, at import.

const handlers = {
  GET: REST_GET(config),
  POST: REST_POST(config),
  PATCH: REST_PATCH(config),
  DELETE: REST_DELETE(config),
}

/**
 * Sends a request through Payload's real REST handler (the one the Next route uses), so auth
 * headers, routing and status codes are exercised exactly as over HTTP. A `body` is sent as JSON.
 */
export async function restRequest(
  method: keyof typeof handlers,
  pathname: string,
  { headers = {}, body }: { headers?: Record<string, string>; body?: unknown } = {},
): Promise<Response> {
  const init: RequestInit = { method, headers: { ...headers } }
  if (body !== undefined) {
    init.body = JSON.stringify(body)
    init.headers = { ...headers, 'Content-Type': 'application/json' }
  }
  const request = new Request(`http://cms.test/api${pathname}`, init)
  const slug = pathname.split('?')[0]?.split('/').filter(Boolean) ?? []
  return handlers[method](request, { params: Promise.resolve({ slug }) })
}

/** A GET through Payload's REST handler; see {@link restRequest}. */
export async function restGet(pathname: string, headers: Record<string, string> = {}): Promise<Response> {
  return restRequest('GET', pathname, { headers })
}
