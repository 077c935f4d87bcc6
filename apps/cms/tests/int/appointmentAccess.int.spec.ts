import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AppointmentRequest, Brand, Clinic } from '../../src/payload-types'
import { minimalDocument } from './helpers/contentDocuments'
import type * as GraphqlHelpers from './helpers/graphql'
import type * as RestHelpers from './helpers/rest'
import { type Person, apiKeyAuth, createBrandsAndPeople } from './helpers/people'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Who may see and change appointment requests, through the Local API, REST and GraphQL; and
 * their deletion after APPOINTMENT_RETENTION_DAYS (30 here) by the daily jobs task.
 */
const DAY_MS = 24 * 60 * 60 * 1000
type Role = 'admin' | 'brand-admin' | 'editor' | 'contributor' | 'otherEditor'

describe.skipIf(skipDatabase)('appointment requests: access and retention', () => {
  let cms: TestCms
  let payload: Payload
  let rest: typeof RestHelpers
  let graphql: typeof GraphqlHelpers.graphql
  let own: Brand
  let other: Brand
  let clinic: Clinic
  let users: Record<Role, Person>
  let counter = 0

  beforeAll(async () => {
    cms = await startPayload({ JOBS_AUTORUN: 'false', APPOINTMENT_RETENTION_DAYS: '30' })
    payload = cms.payload
    rest = await import('./helpers/rest')
    ;({ graphql } = await import('./helpers/graphql'))
    ;({ brands: { own, other }, people: users } = await createBrandsAndPeople(payload, {
      domain: 'appointments.example',
      context: { disableRebuild: true },
      brands: { own: 'Juniper Physio', other: 'Harbor Rehab' },
      people: { admin: { role: 'admin', brands: [] }, 'brand-admin': { role: 'brand-admin', brands: ['own'] }, editor: { role: 'editor', brands: ['own'] }, contributor: { role: 'contributor', brands: ['own'] }, otherEditor: { role: 'editor', brands: ['other'] } },
    }))
    clinic = (await payload.create({ collection: 'clinics', overrideAccess: true, context: { disableRebuild: true }, data: { ...minimalDocument('clinics', 'Juniper Mesa', [own.id]), _status: 'published' } as never })) as Clinic
  })
  afterAll(async () => {
    await cms?.stop()
  })

  /** A request as the endpoint stores it. */
  async function storedRequest(brand: Brand = own, clinicOf: Clinic = clinic): Promise<AppointmentRequest> {
    counter += 1
    return payload.create({
      collection: 'appointment-requests',
      overrideAccess: true,
      data: {
        brand: brand.id,
        clinic: clinicOf.id,
        name: `Visitor ${counter}`,
        phone: '(480) 555-0100',
        email: `visitor${counter}@example.com`,
        preferredDays: ['mon'],
        preferredTimes: ['evening'],
        message: 'Shoulder stiffness.',
        consentAt: new Date().toISOString(),
        status: 'new',
        notification: { status: 'pending', attempts: 0 },
      },
    })
  }
  const auth = (role: Role) => apiKeyAuth(users[role])
  const reload = (id: number | string) => payload.findByID({ collection: 'appointment-requests', id, overrideAccess: true, depth: 0 })

  describe('reading', () => {
    it('shows the public nothing: Local API, REST and GraphQL', async () => {
      const request = await storedRequest()
      await expect(payload.find({ collection: 'appointment-requests', overrideAccess: false })).rejects.toThrow()
      await expect(payload.findByID({ collection: 'appointment-requests', id: request.id, overrideAccess: false })).rejects.toThrow()
      for (const path of ['/appointment-requests', `/appointment-requests/${request.id}`]) {
        const response = await rest.restGet(path)
        expect(response.status, path).toBe(403)
        expect(await response.text()).not.toContain(request.name)
      }
      const list = await graphql('{ AppointmentRequests { docs { id name email } } }')
      expect(list.errors?.[0]?.extensions?.statusCode).toBe(403)
      expect(JSON.stringify(list)).not.toContain(request.name)
      const one = await graphql(`{ AppointmentRequest(id: ${JSON.stringify(request.id)}) { name } }`)
      expect(one.errors?.[0]?.extensions?.statusCode).toBe(403)
    })

    it('shows each brand’s staff their brand’s requests only; network admins all', async () => {
      const mine = await storedRequest()
      const theirs = await storedRequest(other, (await payload.create({ collection: 'clinics', overrideAccess: true, context: { disableRebuild: true }, data: { ...minimalDocument('clinics', `Harbor Clinic ${counter}`, [other.id]), _status: 'published' } as never })) as Clinic)
      for (const role of ['brand-admin', 'editor', 'contributor'] as const) {
        const seen = await payload.find({ collection: 'appointment-requests', user: users[role], overrideAccess: false, depth: 0, pagination: false })
        expect(seen.docs.map((doc) => doc.id), role).toContain(mine.id)
        expect(seen.docs.map((doc) => doc.id), role).not.toContain(theirs.id)
      }
      await expect(payload.findByID({ collection: 'appointment-requests', id: mine.id, user: users.otherEditor, overrideAccess: false })).rejects.toThrow()
      const viaRest = await rest.restGet(`/appointment-requests/${mine.id}`, auth('otherEditor'))
      expect(viaRest.status).toBe(404)
      const viaGraphql = await graphql(`{ AppointmentRequests { docs { id } } }`, auth('otherEditor'))
      expect((viaGraphql.data?.AppointmentRequests as { docs: { id: unknown }[] }).docs.map((doc) => String(doc.id))).not.toContain(String(mine.id))
      const admin = await payload.find({ collection: 'appointment-requests', user: users.admin, overrideAccess: false, depth: 0, pagination: false })
      expect(admin.docs.map((doc) => doc.id)).toEqual(expect.arrayContaining([mine.id, theirs.id]))
      // Newest first.
      expect(admin.docs[0]?.id).toBe(theirs.id)
    })
  })

  describe('changing', () => {
    it('lets the brand’s staff change the status and notes, and nothing else', async () => {
      const request = await storedRequest()
      const updated = await payload.update({
        collection: 'appointment-requests',
        id: request.id,
        user: users.editor,
        overrideAccess: false,
        data: { status: 'contacted', notes: 'Called back, booked Tuesday.', name: 'Changed', email: 'changed@example.com', consentAt: '2020-01-01T00:00:00.000Z', notification: { status: 'sent', attempts: 9 } },
      })
      expect(updated).toMatchObject({ status: 'contacted', notes: 'Called back, booked Tuesday.' })
      expect(await reload(request.id)).toMatchObject({
        status: 'contacted',
        notes: 'Called back, booked Tuesday.',
        name: request.name,
        email: request.email,
        consentAt: request.consentAt,
        notification: { status: 'pending', attempts: 0 },
      })

      const viaRest = await rest.restRequest('PATCH', `/appointment-requests/${request.id}`, { headers: auth('contributor'), body: { status: 'closed', phone: '(480) 555-0111', brand: other.id } })
      expect(viaRest.status).toBe(200)
      expect(await reload(request.id)).toMatchObject({ status: 'closed', phone: '(480) 555-0100', brand: own.id })
    })

    it('does not let another brand’s staff or the public change a request', async () => {
      const request = await storedRequest()
      await expect(payload.update({ collection: 'appointment-requests', id: request.id, user: users.otherEditor, overrideAccess: false, data: { status: 'closed' } })).rejects.toThrow()
      const anonymous = await rest.restRequest('PATCH', `/appointment-requests/${request.id}`, { body: { status: 'closed' } })
      expect(anonymous.status).toBe(403)
      expect((await reload(request.id)).status).toBe('new')
    })

    it('lets nobody create a request through the API, not even a network admin', async () => {
      const data = { brand: own.id, clinic: clinic.id, name: 'Injected', consentAt: new Date().toISOString() }
      await expect(payload.create({ collection: 'appointment-requests', user: users.admin, overrideAccess: false, data: data as never })).rejects.toThrow()
      for (const headers of [{}, auth('admin'), auth('editor')]) {
        const response = await rest.restRequest('POST', '/appointment-requests', { headers, body: data })
        expect(response.status).toBe(403)
      }
      const mutation = await graphql(`mutation { createAppointmentRequest(data: { brand: ${JSON.stringify(own.id)}, clinic: ${JSON.stringify(clinic.id)}, name: "Injected", consentAt: "2026-01-01T00:00:00.000Z" }) { id } }`, auth('admin'))
      expect(mutation.errors?.length).toBeGreaterThan(0)
      expect((await payload.find({ collection: 'appointment-requests', where: { name: { equals: 'Injected' } }, overrideAccess: true })).totalDocs).toBe(0)
    })

    it('lets network admins delete requests, and no one else', async () => {
      const request = await storedRequest()
      for (const role of ['brand-admin', 'editor', 'contributor'] as const) {
        await expect(payload.delete({ collection: 'appointment-requests', id: request.id, user: users[role], overrideAccess: false }), role).rejects.toThrow()
        expect((await rest.restRequest('DELETE', `/appointment-requests/${request.id}`, { headers: auth(role) })).status, role).toBe(403)
      }
      expect(await reload(request.id)).toMatchObject({ id: request.id })
      const response = await rest.restRequest('DELETE', `/appointment-requests/${request.id}`, { headers: auth('admin') })
      expect(response.status).toBe(200)
      expect(await payload.findByID({ collection: 'appointment-requests', id: request.id, overrideAccess: true, disableErrors: true })).toBeNull()
    })
  })

  describe('retention', () => {
    const age = async (request: AppointmentRequest, days: number) => {
      await payload.db.updateOne({ collection: 'appointment-requests', id: request.id, data: { createdAt: new Date(Date.now() - days * DAY_MS).toISOString() }, req: undefined })
    }

    it('deletes requests older than APPOINTMENT_RETENTION_DAYS, whatever their status, with the daily task', async () => {
      const old = await storedRequest()
      const oldClosed = await storedRequest()
      await payload.update({ collection: 'appointment-requests', id: oldClosed.id, overrideAccess: true, data: { status: 'closed' } })
      const recent = await storedRequest()
      await age(old, 31)
      await age(oldClosed, 400)
      await age(recent, 29)

      const task = payload.config.jobs.tasks?.find((entry) => entry.slug === 'pruneAppointmentRequests')
      expect(task?.schedule).toEqual([{ cron: '0 45 3 * * *', queue: 'default' }])
      await payload.jobs.queue({ task: 'pruneAppointmentRequests', input: {} })
      await payload.jobs.run({ queue: 'default' })

      const left = new Set((await payload.find({ collection: 'appointment-requests', depth: 0, pagination: false, overrideAccess: true })).docs.map((doc) => doc.id))
      expect(left.has(old.id)).toBe(false)
      expect(left.has(oldClosed.id)).toBe(false)
      expect(left.has(recent.id)).toBe(true)
    })

    it('takes its cut-off from the options when given', async () => {
      const { pruneAppointmentRequests } = await import('../../src/appointments')
      const request = await storedRequest()
      await age(request, 5)
      const count = async () => (await payload.count({ collection: 'appointment-requests', overrideAccess: true })).totalDocs
      const before = await count()
      expect(await pruneAppointmentRequests(payload, { keepDays: 3650 })).toBe(0)
      expect(await pruneAppointmentRequests(payload, { keepDays: 10, now: new Date(Date.now() + 6 * DAY_MS) })).toBe(before - (await count()))
      expect(await count()).toBeLessThan(before)
      expect(await payload.findByID({ collection: 'appointment-requests', id: request.id, overrideAccess: true, disableErrors: true })).toBeNull()
    })
  })
})
