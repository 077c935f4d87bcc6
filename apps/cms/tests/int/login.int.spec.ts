import crypto from 'node:crypto'
import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest'
import type { User } from '../../src/payload-types'
import { announcePeerAddressHeader, PEER_ADDRESS_HEADER } from '../../src/security/peerAddress'
import { type Person, apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Logins and unlocking over REST and GraphQL: who may unlock whom, answers that do not tell which
 * accounts exist, and failed logins limited per client address.
 */
const LOGIN_RATE_LIMIT = 4
const PASSWORD = 'a-long-password-1'

describe.skipIf(skipDatabase)('logins and unlocking', () => {
  let cms: TestCms
  let payload: Payload
  let restRequest: typeof import('./helpers/rest').restRequest
  let graphql: typeof import('./helpers/graphql').graphql
  let loginThrottle: typeof import('../../src/collections/Users/hooks/guardLogin').loginThrottle
  let people: Record<'admin' | 'brandAdmin' | 'editor' | 'southEditor' | 'target', Person>
  let lastAddress = 0
  /** A client address no test used before. */
  const freshAddress = () => `198.51.100.${++lastAddress}`

  beforeAll(async () => {
    cms = await startPayload({ LOGIN_RATE_LIMIT: String(LOGIN_RATE_LIMIT), TRUSTED_PROXY_HOPS: '0' })
    payload = cms.payload
    payload.logger.level = 'silent'
    // As the CMS server does (src/server/main.ts): the peer-address header is set by the server.
    announcePeerAddressHeader()
    ;({ restRequest } = await import('./helpers/rest'))
    ;({ graphql } = await import('./helpers/graphql'))
    ;({ loginThrottle } = await import('../../src/collections/Users/hooks/guardLogin'))
    ;({ people } = await createBrandsAndPeople(payload, {
      domain: 'login.example',
      password: PASSWORD,
      brands: { north: 'North Login', south: 'South Login' },
      people: {
        admin: { role: 'admin', brands: [] },
        brandAdmin: { role: 'brand-admin', brands: ['north'] },
        editor: { role: 'editor', brands: ['north'] },
        southEditor: { role: 'editor', brands: ['south'], apiKey: false },
        target: { role: 'editor', brands: ['north'], apiKey: false },
      },
    }))
  })
  afterAll(async () => {
    await cms?.stop()
  })

  const lockUntil = async (user: User) => ((await payload.db.findOne({ collection: 'users', where: { id: { equals: user.id } } })) as { lockUntil?: string | null } | null)?.lockUntil ?? null
  const lock = (user: User) => payload.db.updateOne({ collection: 'users', id: user.id, data: { loginAttempts: 5, lockUntil: new Date(Date.now() + 600_000).toISOString() } })
  const isLocked = async (user: User) => {
    const until = await lockUntil(user)
    return until !== null && new Date(until).getTime() > Date.now()
  }
  const login = (email: string, password: string, address: string | null = freshAddress(), headers: Record<string, string> = {}) =>
    restRequest('POST', '/users/login', { headers: { ...(address === null ? {} : { [PEER_ADDRESS_HEADER]: address }), ...headers }, body: { email, password } })
  const unlock = (by: Person, email: string) => restRequest('POST', '/users/unlock', { headers: apiKeyAuth(by), body: { email } })

  describe('unlocking an account', () => {
    beforeEach(async () => {
      for (const user of Object.values(people)) await payload.db.updateOne({ collection: 'users', id: user.id, data: { loginAttempts: 0, lockUntil: null } })
    })

    it('is refused to an editor, for the network admin and for a colleague alike (REST)', async () => {
      await lock(people.admin)
      await lock(people.target)
      expect((await unlock(people.editor, people.admin.email)).status).toBe(403)
      expect((await unlock(people.editor, people.target.email)).status).toBe(403)
      expect(await isLocked(people.admin)).toBe(true)
      expect(await isLocked(people.target)).toBe(true)
    })

    it('is refused to an editor through GraphQL too', async () => {
      await lock(people.admin)
      const result = await graphql(`mutation { unlockUser(email: "${people.admin.email}") }`, apiKeyAuth(people.editor))
      expect(result.errors?.[0]?.extensions?.statusCode).toBe(403)
      expect(await isLocked(people.admin)).toBe(true)
    })

    it('lets a brand admin unlock the people of their brands, but not a network admin or another brand’s editor', async () => {
      await lock(people.target)
      await lock(people.admin)
      await lock(people.southEditor)
      expect((await unlock(people.brandAdmin, people.target.email)).status).toBe(200)
      expect(await isLocked(people.target)).toBe(false)
      expect((await unlock(people.brandAdmin, people.admin.email)).status).toBe(403)
      expect((await unlock(people.brandAdmin, people.southEditor.email)).status).toBe(403)
      expect(await isLocked(people.admin)).toBe(true)
      expect(await isLocked(people.southEditor)).toBe(true)
    })

    it('lets a network admin unlock anyone', async () => {
      await lock(people.southEditor)
      expect((await unlock(people.admin, people.southEditor.email)).status).toBe(200)
      expect(await isLocked(people.southEditor)).toBe(false)
    })
  })

  describe('failed logins', () => {
    beforeEach(async () => {
      for (const user of Object.values(people)) await payload.db.updateOne({ collection: 'users', id: user.id, data: { loginAttempts: 0, lockUntil: null } })
    })

    /** Counts the password hashes computed while `run` runs, by their iteration count. */
    async function hashesDuring(run: () => Promise<unknown>): Promise<number[]> {
      const spy = vi.spyOn(crypto, 'pbkdf2')
      try {
        await run()
        return spy.mock.calls.map((call) => call[2] as number)
      } finally {
        spy.mockRestore()
      }
    }

    it('answer an unknown email, a wrong password and a locked account alike, after the same password check', async () => {
      await lock(people.southEditor)
      const answers: { status: number; body: unknown; hashes: number[] }[] = []
      for (const [email, password] of [
        ['nobody@login.example', PASSWORD],
        [people.target.email, 'not-the-password-1'],
        [people.southEditor.email, PASSWORD],
      ] as const) {
        let response: Response | undefined
        const hashes = await hashesDuring(async () => {
          response = await login(email, password)
        })
        answers.push({ status: (response as Response).status, body: await (response as Response).json(), hashes })
      }
      const [unknown, wrong, locked] = answers
      expect(wrong?.status).toBe(401)
      expect(unknown).toEqual(wrong)
      expect(locked).toEqual(wrong)
      // One full-cost hash each: the answer time does not tell the cases apart.
      expect(wrong?.hashes).toEqual([600_000])
    })

    it('never call an account locked over GraphQL either', async () => {
      await lock(people.southEditor)
      const locked = await graphql(`mutation { loginUser(email: "${people.southEditor.email}", password: "${PASSWORD}") { token } }`, { [PEER_ADDRESS_HEADER]: freshAddress() })
      const unknown = await graphql(`mutation { loginUser(email: "nobody@login.example", password: "${PASSWORD}") { token } }`, { [PEER_ADDRESS_HEADER]: freshAddress() })
      expect(locked.errors?.[0]?.message).toBe(unknown.errors?.[0]?.message)
      expect(locked.errors?.[0]?.message).not.toMatch(/lock/i)
    })

    it(`are limited to ${LOGIN_RATE_LIMIT} per client address across accounts, whatever X-Forwarded-For says`, async () => {
      const address = freshAddress()
      const emails = ['a@login.example', 'b@login.example', people.target.email, 'c@login.example']
      for (const [index, email] of emails.entries()) {
        // A client that makes up X-Forwarded-For entries is still counted by its connection.
        const response = await login(email, 'wrong-password-1', address, { 'X-Forwarded-For': `203.0.113.${index + 1}` })
        expect(response.status).toBe(401)
      }
      const refused = await login(people.editor.email, PASSWORD, address, { 'X-Forwarded-For': '203.0.113.99' })
      expect(refused.status).toBe(429)
      expect(((await refused.json()) as { errors: { message: string }[] }).errors[0]?.message).toMatch(/Too many failed logins/)
      // Other addresses are not affected, and the account itself is not locked.
      expect((await login(people.editor.email, PASSWORD, freshAddress())).status).toBe(200)
      expect(await isLocked(people.editor)).toBe(false)
    })

    it('do not count a successful login', async () => {
      const address = freshAddress()
      for (let round = 0; round < LOGIN_RATE_LIMIT + 2; round += 1) {
        expect((await login(people.editor.email, PASSWORD, address)).status).toBe(200)
      }
      expect((await login(people.editor.email, 'wrong-password-1', address)).status).toBe(401)
    })

    it('are not limited for the Local API (scripts and the server itself)', async () => {
      loginThrottle()
      for (let round = 0; round < LOGIN_RATE_LIMIT + 1; round += 1) {
        await expect(payload.login({ collection: 'users', data: { email: `ghost-${round}@login.example`, password: PASSWORD } })).rejects.toThrow()
      }
      await expect(payload.login({ collection: 'users', data: { email: people.editor.email, password: PASSWORD } })).resolves.toHaveProperty('token')
    })
  })
})
