import { graphqlPost } from '../../../src/graphql/handler'
import config from '../../../src/payload.config'

// Import this module dynamically after `startPayload`: the config reads the environment once, at import.

// The route's handler: Payload's, behind the API's size limits.
const post = graphqlPost(config)

/** A GraphQL answer: `data` for what succeeded, `errors` (with Payload's status code) for what did not. */
export interface GraphqlResult {
  data?: Record<string, unknown> | null
  errors?: { message: string; extensions?: { statusCode?: number; name?: string } }[]
}

/** A whole HTTP answer of the GraphQL route: its status, the size of its body and the body read as a GraphQL result. */
export interface GraphqlAnswer {
  status: number
  /** The body's size in bytes, as sent over the wire. */
  bytes: number
  result: GraphqlResult
}

/**
 * POSTs `body`, exactly as given, to the GraphQL route (POST /api/graphql) and reads the whole
 * answer. `headers` are sent as they are, after `Content-Type: application/json`.
 */
export async function postGraphql(body: string, headers: Record<string, string> = {}): Promise<GraphqlAnswer> {
  const request = new Request('http://cms.test/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', ...headers },
    body,
  })
  const response = await post(request)
  const bytes = new Uint8Array(await response.arrayBuffer())
  const text = new TextDecoder().decode(bytes)
  return { status: response.status, bytes: bytes.byteLength, result: text === '' ? {} : (JSON.parse(text) as GraphqlResult) }
}

/** Sends a query (with `variables`, if any) through the GraphQL route; see {@link postGraphql}. */
export async function graphqlAnswer(query: string, headers: Record<string, string> = {}, variables?: Record<string, unknown>): Promise<GraphqlAnswer> {
  return postGraphql(JSON.stringify({ query, variables }), headers)
}

/** Sends a query through the GraphQL route's handler (POST /api/graphql), Payload's real one. */
export async function graphql(query: string, headers: Record<string, string> = {}): Promise<GraphqlResult> {
  return (await graphqlAnswer(query, headers)).result
}
