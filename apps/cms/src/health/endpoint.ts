import type { Endpoint } from 'payload'

/** `GET /api/health`: for load balancers. */
export const healthEndpoint: Endpoint = {
  path: '/health',
  method: 'get',
  handler: () => Response.json({ status: 'unknown' }, { status: 501 }),
}
