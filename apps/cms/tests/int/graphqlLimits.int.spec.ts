import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand } from '../../src/payload-types'
import type { GraphqlAnswer } from './helpers/graphql'
import { brandData } from './helpers/contentDocuments'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'
import { setCmsEnv } from './helpers/testEnv'

/*
 * The GraphQL API's limits, through Payload's real GraphQL handler: what one request may ask for
 * (aliases, depth, the number of values it can return), who may ask at all (the public only logs
 * in), and introspection in production. The first tests are the attacks that showed the need.
 */

/** Authors created for list queries; a page of 100 is Payload's usual largest. */
const AUTHORS = 100

describe.skipIf(skipDatabase)('GraphQL limits', () => {
  let cms: TestCms
  let payload: Payload
  let brand: Brand
  let graphqlAnswer: typeof import('./helpers/graphql').graphqlAnswer
  let postGraphql: typeof import('./helpers/graphql').postGraphql
  const editorKey = 'graphql-limits-editor-key-0123456789abcdef0123'
  const editorEmail = 'editor@graphql-limits.example'
  const editorPassword = 'editor-password-1'
  const asEditor = { Authorization: `users API-Key ${editorKey}` }

  beforeAll(async () => {
    cms = await startPayload()
    payload = cms.payload
    // Refused requests are the point of most tests here; Payload would log each of them.
    payload.logger.level = 'silent'
    ;({ graphqlAnswer, postGraphql } = await import('./helpers/graphql'))
    brand = await payload.create({ collection: 'brands', data: brandData('Limits Brand'), overrideAccess: true, context: { disableRebuild: true } })
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: editorEmail, password: editorPassword, name: 'Editor', role: 'editor', brands: [brand.id], enableAPIKey: true, apiKey: editorKey },
    })
    for (let index = 1; index <= AUTHORS; index++) {
      await payload.create({
        collection: 'authors',
        overrideAccess: true,
        context: { disableRebuild: true },
        data: { name: `Author ${index}`, slug: `author-${index}`, brands: [brand.id], credentials: 'PT', jobTitle: 'Physical therapist', bio: `Treats runners. ${'Knee, hip and ankle care. '.repeat(80)}` },
      })
    }
  })
  afterAll(async () => {
    await cms?.stop()
  })

  /** `count` copies of `field`, each under its own alias. */
  const aliased = (count: number, field: string) => Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join('\n')
  const messages = (answer: GraphqlAnswer) => (answer.result.errors ?? []).map((error) => error.message)
  /** The answer refused the whole request: no data at all, and an error matching `message`. */
  const expectRefused = (answer: GraphqlAnswer, message: RegExp) => {
    expect(answer.result.data ?? null, JSON.stringify(answer.result).slice(0, 300)).toBeNull()
    expect(messages(answer)).toContainEqual(expect.stringMatching(message))
  }

  describe('the attacks that were found', () => {
    it('refuses an anonymous query of 80 __schema aliases without running it', async () => {
      const query = `{ ${aliased(80, '__schema { types { name } }')} }`
      const answer = await graphqlAnswer(query)
      expectRefused(answer, /^Log in to query the CMS API\./)
      expect(messages(answer)).toContainEqual(expect.stringMatching(/80 aliases or repeated fields; the GraphQL API allows 20/))
      expect(answer.bytes).toBeLessThan(10_000)
    })

    it('refuses a brand editor’s 200 aliases of a 100-document list without running it', async () => {
      const query = `{ ${aliased(200, `Authors(limit: ${AUTHORS}) { docs { id name bio } }`)} }`
      const answer = await graphqlAnswer(query, asEditor)
      expectRefused(answer, /200 aliases or repeated fields; the GraphQL API allows 20/)
      expect(messages(answer)).toContainEqual(expect.stringMatching(/could return up to 80,200 values.*allows 5,000/))
      expect(answer.bytes).toBeLessThan(10_000)
    })
  })

  describe('aliases and repeated fields', () => {
    it('answers 20 aliases and refuses 21', async () => {
      const ok = await graphqlAnswer(`{ ${aliased(20, 'countAuthors { totalDocs }')} }`, asEditor)
      expect(ok.result.errors).toBeUndefined()
      expect(ok.result.data?.a19).toEqual({ totalDocs: AUTHORS })
      expectRefused(await graphqlAnswer(`{ ${aliased(21, 'countAuthors { totalDocs }')} }`, asEditor), /21 aliases or repeated fields; the GraphQL API allows 20 per operation/)
    })

    it('counts a field repeated under the same name like an alias', async () => {
      const query = `{ ${Array.from({ length: 22 }, () => 'meUser { user { id } }').join(' ')} }`
      expectRefused(await graphqlAnswer(query, asEditor), /21 aliases or repeated fields/)
    })

    it('counts the aliases of a fragment each time it is used', async () => {
      const query = `{ one: Authors(limit: 1) { docs { ...Names } } two: Authors(limit: 1) { docs { ...Names } } }
        fragment Names on Author { ${aliased(10, 'name')} }`
      expectRefused(await graphqlAnswer(query, asEditor), /22 aliases or repeated fields/)
    })
  })

  describe('depth', () => {
    /**
     * `levels` relationships below an author: its photo, the image's brands, their logo, its
     * brands, … (one list in two levels, so that 10 levels stay within the budget of values).
     */
    const nested = (levels: number) => {
      let selection = 'id'
      for (let level = levels - 1; level >= 0; level--) selection = `${level === 0 ? 'photo' : level % 2 === 1 ? 'brands' : 'logo'} { ${selection} }`
      return selection
    }

    it('answers 10 levels and refuses 11, through fragments too', async () => {
      const ok = await graphqlAnswer(`{ Authors(limit: 1) { docs { ${nested(7)} } } }`, asEditor)
      expect(ok.result.errors).toBeUndefined()
      expectRefused(await graphqlAnswer(`{ Authors(limit: 1) { docs { ${nested(8)} } } }`, asEditor), /nests fields 11 deep; the GraphQL API allows 10/)
      const throughFragments = `{ Authors(limit: 1) { docs { ...Deep } } }
        fragment Deep on Author { brands { ... on Brand { logo { ...Deeper } } } }
        fragment Deeper on Media { brands { logo { brands { logo { brands { logo { id } } } } } } }`
      expectRefused(await graphqlAnswer(throughFragments, asEditor), /nests fields 11 deep/)
    })
  })

  describe('the number of values a query can return', () => {
    it('counts each list at its limit, and 10 when it has none', async () => {
      expectRefused(await graphqlAnswer(`{ Authors(limit: 1000) { docs { id name slug bio } } }`, asEditor), /could return up to 5,001 values/)
      const ok = await graphqlAnswer(`{ Authors(limit: 999) { docs { id name slug bio } } }`, asEditor)
      expect(ok.result.errors).toBeUndefined()
      // Payload answers 10 documents without a limit; a relationship list counts as 10 too:
      // 20 aliases × (1 + 10 × (1 + 8 fields + 10 brands × (1 + 3 fields))) = 9,820.
      const page = 'Authors { docs { id name slug bio credentials jobTitle createdAt updatedAt brands { id name slug } } }'
      expectRefused(await graphqlAnswer(`{ ${aliased(20, page)} }`, asEditor), /could return up to 9,820 values/)
    })

    it('reads the limit from variables', async () => {
      const query = 'query Page($limit: Int) { Authors(limit: $limit) { docs { id name slug bio } } }'
      expectRefused(await graphqlAnswer(query, asEditor, { limit: 2000 }), /could return up to 10,001 values/)
      const ok = await graphqlAnswer(query, asEditor, { limit: 10 })
      expect(ok.result.errors).toBeUndefined()
      expect((ok.result.data?.Authors as { docs: unknown[] }).docs).toHaveLength(10)
    })

    it('counts what fragments select, named and inline', async () => {
      const query = `{
        a: Authors(limit: 100) { ...Page }
        b: Authors(limit: 100) { ...Page }
        c: Authors(limit: 100) { ...Page }
      }
      fragment Page on Authors { docs { ...Fields } }
      fragment Fields on Author { id name slug bio credentials jobTitle createdAt updatedAt ... on Author { brands { id name slug } } }`
      // 3 × (1 + 100 × (1 + 8 + 10 × (1 + 3))) = 14,703
      expectRefused(await graphqlAnswer(query, asEditor), /could return up to 14,703 values/)
    })

    it('refuses lists without a limit: pagination: false and limit: 0', async () => {
      for (const args of ['pagination: false', 'limit: 0', 'limit: -1']) {
        expectRefused(await graphqlAnswer(`{ Authors(${args}) { docs { id } } }`, asEditor), /Authors asks for every document.*set limit/)
      }
    })

    it('stops at fragment cycles', async () => {
      const query = `{ Brands(limit: 1) { docs { ...Loop } } }
        fragment Loop on Brand { logo { brands { ...Loop } } }`
      const answer = await graphqlAnswer(query, asEditor)
      expectRefused(answer, /Cannot spread fragment "Loop" within itself/)
      expect(answer.status).toBe(200)
    })
  })

  describe('sizes of requests and answers', () => {
    it('refuses a document over 64 KiB, and a body over 1 MiB, with 413', async () => {
      const padded = `{ meUser { user { id } } } # ${'x'.repeat(70_000)}`
      const document = await graphqlAnswer(padded, asEditor)
      expect(document.status).toBe(413)
      expect(messages(document)).toEqual([expect.stringMatching(/^The GraphQL document is 69 KiB; the GraphQL API accepts 64 KiB at most/)])
      // Large inputs travel as variables, within the body's limit.
      const byName = 'query ByName($name: String) { countAuthors(where: { name: { equals: $name } }) { totalDocs } }'
      const variables = await graphqlAnswer(byName, asEditor, { name: 'x'.repeat(500_000) })
      expect(variables.status).toBe(200)
      expect(variables.result).toEqual({ data: { countAuthors: { totalDocs: 0 } } })
      const body = await graphqlAnswer(byName, asEditor, { name: 'x'.repeat(1_100_000) })
      expect(body.status).toBe(413)
      expect(messages(body)).toEqual([expect.stringMatching(/^The request body is larger than 1 MiB/)])
    })

    it('refuses a body by its Content-Length before reading it', async () => {
      const answer = await postGraphql(JSON.stringify({ query: '{ meUser { user { id } } }' }), { ...asEditor, 'Content-Length': String(2 * 1024 * 1024) })
      expect(answer.status).toBe(413)
    })

    it('does not send an answer over 2 MiB', async () => {
      // Within every query limit (20 aliases, 4,020 values), but 2,000 biographies of 2 KB each.
      const query = `{ ${aliased(20, `Authors(limit: ${AUTHORS}) { docs { bio } }`)} }`
      const answer = await graphqlAnswer(query, asEditor)
      expectRefused(answer, /^The answer is larger than 2 MiB, the GraphQL API's limit/)
      expect(answer.result.errors?.[0]?.extensions?.name).toBe('ResponseTooLarge')
      expect(answer.status).toBe(200)
      expect(answer.bytes).toBeLessThan(1_000)
    })

    it('refuses fragments that multiply before they are validated', async () => {
      // 1 KB that Payload's own complexity rule would walk 2^20 times (2^40 would take days).
      let query = '{ ...F0 }\n'
      for (let level = 0; level < 20; level++) query += `fragment F${level} on Query { ...F${level + 1} ...F${level + 1} }\n`
      query += 'fragment F20 on Query { __typename }'
      const answer = await graphqlAnswer(query, asEditor)
      expectRefused(answer, /^The query selects 1,048,576 fields once its fragments are expanded; the GraphQL API allows 5,000/)
      expect(answer.status).toBe(200)
    })
  })

  describe('the public', () => {
    it('may only log in: anything else is refused before it runs', async () => {
      for (const query of [
        '{ Authors { docs { id name } } }',
        '{ Author(id: 1) { name } }',
        '{ __schema { queryType { name } } }',
        '{ __type(name: "Author") { name } }',
        '{ Access { canAccessAdmin } }',
        '{ ...Everything } fragment Everything on Query { Authors { docs { id } } }',
        '{ meUser { user { id } } ... on Query { countAuthors { totalDocs } } }',
        'mutation { createAuthor(data: { name: "Anonymous", slug: "anonymous" }) { id } }',
        'mutation { refreshTokenUser { refreshedToken } }',
      ]) {
        const answer = await graphqlAnswer(query)
        expectRefused(answer, /^Log in to query the CMS API\./)
        expect(answer.result.errors?.[0]?.extensions?.statusCode, query).toBe(403)
      }
    })

    it('logs in and asks who is logged in', async () => {
      const login = await graphqlAnswer(`mutation { loginUser(email: "${editorEmail}", password: "${editorPassword}") { token user { email } } }`)
      expect(login.result.errors).toBeUndefined()
      const { token } = login.result.data?.loginUser as { token: string }
      expect(token).toMatch(/\S{20,}/)
      const anonymousMe = await graphqlAnswer('{ meUser { user { email } } initializedUser }')
      expect(anonymousMe.result.errors).toBeUndefined()
      expect(anonymousMe.result.data).toEqual({ meUser: { user: null }, initializedUser: true })
      const me = await graphqlAnswer('{ meUser { user { email } } }', { Authorization: `JWT ${token}` })
      expect(me.result.data).toEqual({ meUser: { user: { email: editorEmail } } })
    })
  })

  describe('ordinary queries', () => {
    it('answers a page of documents with a few fields, and who is asking', async () => {
      const answer = await graphqlAnswer(`{ Authors(limit: 10, sort: "name") { docs { id name slug brands { name } } totalDocs hasNextPage } meUser { user { email role } } }`, asEditor)
      expect(answer.result.errors).toBeUndefined()
      const authors = answer.result.data?.Authors as { docs: { name: string; brands: { name: string }[] }[]; totalDocs: number; hasNextPage: boolean }
      expect(authors.docs).toHaveLength(10)
      expect(authors.docs[0]?.brands).toEqual([{ name: 'Limits Brand' }])
      expect(authors.totalDocs).toBe(AUTHORS)
      expect(authors.hasNextPage).toBe(true)
      expect(answer.result.data?.meUser).toEqual({ user: { email: editorEmail, role: 'editor' } })
    })
  })

  describe('in production', () => {
    /** Runs `run` with NODE_ENV=production, which Payload's GraphQL routes read on every request. */
    const inProduction = async <T>(run: () => Promise<T>): Promise<T> => {
      const restore = setCmsEnv({ NODE_ENV: 'production' })
      try {
        return await run()
      } finally {
        restore()
      }
    }

    it('refuses introspection, to logged-in users too', async () => {
      const query = '{ __type(name: "Author") { name } }'
      const answer = await inProduction(() => graphqlAnswer(query, asEditor))
      expectRefused(answer, /introspection is not allowed/)
      // The same query outside production, so the refusal above is production's.
      expect((await graphqlAnswer(query, asEditor)).result.data).toEqual({ __type: { name: 'Author' } })
    })

    it('does not serve the GraphQL playground', async () => {
      const { GRAPHQL_PLAYGROUND_GET } = await import('@payloadcms/next/routes')
      const { default: config } = await import('../../src/payload.config')
      const playground = GRAPHQL_PLAYGROUND_GET(config)
      const request = () => new Request('http://cms.test/api/graphql-playground')
      expect((await inProduction(() => playground(request()))).status).toBe(404)
      expect((await playground(request())).status).toBe(200)
    })
  })
})
