import { parse } from 'graphql'
import { expandFragments } from './fragmentExpansion'
import { MAX_QUERY_COST } from './queryCost'
import { readAtMost } from '../security/readAtMost'
import { refusalResponse, validationStatus } from './refusal'

/** A request body's size at most (the query and its variables, which may hold a long article's rich text). */
export const MAX_REQUEST_BYTES = 1024 * 1024

/** The GraphQL document's (`query`'s) size at most; large inputs belong in variables. */
export const MAX_DOCUMENT_BYTES = 64 * 1024

/**
 * Fields a document may select with its fragments expanded, all operations together. Each of them
 * counts at least 1 in queryCost.ts, so a document over this limit would be refused there anyway;
 * this check refuses it before validation, which it could otherwise keep busy (fragmentExpansion.ts).
 */
export const MAX_EXPANDED_FIELDS = MAX_QUERY_COST

type Handler = (request: Request) => Promise<Response>

const tooLarge = (message: string) => refusalResponse(message, 'RequestTooLarge', 413, 413)

const bodyTooLarge = `The request body is larger than ${MAX_REQUEST_BYTES / 1024 / 1024} MiB, the GraphQL API's limit; split large changes into several requests.`

/**
 * Refuses GraphQL requests before Payload parses, authenticates or validates them: a body over
 * {@link MAX_REQUEST_BYTES} (by its Content-Length, or while reading it) or a document over
 * {@link MAX_DOCUMENT_BYTES} with 413, and a document whose fragments expand to more than
 * {@link MAX_EXPANDED_FIELDS} fields, or spread themselves, like graphql refuses an invalid
 * document. Anything else goes on to `handler` with the body read here.
 */
export function limitRequests(handler: Handler): Handler {
  return async (request) => {
    if (Number(request.headers.get('content-length')) > MAX_REQUEST_BYTES) return tooLarge(bodyTooLarge)
    const body = await readAtMost(request.body, MAX_REQUEST_BYTES)
    if (body === undefined) return tooLarge(bodyTooLarge)
    const refusal = checkDocument(new TextDecoder().decode(body), request)
    if (refusal) return refusal
    return handler(new Request(request.url, { method: request.method, headers: request.headers, body: body.byteLength === 0 ? null : body, signal: request.signal }))
  }
}

/** The refusal of the body's document, if it has one; undefined when the document passes (or when graphql-http will refuse the body itself). */
function checkDocument(text: string, request: Request): Response | undefined {
  let query: unknown
  try {
    const params: unknown = JSON.parse(text)
    query = typeof params === 'object' && params !== null && 'query' in params ? params.query : undefined
  } catch {
    // Not JSON: graphql-http answers that, as for any other client.
    return undefined
  }
  if (typeof query !== 'string') return undefined
  const size = new TextEncoder().encode(query).byteLength
  if (size > MAX_DOCUMENT_BYTES) {
    return tooLarge(`The GraphQL document is ${Math.ceil(size / 1024)} KiB; the GraphQL API accepts ${MAX_DOCUMENT_BYTES / 1024} KiB at most. Send large inputs as variables.`)
  }
  let expansion
  try {
    expansion = expandFragments(parse(query, { noLocation: true }))
  } catch {
    // A syntax error: graphql-http reports it with its position.
    return undefined
  }
  if ('cycle' in expansion) {
    return refusalResponse(`Cannot spread fragment "${expansion.cycle}" within itself.`, 'QueryTooComplex', 400, validationStatus(request))
  }
  if (expansion.fields > MAX_EXPANDED_FIELDS) {
    return refusalResponse(
      `The query selects ${expansion.fields.toLocaleString('en-US')} fields once its fragments are expanded; the GraphQL API allows ${MAX_EXPANDED_FIELDS.toLocaleString('en-US')}. Use fewer fragments, or split the query.`,
      'QueryTooComplex',
      400,
      validationStatus(request),
    )
  }
  return undefined
}
