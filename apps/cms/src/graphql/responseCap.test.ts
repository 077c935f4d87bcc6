import { describe, expect, it } from 'vitest'
import { MAX_RESPONSE_BYTES, capResponseSize } from './responseCap'

const request = (headers: Record<string, string> = {}) => new Request('http://cms.example/api/graphql', { method: 'POST', headers })
/** A handler answering a JSON body of exactly `size` bytes, with a CORS header and a cookie. */
const answering = (size: number) => async () =>
  new Response(JSON.stringify({ data: { text: 'x'.repeat(size - '{"data":{"text":""}}'.length) } }), {
    status: 200,
    headers: { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': 'https://www.brand.example', 'Set-Cookie': 'payload-token=t; HttpOnly' },
  })

describe('capResponseSize', () => {
  it('sends an answer up to the limit as it is', async () => {
    const response = await capResponseSize(answering(MAX_RESPONSE_BYTES))(request())
    expect(response.status).toBe(200)
    expect((await response.arrayBuffer()).byteLength).toBe(MAX_RESPONSE_BYTES)
    expect(response.headers.get('access-control-allow-origin')).toBe('https://www.brand.example')
  })

  it('replaces a larger answer by an error, keeping its CORS headers and cookies', async () => {
    const response = await capResponseSize(answering(MAX_RESPONSE_BYTES + 1))(request())
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toMatch(/^application\/json/)
    expect(response.headers.get('access-control-allow-origin')).toBe('https://www.brand.example')
    expect(response.headers.get('set-cookie')).toBe('payload-token=t; HttpOnly')
    expect(await response.json()).toEqual({
      errors: [
        {
          message:
            "The answer is larger than 2 MiB, the GraphQL API's limit, so it was not sent (mutations in the request have been carried out). Ask for fewer documents (limit) or fewer fields.",
          extensions: { name: 'ResponseTooLarge', statusCode: 400 },
        },
      ],
    })
  })

  it('answers 400 to clients that accept application/graphql-response+json first', async () => {
    const strict = await capResponseSize(answering(MAX_RESPONSE_BYTES + 1))(request({ Accept: 'application/graphql-response+json, application/json' }))
    expect(strict.status).toBe(400)
    const legacy = await capResponseSize(answering(MAX_RESPONSE_BYTES + 1))(request({ Accept: 'application/json, application/graphql-response+json' }))
    expect(legacy.status).toBe(200)
  })
})
