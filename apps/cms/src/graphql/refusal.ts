import type { ASTNode } from 'graphql'
import { GraphQLError } from 'graphql'

/**
 * Why the API refused a request, in `extensions.name`, next to an HTTP-like `statusCode`, as
 * Payload's own GraphQL errors carry them (e.g. `Forbidden`, 403).
 */
export type RefusalName = 'Forbidden' | 'QueryTooComplex' | 'RequestTooLarge' | 'ResponseTooLarge'

/** A GraphQL validation error that refuses the request, in Payload's error shape. */
export function refusalError(message: string, name: RefusalName, statusCode: number, nodes?: ASTNode | readonly ASTNode[]): GraphQLError {
  return new GraphQLError(message, { nodes, extensions: { name, statusCode } })
}

/**
 * An HTTP answer refusing a GraphQL request outside of graphql's validation (by its size), as
 * `{ errors: [...] }` JSON. `status` is the HTTP status; for refusals of a well-formed request,
 * pass {@link validationStatus} so that it reads like the other refusals of this API.
 */
export function refusalResponse(message: string, name: RefusalName, statusCode: number, status: number): Response {
  return Response.json({ errors: [{ message, extensions: { name, statusCode } }] }, { status, headers: { 'Cache-Control': 'no-store' } })
}

/**
 * The HTTP status graphql-http gives a document that fails validation, which is how the query
 * limits refuse: 200 to clients that accept `application/json` (the GraphQL-over-HTTP legacy
 * format, which Payload's clients use), 400 to those asking for `application/graphql-response+json`.
 */
export function validationStatus(request: Request): number {
  // graphql-http answers in the first media type of `Accept` it knows (no Accept: `*/*`).
  const accepted = (request.headers.get('accept') ?? '*/*').toLowerCase().replace(/\s/g, '').split(',')
  for (const entry of accepted) {
    const mediaType = entry.split(';')[0]
    if (mediaType === 'application/graphql-response+json') return 400
    if (mediaType === 'application/json' || mediaType === 'application/*' || mediaType === '*/*') return 200
  }
  return 200
}
