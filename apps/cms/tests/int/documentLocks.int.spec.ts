import { handleFormStateLocking } from '@payloadcms/ui/utilities/handleFormStateLocking'
import { type Payload, type Where, createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand, PayloadLockedDocument } from '../../src/payload-types'
import { minimalDocument } from './helpers/contentDocuments'
import { type Person, apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * While someone edits a document, Payload keeps a lock on it (`payload-locked-documents`): the
 * admin shows "<name> is editing" to everyone else and refuses their saves with 423. Locks follow
 * the locked document: brand staff read, take, take over and remove locks only on documents they
 * may edit, always in their own name; network admins do everything. The admin itself must keep
 * working for brand staff: it creates locks through the database, reads them through access
 * (the document view, the list view, form state) and takes over or removes them over REST.
 */

type Id = number | string
type Who = 'admin' | 'editorA' | 'colleagueA' | 'editorB'

const LOCKS = 'payload-locked-documents'
const statusOf = (error: unknown) => (error as { status?: number }).status

describe.skipIf(skipDatabase)('document locks follow the locked document', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let brandA: Brand
  let brandB: Brand
  let people: Record<Who, Person>
  const auth = (who: Who) => apiKeyAuth(people[who])
  let restRequest: TestCmsWithApi['restRequest']
  let graphql: TestCmsWithApi['graphql']
  let counter = 0

  const article = async (brands: Id[]) =>
    (await payload.create({ collection: 'articles', overrideAccess: true, data: { ...minimalDocument('articles', `Locked page ${++counter}`, brands), _status: 'published' } as never })).id
  /** Opens `id` for editing as `who`, the way the admin's edit view does (form state locks through the database). */
  const openAs = async (who: Who, id: Id) => handleFormStateLocking({ id, collectionSlug: 'articles', req: await createLocalReq({ user: people[who] }, payload), updateLastEdited: true })
  const locksOf = async (id: Id) =>
    (await payload.find({ collection: LOCKS, where: { and: [{ 'document.relationTo': { equals: 'articles' } }, { 'document.value': { equals: id } }] }, overrideAccess: true, depth: 0, pagination: false }))
      .docs as PayloadLockedDocument[]
  const holderOf = (lock: PayloadLockedDocument | undefined) => (lock === undefined ? undefined : typeof lock.user.value === 'object' ? lock.user.value.id : lock.user.value)
  const lockData = (id: Id, who: Who) => ({ document: { relationTo: 'articles', value: id }, user: { relationTo: 'users', value: people[who].id } })
  /** The lock ids `who` lists through the Local API (as the admin's views read them), REST and GraphQL. */
  async function listedBy(who: Who) {
    const ids = (docs: { id: Id }[] | undefined) => (docs ?? []).map((doc) => String(doc.id)).sort()
    const local = await payload.find({ collection: LOCKS, user: people[who], overrideAccess: false, depth: 0, pagination: false })
    const response = await restRequest('GET', `/${LOCKS}?depth=0&limit=100`, { headers: auth(who) })
    expect(response.status).toBe(200)
    const rest = (await response.json()) as { docs: { id: Id }[] }
    const overGraphql = await graphql('{ PayloadLockedDocuments(limit: 100) { docs { id } } }', auth(who))
    expect(overGraphql.errors).toBeUndefined()
    const graphqlDocs = (overGraphql.data?.PayloadLockedDocuments as { docs: { id: Id }[] } | undefined)?.docs
    return { local: ids(local.docs), rest: ids(rest.docs), graphql: ids(graphqlDocs) }
  }
  /** Locks `id` as `who` through GraphQL; the status of the refusal, or 200. */
  async function lockOverGraphql(who: Who, id: Id, holder: Who) {
    const result = await graphql(
      `mutation { createPayloadLockedDocument(data: { document: { relationTo: articles, value: ${JSON.stringify(id)} }, user: { relationTo: users, value: ${JSON.stringify(people[holder].id)} } }) { id } }`,
      auth(who),
    )
    return result.errors?.[0]?.extensions?.statusCode ?? (result.errors ? 500 : 200)
  }

  beforeAll(async () => {
    cms = await startPayloadWithApi()
    ;({ payload, restRequest, graphql } = cms)
    ;({ brands: { a: brandA, b: brandB }, people } = await createBrandsAndPeople(payload, {
      domain: 'locks.example',
      brands: { a: 'Locks Brand A', b: 'Locks Brand B' },
      people: { admin: { role: 'admin', brands: [] }, editorA: { role: 'editor', brands: ['a'] }, colleagueA: { role: 'editor', brands: ['a'] }, editorB: { role: 'editor', brands: ['b'] } },
    }))
  })
  afterAll(async () => {
    await cms?.stop()
  })

  it('hides brand B\'s locks from an editor of brand A, who still lists their own brand\'s', async () => {
    expect(await listedBy('editorA')).toEqual({ local: [], rest: [], graphql: [] })
    const ofB = await article([brandB.id])
    const ofA = await article([brandA.id])
    await openAs('editorB', ofB)
    await openAs('colleagueA', ofA)
    const [lockOfB] = await locksOf(ofB)
    const [lockOfA] = await locksOf(ofA)
    if (!lockOfB || !lockOfA) throw new Error('opening the articles did not lock them')

    const listed = await listedBy('editorA')
    for (const channel of ['local', 'rest', 'graphql'] as const) {
      expect(listed[channel], channel).toContain(String(lockOfA.id))
      expect(listed[channel], channel).not.toContain(String(lockOfB.id))
    }
    expect((await restRequest('GET', `/${LOCKS}/${lockOfB.id}`, { headers: auth('editorA') })).status).toBe(404)
  })

  it('refuses an editor of brand A to delete brand B\'s locks, one by one or all at once', async () => {
    const ofB = await article([brandB.id])
    await openAs('editorB', ofB)
    const [lock] = await locksOf(ofB)
    if (!lock) throw new Error('opening the article did not lock it')

    const local = await payload.delete({ collection: LOCKS, id: lock.id, user: people.editorA, overrideAccess: false }).catch((error: unknown) => error)
    expect(statusOf(local)).toBe(403)
    expect((await restRequest('DELETE', `/${LOCKS}/${lock.id}`, { headers: auth('editorA') })).status).toBe(403)
    await restRequest('DELETE', `/${LOCKS}?where[id][exists]=true`, { headers: auth('editorA') })
    expect(holderOf((await locksOf(ofB))[0])).toBe(people.editorB.id)
  })

  it('refuses an editor of brand A a lock on brand B\'s article, and brand B\'s editor keeps editing it', async () => {
    const ofB = await article([brandB.id])
    const local = await payload.create({ collection: LOCKS, data: lockData(ofB, 'editorA') as never, user: people.editorA, overrideAccess: false }).catch((error: unknown) => error)
    expect(statusOf(local)).toBe(403)
    expect((await restRequest('POST', `/${LOCKS}`, { headers: auth('editorA'), body: lockData(ofB, 'editorA') })).status).toBe(403)
    expect((await restRequest('POST', `/${LOCKS}`, { headers: auth('editorA'), body: lockData(ofB, 'editorB') })).status).toBe(403)
    expect(await lockOverGraphql('editorA', ofB, 'editorA')).toBe(403)
    expect(await locksOf(ofB)).toEqual([])

    const opened = await openAs('editorB', ofB)
    expect(holderOf((await locksOf(ofB))[0])).toBe(people.editorB.id)
    expect(opened.isLocked).toBe(true)
    const saved = await payload.update({ collection: 'articles', id: ofB, data: { title: 'Edited by brand B' }, draft: true, user: people.editorB, overrideAccess: false, overrideLock: false })
    expect(saved.title).toBe('Edited by brand B')
  })

  it('refuses a lock in another user\'s name, even on the editor\'s own brand\'s article', async () => {
    const ofA = await article([brandA.id])
    const local = await payload.create({ collection: LOCKS, data: lockData(ofA, 'colleagueA') as never, user: people.editorA, overrideAccess: false }).catch((error: unknown) => error)
    expect(statusOf(local)).toBe(403)
    expect((await restRequest('POST', `/${LOCKS}`, { headers: auth('editorA'), body: lockData(ofA, 'colleagueA') })).status).toBe(403)
    expect(await lockOverGraphql('editorA', ofA, 'colleagueA')).toBe(403)
    expect(await locksOf(ofA)).toEqual([])

    // Their own lock cannot be handed to someone else either.
    const created = await restRequest('POST', `/${LOCKS}`, { headers: auth('editorA'), body: { document: { relationTo: 'articles', value: ofA } } })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: PayloadLockedDocument }
    expect(holderOf((await locksOf(ofA))[0])).toBe(people.editorA.id)
    const handed = await restRequest('PATCH', `/${LOCKS}/${doc.id}`, { headers: auth('editorA'), body: { user: { relationTo: 'users', value: people.colleagueA.id } } })
    expect(handed.status).toBe(403)
    const moved = await restRequest('PATCH', `/${LOCKS}/${doc.id}`, { headers: auth('editorA'), body: { document: { relationTo: 'articles', value: await article([brandB.id]) } } })
    expect(moved.status).toBe(403)
    expect((await locksOf(ofA)).map(holderOf)).toEqual([people.editorA.id])
  })

  it('refuses an editor of brand A to take over brand B\'s lock', async () => {
    const ofB = await article([brandB.id])
    await openAs('editorB', ofB)
    const [lock] = await locksOf(ofB)
    if (!lock) throw new Error('opening the article did not lock it')
    const takeOver = await restRequest('PATCH', `/${LOCKS}/${lock.id}`, { headers: auth('editorA'), body: { user: { relationTo: 'users', value: people.editorA.id } } })
    expect(takeOver.status).toBe(403)
    expect(holderOf((await locksOf(ofB))[0])).toBe(people.editorB.id)
  })

  it('lets brand A\'s editors see, take over and remove each other\'s locks on brand A\'s articles, as the admin does', async () => {
    const ofA = await article([brandA.id])
    expect((await openAs('editorA', ofA)).isLocked).toBe(true)

    // The colleague's document view (getIsLocked) and form state see that editor A is editing.
    const isLockedQuery: Where = { and: [{ 'document.value': { equals: ofA } }, { 'document.relationTo': { equals: 'articles' } }, { updatedAt: { greater_than: new Date(Date.now() - 300_000) } }] }
    const seen = await payload.find({ collection: LOCKS, where: isLockedQuery, user: people.colleagueA, overrideAccess: false, depth: 1 })
    expect(seen.docs.map(holderOf)).toEqual([people.editorA.id])
    const colleagueOpens = await openAs('colleagueA', ofA)
    expect(colleagueOpens.isLocked).toBe(true)
    const editing: unknown = colleagueOpens.user
    expect(typeof editing === 'object' && editing !== null ? (editing as { id: Id }).id : editing).toBe(people.editorA.id)
    const listed = await payload.find({ collection: 'articles', where: { id: { equals: ofA } }, includeLockStatus: true, user: people.colleagueA, overrideAccess: false, depth: 0 })
    expect((listed.docs[0] as { _isLocked?: boolean } | undefined)?._isLocked).toBe(true)

    // Taking over and leaving, over REST as the admin's document view does.
    const query = `where[document.relationTo][equals]=articles&where[document.value][equals]=${ofA}`
    const found = (await (await restRequest('GET', `/${LOCKS}?${query}`, { headers: auth('colleagueA') })).json()) as { docs: { id: Id }[] }
    const lockId = found.docs[0]?.id
    if (lockId === undefined) throw new Error('the colleague does not find the lock')
    const takeOver = await restRequest('PATCH', `/${LOCKS}/${lockId}`, { headers: auth('colleagueA'), body: { user: { relationTo: 'users', value: people.colleagueA.id } } })
    expect(takeOver.status).toBe(200)
    expect((await locksOf(ofA)).map(holderOf)).toEqual([people.colleagueA.id])
    expect((await restRequest('DELETE', `/${LOCKS}/${lockId}`, { headers: auth('colleagueA') })).status).toBe(200)
    expect(await locksOf(ofA)).toEqual([])
  })

  it('lets a network admin list, create, take over and delete every lock', async () => {
    const ofB = await article([brandB.id])
    await openAs('editorB', ofB)
    const [lock] = await locksOf(ofB)
    if (!lock) throw new Error('opening the article did not lock it')
    const listed = await listedBy('admin')
    for (const channel of ['local', 'rest', 'graphql'] as const) expect(listed[channel], channel).toContain(String(lock.id))
    const takeOver = await restRequest('PATCH', `/${LOCKS}/${lock.id}`, { headers: auth('admin'), body: { user: { relationTo: 'users', value: people.admin.id } } })
    expect(takeOver.status).toBe(200)
    expect((await restRequest('DELETE', `/${LOCKS}/${lock.id}`, { headers: auth('admin') })).status).toBe(200)
    const created = await restRequest('POST', `/${LOCKS}`, { headers: auth('admin'), body: lockData(ofB, 'editorB') })
    expect(created.status).toBe(201)
    expect((await locksOf(ofB)).map(holderOf)).toEqual([people.editorB.id])
    expect(await lockOverGraphql('admin', await article([brandA.id]), 'colleagueA')).toBe(200)
  })
})
