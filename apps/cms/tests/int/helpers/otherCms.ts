import { type ChildProcess, fork } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { childEnv } from './testEnv'

/** A request for the other CMS process (sent over IPC). */
export interface OtherCmsRequest {
  id: number
  method: 'GET' | 'POST'
  /** Under /api, e.g. `/users/login`. */
  pathname: string
  headers: Record<string, string>
  body?: string
}

/** Its answer; status 0 when the handler threw (the body is then the error). */
export interface OtherCmsReply {
  id: number
  status: number
  headers: Record<string, string>
  body: string
}

/** A second CMS process on the same database as this test's Payload. */
export interface OtherCms {
  /** Sends a request through the other process's REST handler and resolves with its answer. */
  request(method: OtherCmsRequest['method'], pathname: string, init?: { headers?: Record<string, string>; body?: string }): Promise<Response>
  stop(): Promise<void>
}

const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), 'otherCmsMain.ts')
const START_TIMEOUT_MS = 110_000

/**
 * Starts another CMS process (Payload with this project's config, under tsx) with this process's
 * environment: call it after `startPayload`, whose database and settings it then shares. Each
 * process keeps its own memory, as two servers behind a load balancer do.
 */
export async function startOtherCms(env: Record<string, string> = {}): Promise<OtherCms> {
  const child: ChildProcess = fork(MAIN, [], {
    cwd: path.resolve(path.dirname(MAIN), '../../..'),
    env: childEnv(env),
    execArgv: ['--import', 'tsx', '--no-deprecation'],
    stdio: ['ignore', 'pipe', 'pipe', 'ipc'],
  })
  // The last of its output, to explain a failed start.
  let output = ''
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)

  const pending = new Map<number, { resolve: (reply: OtherCmsReply) => void; reject: (error: Error) => void }>()
  child.on('message', (message: OtherCmsReply | { ready: true }) => {
    if ('ready' in message) return
    pending.get(message.id)?.resolve(message)
    pending.delete(message.id)
  })
  child.once('exit', (code) => {
    for (const { reject } of pending.values()) reject(new Error(`The other CMS process exited (${code}) before it answered. Its output:\n${output}`))
    pending.clear()
  })
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill()
      reject(new Error(`The other CMS process did not start within ${START_TIMEOUT_MS / 1000} s. Its output:\n${output}`))
    }, START_TIMEOUT_MS)
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`The other CMS process exited (${code}) before it was ready. Its output:\n${output}`))
    })
    child.on('message', (message: OtherCmsReply | { ready: true }) => {
      if (!('ready' in message)) return
      clearTimeout(timer)
      resolve()
    })
  })

  let nextId = 0
  return {
    async request(method, pathname, init = {}) {
      nextId += 1
      const message: OtherCmsRequest = { id: nextId, method, pathname, headers: init.headers ?? {}, ...(init.body === undefined ? {} : { body: init.body }) }
      const reply = await new Promise<OtherCmsReply>((resolve, reject) => {
        pending.set(message.id, { resolve, reject })
        child.send(message)
      })
      if (reply.status === 0) throw new Error(`The other CMS process failed to answer ${method} ${pathname}: ${reply.body}`)
      // 1xx/204/304 answers cannot carry a body.
      return new Response([204, 304].includes(reply.status) ? null : reply.body, { status: reply.status, headers: reply.headers })
    },
    async stop() {
      if (child.exitCode !== null) return
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.disconnect()
      await exited
    },
  }
}
