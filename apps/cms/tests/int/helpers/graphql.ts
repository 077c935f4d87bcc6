import { GRAPHQL_POST } from '@payloadcms/next/routes'
import config from '../../../src/payload.config'

// Import this module dynamically after `startPayload`: the config reads the environment once, at import.

const post = GRAPHQL_POST(config)

/** A GraphQL answer: `data` for what succeeded, `errors` (with Payload's status code) for what did not. */
export interface GraphqlResult {
  data?: Record<string, unknown> | null
  errors?: { message: string; extensions?: { statusCode?: number; name?: string } }[]
}

/** Sends a query through Payload's real GraphQL handler (POST /api/graphql), as the Next route does. */
export async function graphql(query: string, headers: Record<string, string> = {}): Promise<GraphqlResult> {
  const request = new Request('http://cms.test/api/graphql', {
    method: 'POST',
    headers: { ...headers, 'Content-Type': 'application/json' },
    body: JSON.stringify({ query }),
  })
  const response = await post(request)
  return (await response.json()) as GraphqlResult
}
