import { describe, expect, it, vi } from 'vitest'
import { MAX_DOCUMENT_BYTES, MAX_REQUEST_BYTES, limitRequests } from './requestLimits'

const url = 'http://cms.example/api/graphql'
const passed = async () => Response.json({ data: { ok: true } })

/** A POST of `body` with the headers given. */
const post = (body: BodyInit, headers: Record<string, string> = {}) =>
  new Request(url, { method: 'POST', headers: { 'Content-Type': 'application/json', ...headers }, body, duplex: 'half' } as RequestInit)

/** A body stream of `size` bytes in 64 KiB chunks, which announces no length. */
const streamOf = (size: number) => {
  let sent = 0
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (sent >= size) return controller.close()
      const chunk = new Uint8Array(Math.min(64 * 1024, size - sent)).fill(32)
      sent += chunk.byteLength
      controller.enqueue(chunk)
    },
  })
}

const messageOf = async (response: Response) => ((await response.json()) as { errors: { message: string }[] }).errors[0]?.message

describe('limitRequests', () => {
  it('hands the request on, with its body, method and headers', async () => {
    const handler = vi.fn(async (request: Request) => Response.json({ body: await request.text(), method: request.method, key: request.headers.get('authorization') }))
    const body = JSON.stringify({ query: '{ meUser { user { id } } }', variables: { note: 'é'.repeat(1000) } })
    const response = await limitRequests(handler)(post(body, { Authorization: 'users API-Key k' }))
    expect(await response.json()).toEqual({ body, method: 'POST', key: 'users API-Key k' })
  })

  it('refuses a body over the limit by its Content-Length, without reading it', async () => {
    const handler = vi.fn(passed)
    const request = post(streamOf(10), { 'Content-Length': String(MAX_REQUEST_BYTES + 1) })
    const response = await limitRequests(handler)(request)
    expect(response.status).toBe(413)
    expect(await messageOf(response)).toBe("The request body is larger than 1 MiB, the GraphQL API's limit; split large changes into several requests.")
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses a body over the limit that announces no length, while reading it', async () => {
    const handler = vi.fn(passed)
    const response = await limitRequests(handler)(post(streamOf(MAX_REQUEST_BYTES + 1)))
    expect(response.status).toBe(413)
    expect(handler).not.toHaveBeenCalled()
    expect((await limitRequests(handler)(post(JSON.stringify({ query: '{ a }', variables: { v: ' '.repeat(MAX_REQUEST_BYTES - 100) } })))).status).toBe(200)
  })

  it('refuses a document over its limit with 413, naming both sizes', async () => {
    const handler = vi.fn(passed)
    const query = `{ a } # ${'x'.repeat(MAX_DOCUMENT_BYTES)}`
    const response = await limitRequests(handler)(post(JSON.stringify({ query })))
    expect(response.status).toBe(413)
    expect(await messageOf(response)).toBe('The GraphQL document is 65 KiB; the GraphQL API accepts 64 KiB at most. Send large inputs as variables.')
    expect(handler).not.toHaveBeenCalled()
  })

  it('refuses fragments that expand past the budget or spread themselves, as graphql refuses invalid documents', async () => {
    const handler = vi.fn(passed)
    let query = '{ ...F0 }\n'
    for (let level = 0; level < 30; level++) query += `fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }\n`
    query += 'fragment F30 on Query { a }'
    const bomb = await limitRequests(handler)(post(JSON.stringify({ query })))
    expect(bomb.status).toBe(200)
    expect(await messageOf(bomb)).toMatch(/^The query selects 1,073,741,824 fields once its fragments are expanded; the GraphQL API allows 5,000/)
    const cycle = JSON.stringify({ query: '{ ...A } fragment A on Query { a { ...A } }' })
    const strict = await limitRequests(handler)(post(cycle, { Accept: 'application/graphql-response+json' }))
    expect(strict.status).toBe(400)
    expect(await messageOf(strict)).toBe('Cannot spread fragment "A" within itself.')
    expect(handler).not.toHaveBeenCalled()
  })

  it('leaves broken JSON and syntax errors to the GraphQL handler', async () => {
    const handler = vi.fn(passed)
    await limitRequests(handler)(post('{ not json'))
    await limitRequests(handler)(post(JSON.stringify({ query: '{ a ' })))
    await limitRequests(handler)(post(JSON.stringify({ query: 42 })))
    expect(handler).toHaveBeenCalledTimes(3)
  })
})
