import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Field, Payload } from 'payload'
import { fieldAffectsData, fieldIsHiddenOrDisabled } from 'payload/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BRAND_NAMES_CELL } from '../../src/admin/brandColumns'
import { BRAND_TIMEZONE_PUBLISH_BUTTON, SCHEDULED_CELL, nextScheduledChange } from '../../src/admin/scheduled'
import { pruneEmptyDrafts } from '../../src/admin/emptyDrafts'
import type { AppointmentRequest, Brand, Clinic, User } from '../../src/payload-types'
import { minimalDocument } from './helpers/contentDocuments'
import { apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

type Id = number | string

/** The components the admin's import map registers (`pnpm generate:importmap` writes it): the admin renders no other. */
const importMapKeys = () => [...readFileSync(fileURLToPath(new URL('../../src/app/(payload)/admin/importMap.js', import.meta.url)), 'utf8').matchAll(/^\s+"([^"]+)":/gm)].map((match) => match[1])

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
  let other: Brand
  let editor: User
  let otherEditor: User
  let restRequest: TestCmsWithApi['restRequest']
  let auth: Record<string, string>
  let restGet: TestCmsWithApi['restGet']
  const articles: Record<string, Id> = {}

  beforeAll(async () => {
    cms = await startPayloadWithApi()
    ;({ payload, restGet, restRequest } = cms)
    ;({ brands: { own, other }, people: { editor, otherEditor } } = await createBrandsAndPeople(payload, {
      domain: 'admin-fixes.example',
      brands: { own: 'Admin Fixes Brand', other: 'Admin Fixes Other Brand' },
      people: { editor: { role: 'editor', brands: ['own'] }, otherEditor: { role: 'editor', brands: ['other'] } },
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

  /** Every field of a collection, sub-fields included, flat. */
  const flatFields = (fields: Field[]): Field[] => fields.flatMap((field) => [field, ...('fields' in field && Array.isArray(field.fields) ? flatFields(field.fields) : [])])

  it('names the brands in every brand column (another brand when the viewer may not read it)', () => {
    const without: string[] = []
    for (const collection of payload.config.collections) {
      for (const field of flatFields(collection.fields)) {
        if (field.type === 'relationship' && field.relationTo === 'brands' && field.admin?.components?.Cell !== BRAND_NAMES_CELL) without.push(`${collection.slug}.${field.name}`)
      }
    }
    expect(without).toEqual([])
    expect(importMapKeys()).toContain(BRAND_NAMES_CELL)
  })

  describe('appointment requests in the list', () => {
    let clinics: Record<'own' | 'other', Clinic>
    let counter = 0
    const stored = async (brand: Brand, clinic: Clinic): Promise<AppointmentRequest> => {
      counter += 1
      return payload.create({
        collection: 'appointment-requests',
        overrideAccess: true,
        data: {
          brand: brand.id, clinic: clinic.id, name: `Visitor ${counter}`, phone: '(480) 555-0100', email: `visitor${counter}@example.com`,
          preferredDays: ['mon'], preferredTimes: ['evening'], consentAt: new Date().toISOString(), status: 'new', notification: { status: 'pending', attempts: 0 },
        },
      })
    }
    beforeAll(async () => {
      const clinic = async (brand: Brand, name: string) =>
        (await payload.create({ collection: 'clinics', overrideAccess: true, context: { disableRebuild: true }, data: { ...minimalDocument('clinics', name, [brand.id]), _status: 'published' } as never })) as Clinic
      clinics = { own: await clinic(own, 'Fixes Own Clinic'), other: await clinic(other, 'Fixes Other Clinic') }
    })

    it('show phone and e-mail as tel: and mailto: links, in the list and on the request', () => {
      const fields = flatFields(payload.collections['appointment-requests'].config.fields)
      const components = (name: string) => fields.find((field) => 'name' in field && field.name === name)?.admin?.components as { Cell?: unknown; Field?: unknown } | undefined
      for (const [name, kind] of [['phone', 'Phone'], ['email', 'Email']] as const) {
        expect(components(name)).toEqual({ Cell: `/components/ContactLinks/ContactLinks#${kind}Cell`, Field: `/components/ContactLinks/ContactLinks#${kind}Field` })
        expect(importMapKeys()).toEqual(expect.arrayContaining([`/components/ContactLinks/ContactLinks#${kind}Cell`, `/components/ContactLinks/ContactLinks#${kind}Field`]))
      }
      expect(payload.collections['appointment-requests'].config.admin.defaultColumns).toEqual(expect.arrayContaining(['phone', 'email', 'status']))
    })

    it('offer only the status in the list\'s "Edit" of several requests', () => {
      const bulkEditable = flatFields(payload.collections['appointment-requests'].config.fields)
        .filter((field) => 'name' in field && field.type !== 'group' && !['id', 'createdAt', 'updatedAt'].includes(field.name) && field.admin?.disableBulkEdit !== true)
        .map((field) => ('name' in field ? field.name : field.type))
      expect(bulkEditable).toEqual(['status'])
    })

    it('let brand staff change the status of several at once, their own brand\'s only, and nothing else', async () => {
      const mine = [await stored(own, clinics.own), await stored(own, clinics.own)]
      const theirs = await stored(other, clinics.other)
      const ids = [...mine, theirs].map((request) => request.id)
      const query = ids.map((id, index) => `where[id][in][${index}]=${id}`).join('&')
      const response = await restRequest('PATCH', `/appointment-requests?${query}`, { headers: apiKeyAuth(editor), body: { status: 'contacted', name: 'Changed', email: 'changed@example.com' } })
      expect(response.status).toBe(200)
      const answer = (await response.json()) as { docs: { id: Id }[] }
      expect(answer.docs.map((doc) => doc.id).sort()).toEqual(mine.map((request) => request.id).sort())
      const after = await payload.find({ collection: 'appointment-requests', overrideAccess: true, depth: 0, where: { id: { in: ids } } })
      const byId = new Map(after.docs.map((doc) => [String(doc.id), doc]))
      for (const request of mine) expect(byId.get(String(request.id))).toMatchObject({ status: 'contacted', name: request.name, email: request.email })
      expect(byId.get(String(theirs.id))).toMatchObject({ status: 'new', name: theirs.name, email: theirs.email })
      // The other brand's staff cannot change this brand's requests either.
      const refused = await restRequest('PATCH', `/appointment-requests?${query}`, { headers: apiKeyAuth(otherEditor), body: { status: 'closed' } })
      expect(((await refused.json()) as { docs: { id: Id }[] }).docs.map((doc) => doc.id)).toEqual([theirs.id])
      const again = await payload.find({ collection: 'appointment-requests', overrideAccess: true, depth: 0, where: { id: { in: mine.map((request) => request.id) } } })
      expect(again.docs.map((doc) => doc.status)).toEqual(['contacted', 'contacted'])
    })
  })

  describe('scheduled publishing', () => {
    it('offers the clinics\' time zones in the schedule dialog, Arizona apart, and never an empty one', () => {
      const { timezones } = payload.config.admin
      expect(timezones.defaultTimezone).toBe('America/Phoenix')
      expect(timezones.supportedTimezones.map((zone) => zone.value)).toEqual(expect.arrayContaining(['America/New_York', 'America/Chicago', 'America/Denver', 'America/Phoenix', 'America/Los_Angeles']))
    })

    it('gives each brand a time zone the schedule dialog starts in, Arizona\'s by default', async () => {
      expect((await payload.findByID({ collection: 'brands', id: own.id, overrideAccess: true, depth: 0 })).timeZone).toBe('America/Phoenix')
      const moved = await payload.update({ collection: 'brands', id: other.id, overrideAccess: true, context: { disableRebuild: true }, data: { timeZone: 'America/New_York' } })
      expect(moved.timeZone).toBe('America/New_York')
      await expect(payload.update({ collection: 'brands', id: other.id, overrideAccess: true, context: { disableRebuild: true }, data: { timeZone: 'Europe/Paris' as never } })).rejects.toThrow(/time zone/i)
    })

    it('gives every collection with scheduled publishing a "Scheduled" list column and the brand\'s time zone in its schedule dialog', () => {
      const scheduling = payload.config.collections.filter((collection) => collection.versions && collection.versions.drafts && collection.versions.drafts.schedulePublish)
      expect(scheduling.map((collection) => collection.slug)).toContain('articles')
      for (const collection of scheduling) {
        const column = collection.fields.find((field) => 'name' in field && field.name === 'scheduled')
        expect({ collection: collection.slug, type: column?.type, cell: column?.admin?.components?.Cell }).toEqual({ collection: collection.slug, type: 'ui', cell: SCHEDULED_CELL })
      }
      expect(importMapKeys()).toEqual(expect.arrayContaining([SCHEDULED_CELL, BRAND_TIMEZONE_PUBLISH_BUTTON]))
      for (const collection of scheduling) expect({ collection: collection.slug, button: collection.admin.components?.edit?.PublishButton }).toEqual({ collection: collection.slug, button: BRAND_TIMEZONE_PUBLISH_BUTTON })
      expect(payload.collections.articles.config.admin.defaultColumns).toContain('scheduled')
    })

    it('shows the next scheduled publish or unpublish of a document, and none of another document', async () => {
      const draft = async (title: string): Promise<Id> => (await payload.create({ collection: 'articles', overrideAccess: true, draft: true, data: { ...minimalDocument('articles', title, [own.id]), _status: 'draft' } as never })).id
      const [scheduled, other, unscheduled] = [await draft('Scheduled draft'), await draft('Other scheduled draft'), await draft('Unscheduled draft')]
      const inHours = (hours: number) => new Date(Date.now() + hours * 3_600_000)
      // The generated types name SQLite's numeric ids; MongoDB's are strings.
      const queue = (type: 'publish' | 'unpublish', id: Id, at: Date) =>
        payload.jobs.queue({ task: 'schedulePublish', input: { type, doc: { relationTo: 'articles', value: id as number }, user: { relationTo: 'users', value: editor.id } }, waitUntil: at })
      const publishAt = inHours(2)
      await queue('unpublish', scheduled, inHours(5))
      await queue('publish', scheduled, publishAt)
      await queue('unpublish', other, inHours(1))
      expect(await nextScheduledChange(payload, 'articles', scheduled)).toEqual({ type: 'publish', at: publishAt })
      expect(await nextScheduledChange(payload, 'articles', other)).toMatchObject({ type: 'unpublish' })
      expect(await nextScheduledChange(payload, 'articles', unscheduled)).toBeNull()
      expect(await nextScheduledChange(payload, 'therapies', scheduled)).toBeNull()
    })
  })

  describe('drafts "Create new" leaves behind', () => {
    it('deletes an untitled draft nobody touched after an hour, and keeps every other draft', async () => {
      // What the admin's create view stores as soon as it opens (autosave): a draft with no data.
      const opened = async () => (await payload.create({ collection: 'articles', draft: true, user: editor, overrideAccess: false, data: { brands: [own.id] } as never })).id
      const untouched = await opened()
      const typedIn = await opened()
      await payload.update({ collection: 'articles', id: typedIn, draft: true, autosave: true, user: editor, overrideAccess: false, data: { excerpt: 'Started writing, no title yet.' } as never })
      const titled = await opened()
      await payload.update({ collection: 'articles', id: titled, draft: true, autosave: true, user: editor, overrideAccess: false, data: { title: 'A title at last' } as never })
      const exists = async (id: Id) => (await payload.find({ collection: 'articles', draft: true, overrideAccess: true, depth: 0, where: { id: { equals: id } } })).totalDocs === 1

      expect(await pruneEmptyDrafts(payload)).toEqual({})
      expect(await exists(untouched)).toBe(true)

      const inTwoHours = new Date(Date.now() + 2 * 3_600_000)
      expect(await pruneEmptyDrafts(payload, { now: inTwoHours })).toEqual({ articles: 1 })
      expect({ untouched: await exists(untouched), typedIn: await exists(typedIn), titled: await exists(titled), published: await exists(articles.recovery as Id) })
        .toEqual({ untouched: false, typedIn: true, titled: true, published: true })
    })
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
