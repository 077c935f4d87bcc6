import type { Payload } from 'payload'
import { ValidationError } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Role } from '../../src/access/roles'
import type { Brand, User } from '../../src/payload-types'
import { brandData } from './helpers/contentDocuments'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

const errorPaths = (error: unknown) => (error instanceof ValidationError ? error.data.errors.map((entry) => entry.path) : [])
const statusOf = (error: unknown) => (error as { status?: number }).status

describe.skipIf(skipDatabase)('who manages which users', () => {
  let cms: TestCms
  let payload: Payload
  let north: Brand
  let south: Brand
  let restRequest: typeof import('./helpers/rest').restRequest
  const people = {} as Record<'admin' | 'brandAdmin' | 'editor' | 'contributor' | 'southEditor' | 'sharedEditor', User>
  const brandAdminKey = 'users-brand-admin-key-0123456789abcdef012345'
  let counter = 0

  const person = (role: Role, brands: Brand[], extra: Partial<User> = {}) => ({
    email: `person-${++counter}@users.example`,
    password: 'a-long-password-1',
    name: `Person ${counter}`,
    role,
    brands: brands.map((brand) => brand.id),
    ...extra,
  })

  beforeAll(async () => {
    cms = await startPayload()
    payload = cms.payload
    payload.logger.level = 'silent'
    ;({ restRequest } = await import('./helpers/rest'))
    const brand = (name: string) => payload.create({ collection: 'brands', overrideAccess: true, data: brandData(name) })
    north = await brand('North')
    south = await brand('South')
    const create = async (data: ReturnType<typeof person>) => ({ ...(await payload.create({ collection: 'users', overrideAccess: true, data })), collection: 'users' as const })
    people.admin = await create(person('admin', []))
    people.brandAdmin = await create(person('brand-admin', [north], { enableAPIKey: true, apiKey: brandAdminKey }))
    people.editor = await create(person('editor', [north]))
    people.contributor = await create(person('contributor', [north]))
    people.southEditor = await create(person('editor', [south]))
    people.sharedEditor = await create(person('editor', [north, south]))
  })
  afterAll(async () => {
    await cms?.stop()
  })

  describe('a brand admin', () => {
    it('adds brand admins, editors and contributors to their own brands', async () => {
      for (const role of ['brand-admin', 'editor', 'contributor'] as const) {
        const created = await payload.create({ collection: 'users', data: person(role, [north]), user: people.brandAdmin, overrideAccess: false })
        expect(created.role).toBe(role)
      }
    })

    it('cannot make anyone a network admin, or add people to another brand or to no brand', async () => {
      const admin = await payload.create({ collection: 'users', data: person('admin', [north]), user: people.brandAdmin, overrideAccess: false }).catch((error: unknown) => error)
      expect(errorPaths(admin)).toEqual(['role'])
      const foreign = await payload.create({ collection: 'users', data: person('editor', [south]), user: people.brandAdmin, overrideAccess: false }).catch((error: unknown) => error)
      expect(errorPaths(foreign)).toEqual(['brands'])
      const nowhere = await payload.create({ collection: 'users', data: person('editor', []), user: people.brandAdmin, overrideAccess: false }).catch((error: unknown) => error)
      expect(errorPaths(nowhere)).toEqual(['brands'])
      const promoted = await payload
        .update({ collection: 'users', id: people.editor.id, data: { role: 'admin' }, user: people.brandAdmin, overrideAccess: false })
        .catch((error: unknown) => error)
      expect(errorPaths(promoted)).toEqual(['role'])
    })

    it('sees themselves and the people of their brands, but not network admins or other brands\' people', async () => {
      const seen = await payload.find({ collection: 'users', user: people.brandAdmin, overrideAccess: false, pagination: false, depth: 0 })
      const ids = seen.docs.map((user) => user.id)
      expect(ids).toEqual(expect.arrayContaining([people.brandAdmin.id, people.editor.id, people.contributor.id, people.sharedEditor.id]))
      expect(ids).not.toContain(people.admin.id)
      expect(ids).not.toContain(people.southEditor.id)
    })

    it('changes the role and name of their brands\' people', async () => {
      const updated = await payload.update({ collection: 'users', id: people.contributor.id, data: { role: 'editor', name: 'Promoted' }, user: people.brandAdmin, overrideAccess: false })
      expect(updated).toMatchObject({ role: 'editor', name: 'Promoted' })
      await payload.update({ collection: 'users', id: people.contributor.id, data: { role: 'contributor' }, overrideAccess: true })
    })

    it('does not touch network admins, other brands\' people, or people who also work for another brand', async () => {
      for (const target of [people.admin, people.southEditor, people.sharedEditor]) {
        const changed = await payload.update({ collection: 'users', id: target.id, data: { name: 'Hijacked' }, user: people.brandAdmin, overrideAccess: false }).catch((error: unknown) => error)
        expect(statusOf(changed), target.email).toBe(403)
        const removed = await payload.delete({ collection: 'users', id: target.id, user: people.brandAdmin, overrideAccess: false }).catch((error: unknown) => error)
        expect(statusOf(removed), target.email).toBe(403)
        const still = await payload.findByID({ collection: 'users', id: target.id, overrideAccess: true })
        expect(still.name, target.email).toBe(target.name)
      }
    })

    it('is refused the same over REST with their API key', async () => {
      const response = await restRequest('PATCH', `/users/${people.admin.id}`, { headers: { Authorization: `users API-Key ${brandAdminKey}` }, body: { name: 'Hijacked' } })
      expect(response.status).toBe(403)
      const own = await restRequest('PATCH', `/users/${people.editor.id}`, { headers: { Authorization: `users API-Key ${brandAdminKey}` }, body: { name: 'Renamed over REST' } })
      expect(own.status).toBe(200)
    })

    it('removes their brands\' people, but not themselves', async () => {
      const leaving = await payload.create({ collection: 'users', data: person('editor', [north]), overrideAccess: true })
      await payload.delete({ collection: 'users', id: leaving.id, user: people.brandAdmin, overrideAccess: false })
      expect((await payload.find({ collection: 'users', where: { id: { equals: leaving.id } }, overrideAccess: true })).totalDocs).toBe(0)
      const self = await payload.delete({ collection: 'users', id: people.brandAdmin.id, user: people.brandAdmin, overrideAccess: false }).catch((error: unknown) => error)
      expect(statusOf(self)).toBe(403)
    })
  })

  describe('editors and contributors', () => {
    it('cannot add people, and see and change only their own account', async () => {
      for (const member of [people.editor, people.contributor]) {
        const created = await payload.create({ collection: 'users', data: person('contributor', [north]), user: member, overrideAccess: false }).catch((error: unknown) => error)
        expect(statusOf(created), member.email).toBe(403)
        const seen = await payload.find({ collection: 'users', user: member, overrideAccess: false, depth: 0 })
        expect(seen.docs.map((user) => user.id)).toEqual([member.id])
        const updated = await payload.update({ collection: 'users', id: member.id, data: { name: 'Renamed', role: 'brand-admin', brands: [north.id, south.id] }, user: member, overrideAccess: false })
        expect(updated).toMatchObject({ name: 'Renamed', role: member.role })
        expect(updated.brands?.map((brand) => (typeof brand === 'object' ? brand.id : brand))).toEqual([north.id])
      }
    })
  })
})
