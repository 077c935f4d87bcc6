import { readAtMost } from '../security/readAtMost'
import { refusalResponse, validationStatus } from './refusal'

/**
 * The largest GraphQL answer sent, in bytes of JSON. The query limits keep honest queries far
 * below it; it catches what they cannot foresee, such as long rich text in every document.
 */
export const MAX_RESPONSE_BYTES = 2 * 1024 * 1024

type Handler = (request: Request) => Promise<Response>

const MESSAGE = `The answer is larger than ${MAX_RESPONSE_BYTES / 1024 / 1024} MiB, the GraphQL API's limit, so it was not sent (mutations in the request have been carried out). Ask for fewer documents (limit) or fewer fields.`

/**
 * Sends `handler`'s answer only when its body is at most {@link MAX_RESPONSE_BYTES}; a larger one
 * is replaced by a GraphQL error. The error answers like the query limits (graphql's validation
 * errors) do, 200 with `errors` to `application/json` clients: the request was valid and has run,
 * and 413 would describe a request that is too large, which requestLimits.ts answers. The
 * answer's other headers (CORS, cookies) are kept.
 */
export function capResponseSize(handler: Handler): Handler {
  return async (request) => {
    const response = await handler(request)
    const body = await readAtMost(response.body, MAX_RESPONSE_BYTES)
    if (body !== undefined) return new Response(body.byteLength === 0 ? null : body, { status: response.status, statusText: response.statusText, headers: response.headers })
    const refusal = refusalResponse(MESSAGE, 'ResponseTooLarge', 400, validationStatus(request))
    for (const [name, value] of response.headers) {
      if (!['content-type', 'content-length', 'content-encoding'].includes(name)) refusal.headers.append(name, value)
    }
    return refusal
  }
}
