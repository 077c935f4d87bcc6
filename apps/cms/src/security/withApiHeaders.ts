import { env } from '../env'
import { apiHeaders, commonSecurityHeaders } from './headers'

type RouteHandler<Args extends unknown[]> = (...args: Args) => Promise<Response>

const https = env.serverUrl.startsWith('https:')

/**
 * Wraps an API route handler so that its answers carry the security headers (./headers.ts) they
 * do not set themselves. A header the handler set wins: the draft preview and the appointment
 * error page send their own Content-Security-Policy and Referrer-Policy.
 */
export function withApiHeaders<Args extends unknown[]>(handler: RouteHandler<Args>): RouteHandler<Args> {
  const headers = { ...commonSecurityHeaders({ https }), ...apiHeaders() }
  return async (...args) => {
    const response = await handler(...args)
    const missing = Object.entries(headers).filter(([name]) => !response.headers.has(name))
    if (missing.length === 0) return response
    try {
      for (const [name, value] of missing) response.headers.set(name, value)
      return response
    } catch {
      // Headers of some responses (e.g. passed on from fetch) are immutable: copy them.
      const copy = new Response(response.body, response)
      for (const [name, value] of missing) copy.headers.set(name, value)
      return copy
    }
  }
}
