import { REST_GET } from '@payloadcms/next/routes'
import config from '../../../src/payload.config'

const get = REST_GET(config)

/**
 * Sends a GET through Payload's real REST handler (the one the Next route uses), so auth
 * headers, routing and status codes are exercised exactly as over HTTP.
 */
export async function restGet(pathname: string, headers: Record<string, string> = {}): Promise<Response> {
  const request = new Request(`http://cms.test/api${pathname}`, { headers })
  const slug = pathname.split('?')[0]?.split('/').filter(Boolean) ?? []
  return get(request, { params: Promise.resolve({ slug }) })
}
