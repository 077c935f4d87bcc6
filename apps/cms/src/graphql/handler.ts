import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { SanitizedConfig } from 'payload'
import { limitRequests } from './requestLimits'
import { capResponseSize } from './responseCap'

/**
 * Payload's GraphQL handler (POST /api/graphql) behind the API's size limits: requests are
 * checked before Payload reads them (requestLimits.ts), answers before they are sent
 * (responseCap.ts). The query limits run inside, as validation rules (settings.ts).
 */
export function graphqlPost(config: Promise<SanitizedConfig>): (request: Request) => Promise<Response> {
  return limitRequests(capResponseSize(GRAPHQL_POST(config)))
}
