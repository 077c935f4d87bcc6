import type { Field, Payload } from 'payload'
import { fieldAffectsData, fieldIsHiddenOrDisabled } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand, User } from '../../src/payload-types'
import { minimalDocument } from './helpers/contentDocuments'
import { apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

type Id = number | string

/** The paths of the fields the list view offers as filters and as columns (Payload's rules, ColumnSelector and WhereBuilder). */
function offeredInLists(fields: Field[], prefix = ''): { filters: string[]; columns: string[] } {
  const offered = { filters: [] as string[], columns: [] as string[] }
  for (const field of fields) {
    if (fieldIsHiddenOrDisabled(field)) continue
    const path = fieldAffectsData(field) ? `${prefix}${field.name}` : prefix.replace(/\.$/, '')
    if ('fields' in field && Array.isArray(field.fields)) {
      const inner = offeredInLists(field.fields, path === '' ? '' : `${path}.`)
      offered.filters.push(...inner.filters)
      offered.columns.push(...inner.columns)
    }
    if (!fieldAffectsData(field)) continue
    if (field.admin?.disableListFilter !== true) offered.filters.push(path)
    if (field.admin?.disableListColumn !== true) offered.columns.push(path)
  }
  return offered
}

/** Fields only the CMS uses: keys, hashes, job ids, import internals. Never a list filter or column. */
const INTERNAL_FIELDS: Record<string, string[]> = {
  'appointment-requests': ['dedupeKey', 'idempotencyKey'],
  rebuilds: ['job'],
  imports: ['proposalDecisions', 'report'],
}

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

  it('offers no internal field as a list filter or column', () => {
    const offeredInternals: string[] = []
    for (const [slug, internal] of Object.entries(INTERNAL_FIELDS)) {
      const offered = offeredInLists(payload.collections[slug as keyof typeof payload.collections].config.fields)
      for (const name of internal) {
        if (offered.filters.includes(name)) offeredInternals.push(`${slug}.${name} (filter)`)
        if (offered.columns.includes(name)) offeredInternals.push(`${slug}.${name} (column)`)
      }
    }
    expect(offeredInternals).toEqual([])
  })

  it('keeps every field the admin hides out of every list filter and column', () => {
    const offeredHidden: string[] = []
    // Payload's own id, timestamps and file details are hidden from the form but meant for lists.
    const payloadsOwn = new Set(['id', 'createdAt', 'updatedAt', 'url', 'thumbnailURL', 'filename', 'mimeType', 'filesize', 'width', 'height', 'focalX', 'focalY', 'sizes'])
    const visit = (slug: string, fields: Field[]) => {
      for (const field of fields) {
        if ('name' in field && payloadsOwn.has(field.name)) continue
        if ('fields' in field && Array.isArray(field.fields)) visit(slug, field.fields)
        if (field.type !== 'ui' && field.admin?.hidden === true && !fieldIsHiddenOrDisabled(field)) {
          if (field.admin.disableListFilter !== true || field.admin.disableListColumn !== true) offeredHidden.push(`${slug}.${'name' in field ? field.name : field.type}`)
        }
      }
    }
    for (const collection of payload.config.collections) visit(collection.slug, collection.fields)
    expect(offeredHidden).toEqual([])
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
