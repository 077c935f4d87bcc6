import { type NextRequest, NextResponse } from 'next/server'
import { env } from './env'
import { mediaOrigin } from './media/objectKeys'
import { adminHeaders, commonSecurityHeaders } from './security/headers'

const https = env.serverUrl.startsWith('https:')
const dev = env.NODE_ENV === 'development'
// Images in object storage are shown from S3_PUBLIC_URL (src/media/storage.ts).
const imageOrigins = [mediaOrigin(env)].filter((origin) => origin !== null)

/**
 * Security headers of the admin's pages (API answers get theirs from src/security/withApiHeaders.ts):
 * a Content-Security-Policy with a fresh nonce per response, which Next reads from the request's
 * copy of the header and puts on every script it renders.
 */
export function proxy(request: NextRequest): NextResponse {
  const nonce = Buffer.from(crypto.getRandomValues(new Uint8Array(16))).toString('base64')
  const admin = adminHeaders({ nonce, dev, https, imageOrigins })
  const requestHeaders = new Headers(request.headers)
  requestHeaders.set('Content-Security-Policy', admin['Content-Security-Policy'])
  const response = NextResponse.next({ request: { headers: requestHeaders } })
  for (const [name, value] of Object.entries({ ...commonSecurityHeaders({ https }), ...admin })) response.headers.set(name, value)
  return response
}

export const config = {
  // Pages only: API answers set their own headers, and Next's static files need none of these.
  matcher: ['/((?!api/|_next/static/|_next/image).*)'],
}
