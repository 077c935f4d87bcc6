import { type IncomingMessage, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One request the receiver got. */
export interface ReceivedHook {
  method: string
  path: string
  contentType: string | undefined
  /** The body parsed as JSON (null when it was not JSON). */
  body: unknown
  /** Date.now() when the request arrived. */
  at: number
  /** The status the receiver answered. */
  status: number
}

/** A stand-in for build hooks (Netlify, Vercel, CI), on 127.0.0.1 and a free port. */
export interface HookReceiver {
  /** `http://127.0.0.1:<port>`. */
  url: string
  /** Every request so far, in order of arrival. */
  readonly requests: ReceivedHook[]
  /** Answers the next requests to `path` with these statuses, in order; then 200 again. */
  answer(path: string, statuses: number[]): void
  /** Holds requests to `path` unanswered (a slow build) until `release()`; they are in `requests` at once. */
  hold(path: string): void
  /** Answers the held requests and stops holding. */
  release(): void
  /** How many requests are being held now. */
  readonly heldCount: number
  /** Forgets the requests and the planned answers, and releases held requests. */
  clear(): void
  close(): Promise<void>
}

/** Bodies larger than this are refused: a build hook call is a few hundred bytes. */
const MAX_BODY_BYTES = 64 * 1024
/** A receiver that has been called this often is in a loop: it answers 429 from then on. */
const MAX_REQUESTS = 500

function readBody(request: IncomingMessage): Promise<string | null> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        resolve(null)
        request.destroy()
        return
      }
      chunks.push(chunk)
    })
    request.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    request.on('error', reject)
  })
}

/** The body as JSON, or null when it is empty or not JSON (the test then sees `body: null`). */
function parseJson(text: string | null): unknown {
  if (!text) return null
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

/** Starts a receiver; call `close()` when done. */
export async function startHookReceiver(): Promise<HookReceiver> {
  const requests: ReceivedHook[] = []
  const planned = new Map<string, number[]>()
  let holding: string | null = null
  const held: (() => void)[] = []
  const release = () => {
    holding = null
    for (const answer of held.splice(0)) answer()
  }
  const server = createServer(async (request, response) => {
    const text = await readBody(request).catch(() => null)
    const path = new URL(request.url ?? '/', 'http://receiver').pathname
    const body = parseJson(text)
    const status = text === null ? 413 : requests.length >= MAX_REQUESTS ? 429 : (planned.get(path)?.shift() ?? 200)
    requests.push({ method: request.method ?? '', path, contentType: request.headers['content-type'], body, at: Date.now(), status })
    if (holding === path) await new Promise<void>((resolve) => held.push(resolve))
    response.writeHead(status, { 'content-type': 'application/json' })
    response.end(JSON.stringify(status < 400 ? { ok: true } : { error: `planned ${status}` }))
  })
  // A held request waits for `release()`, so the server must not time it out first.
  server.requestTimeout = 60_000
  server.headersTimeout = 5_000
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(0, '127.0.0.1', resolve)
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    answer(path, statuses) {
      planned.set(path, [...statuses])
    },
    hold(path) {
      holding = path
    },
    release,
    get heldCount() {
      return held.length
    },
    clear() {
      requests.length = 0
      planned.clear()
      release()
    },
    close() {
      release()
      return new Promise((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()))
        server.closeAllConnections()
      })
    },
  }
}

/** The path of a brand's build hook on the receiver; `callsBySlug` reads it back. */
export const hookPath = (slug: string) => `/hooks/${slug}`

/** How often each brand's hook (`/hooks/<slug>`) was called, by slug. */
export function callsBySlug(requests: readonly ReceivedHook[]): Record<string, number> {
  const counts: Record<string, number> = {}
  for (const request of requests) {
    const slug = request.path.replace('/hooks/', '')
    counts[slug] = (counts[slug] ?? 0) + 1
  }
  return counts
}
