import { type IncomingMessage, type Server, type ServerResponse, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'

/** One build-hook call as the receiver saw it. */
export interface HookCall {
  /** The brand slug from the URL (`/hook/<slug>`). */
  brand: string
  body: unknown
  at: number
  /** The status it was answered with; null while held or when the caller went away first. */
  answered: number | null
  /** True when the caller's connection closed before an answer (its process died). */
  abandoned: boolean
}

/**
 * A local build-hook endpoint for every brand (`<url>/hook/<slug>`): records each call and
 * answers 200, or holds the next calls open until `release()` when `hold()` was called.
 */
export class HookReceiver {
  readonly calls: HookCall[] = []
  private holding = false
  private held: { call: HookCall; response: ServerResponse }[] = []
  private server: Server | null = null
  url = ''

  async start(): Promise<void> {
    this.server = createServer((request, response) => void this.receive(request, response))
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`
  }

  private async receive(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const chunks: Buffer[] = []
    for await (const chunk of request) chunks.push(chunk as Buffer)
    const text = Buffer.concat(chunks).toString()
    let body: unknown = text
    try {
      body = JSON.parse(text)
    } catch {
      // Recorded as text.
    }
    const call: HookCall = { brand: (request.url ?? '').replace(/^\/hook\//, ''), body, at: Date.now(), answered: null, abandoned: false }
    this.calls.push(call)
    if (this.holding) {
      response.on('close', () => {
        if (call.answered === null) call.abandoned = true
      })
      this.held.push({ call, response })
      return
    }
    call.answered = 200
    response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
  }

  /** Calls from now on are held open until `release`. */
  hold(): void {
    this.holding = true
  }

  /** Answers the held calls with 200 and stops holding. */
  release(): void {
    this.holding = false
    for (const { call, response } of this.held.splice(0)) {
      if (call.abandoned) continue
      call.answered = 200
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}')
    }
  }

  hookUrl(brand: string): string {
    return `${this.url}/hook/${brand}`
  }

  /** Calls for `brand` since `since` (all by default). */
  callsFor(brand: string, since = 0): HookCall[] {
    return this.calls.filter((call) => call.brand === brand && call.at >= since)
  }

  async close(): Promise<void> {
    this.release()
    this.server?.closeAllConnections()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
  }
}
