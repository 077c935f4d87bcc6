import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from '@playwright/test'
import { APPOINTMENT_ENDPOINT_PATH } from '@clinic/schema'
import { demoAdmin } from './demoAdmin'
import { EDITOR_BRAND } from './editorial'
import { type CmsProcess, runScript, startCms } from './scaleOut/cmsProcess'
import { HookReceiver } from './scaleOut/hookReceiver'
import { childEnv, e2eOnlyEnv } from './e2eEnv'
import { withMongoDatabase } from '../../src/ops/mongoUri'

/*
 * Two CMS server processes (the production build, two ports) on ONE database, as behind a load
 * balancer: they must enforce one appointment rate limit, store a request sent to both once,
 * rebuild a brand once per publish while both run jobs, fire a scheduled publish once, and
 * finish a rebuild whose process was killed in the middle. SQLite always; MongoDB when
 * MONGODB_URI names a server (a replica set, so that transactions are on).
 */

const PORTS = [3111, 3112] as const
/** The brand sites' origin the servers accept the form from. */
const SITE_ORIGIN = 'http://site.scale-out.example'
const RATE_LIMIT = 4
/** Heartbeat of a running rebuild; a process that misses a few is taken as gone (src/rebuild). */
const HEARTBEAT_MS = 1_000

interface Database {
  name: 'sqlite' | 'mongodb'
  uri: (dir: string) => string | null
}

const databases: Database[] = [
  { name: 'sqlite', uri: (dir) => `file:${path.join(dir, 'shared.db')}` },
  { name: 'mongodb', uri: () => (e2eOnlyEnv.mongoUri ? withMongoDatabase(e2eOnlyEnv.mongoUri, `clinic_scale_out_${randomBytes(4).toString('hex')}`) : null) },
]

/** Polls `read` until `done` holds, failing with `what` after `ms`. */
async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, ms = 60_000): Promise<T> {
  const end = Date.now() + ms
  let last: T = await read()
  while (!done(last)) {
    if (Date.now() > end) throw new Error(`Gave up waiting for ${what}; last seen: ${JSON.stringify(last)?.slice(0, 500)}`)
    await new Promise((resolve) => setTimeout(resolve, 250))
    last = await read()
  }
  return last
}

/** Waits long enough for several job-runner ticks of both processes, so that a duplicate would show. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 4_000))

for (const database of databases) {
  test.describe(`two CMS processes on one ${database.name} database`, () => {
    test.describe.configure({ mode: 'serial', timeout: 180_000 })

    const dir = mkdtempSync(path.join(tmpdir(), `cms-scale-out-${database.name}-`))
    const uri = database.uri(dir)
    test.skip(uri === null, 'MongoDB scale-out suite skipped: set MONGODB_URI=mongodb://host:27017/?replicaSet=rs0 to run it against MongoDB.')

    const receiver = new HookReceiver()
    const servers: CmsProcess[] = []
    let env: NodeJS.ProcessEnv = childEnv()
    let token = ''
    let brandId: number | string = ''
    let clinicId: number | string = ''
    let adminId: number | string = ''

    const [first, second] = [() => servers[0] as CmsProcess, () => servers[1] as CmsProcess]
    const auth = () => ({ authorization: `JWT ${token}` })

    async function api<T = Record<string, unknown>>(server: CmsProcess, route: string, init: RequestInit = {}): Promise<T> {
      const response = await fetch(`${server.url}/api/${route}`, { ...init, headers: { 'content-type': 'application/json', ...auth(), ...init.headers } })
      const text = await response.text()
      if (!response.ok) throw new Error(`${init.method ?? 'GET'} /api/${route} answered ${response.status}: ${text.slice(0, 400)}`)
      return JSON.parse(text) as T
    }

    const docs = async <T = Record<string, unknown>>(server: CmsProcess, route: string) => (await api<{ docs: T[] }>(server, route)).docs

    /** Sends an appointment request as the brand site's script does, from `client` (one proxy hop). */
    function requestAppointment(server: CmsProcess, client: string, name: string, idempotencyKey?: string): Promise<Response> {
      return fetch(`${server.url}${APPOINTMENT_ENDPOINT_PATH}`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          accept: 'application/json',
          origin: SITE_ORIGIN,
          'x-forwarded-for': client,
          ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
        },
        body: JSON.stringify({ brand: EDITOR_BRAND, clinic: String(clinicId), name, phone: '(480) 555-0142', consent: true, preferredDays: ['tue'], preferredTimes: ['morning'] }),
      })
    }

    const storedNamed = async (name: string) => docs(first(), `appointment-requests?where[name][equals]=${encodeURIComponent(name)}&limit=50&depth=0`)

    /** The brand's rebuild records requested after `since`. */
    const rebuildsSince = (since: number, server = first()) =>
      docs<{ status: string; attempts: number; lastError?: string | null }>(
        server,
        `rebuilds?where[brand][equals]=${brandId}&where[requestedAt][greater_than]=${encodeURIComponent(new Date(since).toISOString())}&limit=50&depth=0`,
      )

    test.beforeAll(async () => {
      test.setTimeout(300_000)
      await receiver.start()
      env = {
        ...childEnv(),
        NODE_ENV: 'production',
        NODE_OPTIONS: '--no-deprecation',
        NEXT_TELEMETRY_DISABLED: '1',
        DATABASE_URI: uri as string,
        MEDIA_DIR: path.join(dir, 'media'),
        SERVER_URL: `http://localhost:${PORTS[0]}`,
        PAYLOAD_SECRET: randomBytes(32).toString('hex'),
        BUILD_TOKEN: randomBytes(32).toString('hex'),
        LOCAL_REBUILD: 'false',
        JOBS_AUTORUN: 'true',
        JOBS_CRON: '* * * * * *',
        REBUILD_DEBOUNCE_MS: '500',
        REBUILD_RETRY_BASE_MS: '500',
        REBUILD_HEARTBEAT_MS: String(HEARTBEAT_MS),
        APPOINTMENT_RATE_LIMIT: String(RATE_LIMIT),
        APPOINTMENT_MIN_FILL_MS: '0',
        SITE_ORIGINS: SITE_ORIGIN,
        // The test client names its address in X-Forwarded-For, as a load balancer would.
        TRUSTED_PROXY_HOPS: '1',
        LOGIN_RATE_LIMIT: '0',
      }
      await runScript('src/scripts/seed.ts', [], env)
      servers.push(...(await Promise.all(PORTS.map((port, index) => startCms(port, env, `cms ${index + 1}`)))))

      const login = await fetch(`${first().url}/api/users/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(demoAdmin) })
      const session = (await login.json()) as { token: string; user: { id: number | string } }
      token = session.token
      adminId = session.user.id
      const [brand] = await docs<{ id: number | string }>(first(), `brands?where[slug][equals]=${EDITOR_BRAND}&depth=0`)
      brandId = (brand as { id: number | string }).id
      const [clinic] = await docs<{ id: number | string }>(first(), `clinics?where[brand][equals]=${brandId}&where[_status][equals]=published&limit=1&depth=0`)
      clinicId = (clinic as { id: number | string }).id
      // Every brand gets a build hook at the receiver; saving the brand rebuilds it once, which is let through here.
      await api(first(), `brands/${brandId}`, { method: 'PATCH', body: JSON.stringify({ buildHookUrl: receiver.hookUrl(EDITOR_BRAND), _status: 'published' }) })
      await until('the first rebuild after the build hook was set', () => rebuildsSince(0), (records) => records.some((record) => record.status === 'succeeded'))
      await settle()
    })

    test.afterAll(async () => {
      await Promise.all(servers.map((server) => server.stop('SIGTERM')))
      await receiver.close()
      rmSync(dir, { recursive: true, force: true })
    })

    test('one appointment rate limit for both processes', async () => {
      const client = '203.0.113.41'
      const statuses: number[] = []
      for (let index = 0; index < RATE_LIMIT + 2; index += 1) {
        const server = index % 2 === 0 ? first() : second()
        statuses.push((await requestAppointment(server, client, `Rate Limit Visitor ${index}`)).status)
      }
      // Per process, 3 requests each would all pass a limit of 4.
      expect(statuses).toEqual([...Array(RATE_LIMIT).fill(201), 429, 429])
    })

    test('the same idempotency key sent to both at the same moment is stored once', async () => {
      const key = `scale-out-${randomBytes(8).toString('hex')}`
      const answers = await Promise.all([requestAppointment(first(), '203.0.113.42', 'Idem Potent', key), requestAppointment(second(), '203.0.113.43', 'Idem Potent', key)])
      expect(answers.map((answer) => answer.status)).toEqual([201, 201])
      expect(await storedNamed('Idem Potent')).toHaveLength(1)
    })

    test('the same request sent to both at the same moment without a key is stored once', async () => {
      const answers = await Promise.all([requestAppointment(first(), '203.0.113.44', 'Twice Clicked'), requestAppointment(second(), '203.0.113.45', 'Twice Clicked')])
      expect(answers.map((answer) => answer.status)).toEqual([201, 201])
      expect(await storedNamed('Twice Clicked')).toHaveLength(1)
    })

    test('a publish through one process rebuilds the brand once while both run jobs', async () => {
      const since = Date.now()
      const [article] = await docs<{ id: number | string; title: string }>(first(), `articles?where[brands][in]=${brandId}&where[_status][equals]=published&limit=1&depth=0`)
      const { id, title } = article as { id: number | string; title: string }
      await api(second(), `articles/${id}`, { method: 'PATCH', body: JSON.stringify({ title: `${title} (revised)`, _status: 'published' }) })
      await until('the rebuild of the publish', () => rebuildsSince(since), (records) => records.length > 0 && records.every((record) => record.status === 'succeeded'))
      await settle()
      expect(receiver.callsFor(EDITOR_BRAND, since)).toHaveLength(1)
      expect(await rebuildsSince(since)).toMatchObject([{ status: 'succeeded', attempts: 1 }])
    })

    test('a scheduled publish fires once', async () => {
      // A draft that may be published: the lead and body of a published article of the brand.
      const [model] = await docs<{ excerpt: unknown; body: unknown }>(first(), `articles?where[brands][in]=${brandId}&where[_status][equals]=published&limit=1&depth=0`)
      const created = await api<{ doc: { id: number | string } }>(first(), 'articles?draft=true', {
        method: 'POST',
        body: JSON.stringify({ title: 'Scheduled across two processes', slug: `scheduled-${randomBytes(3).toString('hex')}`, brands: [brandId], excerpt: model?.excerpt, body: model?.body, _status: 'draft' }),
      })
      const id = created.doc.id
      const since = Date.now()
      await runScript('tests/e2e/scaleOut/schedulePublish.ts', [String(id), String(adminId), new Date(Date.now() + 3_000).toISOString()], env)
      await until(
        'the scheduled publish',
        () => api<{ _status?: string }>(first(), `articles/${id}?depth=0`),
        (doc) => doc._status === 'published',
      )
      await until('the rebuild of the scheduled publish', () => rebuildsSince(since), (records) => records.length > 0 && records.every((record) => record.status === 'succeeded'))
      await settle()
      const versions = await docs<{ version: { _status?: string } }>(first(), `articles/versions?where[parent][equals]=${id}&limit=50&depth=0`)
      expect(versions.filter((version) => version.version._status === 'published')).toHaveLength(1)
      expect(receiver.callsFor(EDITOR_BRAND, since)).toHaveLength(1)
    })

    test('a process killed in the middle of a rebuild: the other finishes it, once', async () => {
      const since = Date.now()
      receiver.hold()
      const [article] = await docs<{ id: number | string; title: string }>(first(), `articles?where[brands][in]=${brandId}&where[_status][equals]=published&limit=1&depth=0`)
      const { id, title } = article as { id: number | string; title: string }
      await api(first(), `articles/${id}`, { method: 'PATCH', body: JSON.stringify({ title: `${title} again`, _status: 'published' }) })
      const [held] = await until('the held build-hook call', async () => receiver.callsFor(EDITOR_BRAND, since), (calls) => calls.length === 1)
      // The process running the rebuild says so on /api/health; it is killed without warning.
      const states = await Promise.all(servers.map(async (server) => ((await (await fetch(`${server.url}/api/health`)).json()) as { jobs: { running: number } }).jobs.running))
      const busy = states.findIndex((running) => running > 0)
      expect(busy).not.toBe(-1)
      const [victim, survivor] = busy === 0 ? [first(), second()] : [second(), first()]
      await victim.stop('SIGKILL')
      await until('the killed process to drop its call', async () => held?.abandoned, (abandoned) => abandoned === true)
      receiver.release()
      const records = await until('the rebuild to finish on the other process', () => rebuildsSince(since, survivor), (found) => found.length > 0 && found.every((record) => record.status === 'succeeded'))
      await settle()
      expect(records).toHaveLength(1)
      const answered = receiver.callsFor(EDITOR_BRAND, since).filter((call) => call.answered === 200)
      expect(answered).toHaveLength(1)
      expect(survivor.output()).not.toMatch(/Unhandled|TypeError/)
    })
  })
}
