import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand, User } from '../../src/payload-types'
import { minimalDocument } from './helpers/contentDocuments'
import { apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

type Id = number | string

describe.skipIf(skipDatabase)('admin list filters and columns', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let own: Brand
  let editor: User
  let auth: Record<string, string>
  let restGet: TestCmsWithApi['restGet']
  const articles: Record<string, Id> = {}

  beforeAll(async () => {
    cms = await startPayloadWithApi()
    ;({ payload, restGet } = cms)
    ;({ brands: { own }, people: { editor } } = await createBrandsAndPeople(payload, {
      domain: 'admin-fixes.example',
      brands: { own: 'Admin Fixes Brand', other: 'Admin Fixes Other Brand' },
      people: { editor: { role: 'editor', brands: ['own'] } },
    }))
    auth = apiKeyAuth(editor)
    const categorised: Record<string, string[]> = { recovery: ['Recovery', 'Treatments'], treatments: ['Treatments'], none: [] }
    for (const [key, categories] of Object.entries(categorised)) {
      const data = { ...minimalDocument('articles', `Categorised ${key}`, [own.id]), categories, _status: 'published' }
      articles[key] = (await payload.create({ collection: 'articles', overrideAccess: true, data: data as never })).id
    }
  })
  afterAll(async () => {
    await cms?.stop()
  })

  const keysOf = (docs: { id: Id }[]) => docs.map((doc) => Object.entries(articles).find(([, id]) => String(id) === String(doc.id))?.[0]).sort()

  for (const draft of [false, true]) {
    describe(`articles filtered by category${draft ? ' (drafts, as the admin lists them)' : ''}`, () => {
      const cases: [string, string, string[]][] = [
        ['equals', 'where[categories][equals]=Recovery', ['recovery']],
        ['contains', 'where[categories][contains]=Treat', ['recovery', 'treatments']],
        ['in', 'where[categories][in]=Recovery,Other', ['recovery']],
        // The admin's filter edits a has-many text field with a multi-value input: it sends a list.
        ['equals (as the admin sends it)', 'where[or][0][and][0][categories][equals][0]=Recovery', ['recovery']],
        ['contains (as the admin sends it)', 'where[or][0][and][0][categories][contains][0]=Treat', ['recovery', 'treatments']],
        ['in (as the admin sends it)', 'where[or][0][and][0][categories][in][0]=Recovery&where[or][0][and][0][categories][in][1]=Other', ['recovery']],
      ]
      for (const [operator, query, expected] of cases) {
        it(`"${operator}" answers the matching articles`, async () => {
          const response = await restGet(`/articles?depth=0&limit=50${draft ? '&draft=true' : ''}&${query}`, auth)
          const body = (await response.json()) as { docs: { id: Id }[] }
          expect({ status: response.status, found: keysOf(body.docs ?? []) }).toEqual({ status: 200, found: expected })
        })
      }
    })
  }
})
