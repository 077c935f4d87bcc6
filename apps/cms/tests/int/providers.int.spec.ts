import { isValidNpi } from '@clinic/schema'
import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand, Clinic, Provider } from '../../src/payload-types'
import { brandData, minimalDocument } from './helpers/contentDocuments'
import { paragraphState } from './helpers/lexical'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

type Id = number | string

/** The first 10-digit number after `start` whose last digit is the NPI check digit. */
function npiFrom(start: string): string {
  for (let check = 0; check <= 9; check += 1) if (isValidNpi(`${start}${check}`)) return `${start}${check}`
  throw new Error(`no check digit makes ${start} an NPI`)
}

/** Field messages of a refused REST write. */
async function fieldErrors(response: Response): Promise<{ path: string; message: string }[]> {
  const body = (await response.json()) as { errors?: { data?: { errors?: { path: string; message: string }[] } }[] }
  return (body.errors ?? []).flatMap((error) => error.data?.errors ?? []).map(({ path, message }) => ({ path, message }))
}

describe.skipIf(skipDatabase)('providers', () => {
  let cms: TestCms
  let payload: Payload
  let north: Brand
  let south: Brand
  let northClinic: Clinic
  let southClinic: Clinic
  let southProvider: Provider
  let restRequest: typeof import('./helpers/rest').restRequest
  const apiKey = 'providers-north-editor-key-0123456789abcdef0123'
  const asEditor = { Authorization: `users API-Key ${apiKey}` }

  const provider = (name: string, brand: Id, clinics: Id[], extra: Record<string, unknown> = {}) => ({
    name,
    brand,
    jobTitle: 'Physical therapist',
    clinics,
    ...extra,
  })

  beforeAll(async () => {
    cms = await startPayload()
    payload = cms.payload
    ;({ restRequest } = await import('./helpers/rest'))
    north = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Northgate Physio') })
    south = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Southbank Rehab') })
    const clinic = async (name: string, brand: Brand) =>
      payload.create({ collection: 'clinics', overrideAccess: true, data: { ...minimalDocument('clinics', name, [brand.id]), _status: 'published' } as never }) as Promise<Clinic>
    northClinic = await clinic('Northgate Riverside', north)
    southClinic = await clinic('Southbank Harbour', south)
    southProvider = await payload.create({
      collection: 'providers',
      overrideAccess: true,
      data: { ...provider('Odile Marchetti', south.id, [southClinic.id]), _status: 'published' } as never,
    })
    await payload.create({
      collection: 'users',
      overrideAccess: true,
      data: { email: 'editor@northgate-physio.example', password: 'north-editor-pw-1', name: 'North editor', role: 'editor', brands: [north.id as number], enableAPIKey: true, apiKey },
    })
  })
  afterAll(async () => {
    await cms?.stop()
  })

  describe('brand scoping through REST', () => {
    it('hides another brand\'s providers from an editor, one by one and in lists', async () => {
      const one = await restRequest('GET', `/providers/${southProvider.id}?depth=0`, { headers: asEditor })
      expect([403, 404]).toContain(one.status)
      const list = await restRequest('GET', '/providers?depth=0&limit=100', { headers: asEditor })
      expect(list.status).toBe(200)
      const ids = ((await list.json()) as { docs: { id: Id }[] }).docs.map((doc) => String(doc.id))
      expect(ids).not.toContain(String(southProvider.id))
    })

    it('refuses an editor a provider in another brand, and creates none', async () => {
      const response = await restRequest('POST', '/providers', { headers: asEditor, body: provider('Ines Halvorsen', south.id, [southClinic.id]) })
      expect([400, 403]).toContain(response.status)
      const { totalDocs } = await payload.count({ collection: 'providers', where: { name: { equals: 'Ines Halvorsen' } }, overrideAccess: true })
      expect(totalDocs).toBe(0)
    })

    it('refuses an editor changes to another brand\'s provider, which stays as it was', async () => {
      const response = await restRequest('PATCH', `/providers/${southProvider.id}`, { headers: asEditor, body: { jobTitle: 'Changed by another brand' } })
      expect(response.status).toBe(403)
      const after = await payload.findByID({ collection: 'providers', id: southProvider.id, overrideAccess: true, draft: true, depth: 0 })
      expect(after.jobTitle).toBe('Physical therapist')
    })

    it('lets the editor create and publish a provider of their own brand', async () => {
      const response = await restRequest('POST', '/providers', { headers: asEditor, body: { ...provider('Ana Ruiz', north.id, [northClinic.id]), _status: 'published' } })
      expect(response.status).toBe(201)
      const { doc } = (await response.json()) as { doc: Provider }
      expect(doc.slug).toBe('ana-ruiz')
      expect(doc.acceptingNewPatients).toBe(true)
    })

    it('refuses a clinic of another brand in `clinics`, on drafts too, naming the clinic to remove', async () => {
      for (const query of ['', '?draft=true']) {
        const response = await restRequest('POST', `/providers${query}`, { headers: asEditor, body: provider('Bram Oyelaran', north.id, [northClinic.id, southClinic.id]) })
        expect(response.status, `POST /providers${query}`).toBe(400)
        expect(await fieldErrors(response)).toContainEqual({
          path: 'clinics',
          message: `A provider practises only at clinics of their own brand: remove clinic ${String(southClinic.id)}, which is not a clinic of this provider's brand.`,
        })
      }
      const { totalDocs } = await payload.count({ collection: 'providers', where: { name: { equals: 'Bram Oyelaran' } }, overrideAccess: true })
      expect(totalDocs).toBe(0)
    })

    it('takes a provider at no clinic: a clinician who only reviews the brand\'s pages', async () => {
      const response = await restRequest('POST', '/providers', { headers: asEditor, body: { ...provider('Reviewer Only', north.id, []), _status: 'published' } })
      expect(response.status).toBe(201)
    })

    it('keeps two providers of one brand from sharing a slug, and lets another brand use it', async () => {
      const again = await restRequest('POST', '/providers', { headers: asEditor, body: provider('Ana Ruiz', north.id, [northClinic.id]) })
      expect(again.status).toBe(400)
      expect((await fieldErrors(again)).map((error) => error.path)).toContain('slug')
      const elsewhere = await payload.create({ collection: 'providers', overrideAccess: true, data: provider('Ana Ruiz', south.id, [southClinic.id]) as never })
      expect(elsewhere.slug).toBe('ana-ruiz')
    })
  })

  describe('validation messages through the API', () => {
    const save = (extra: Record<string, unknown>) =>
      restRequest('POST', '/providers', { headers: asEditor, body: { ...provider(`Check ${Math.random().toString(36).slice(2, 8)}`, north.id, [northClinic.id]), ...extra } })

    it('takes a valid NPI, trimmed, and leaving it empty', async () => {
      const npi = npiFrom('123456789')
      const withNpi = await save({ npi: ` ${npi} ` })
      expect(withNpi.status).toBe(201)
      expect(((await withNpi.json()) as { doc: Provider }).doc.npi).toBe(npi)
      expect((await save({ npi: '' })).status).toBe(201)
    })

    it('refuses an NPI that is not 10 digits, in the schema\'s words', async () => {
      const response = await save({ npi: '12345' })
      expect(response.status).toBe(400)
      expect(await fieldErrors(response)).toContainEqual({ path: 'npi', message: 'An NPI is exactly 10 digits. Leave the field empty if the provider has none.' })
    })

    it('refuses an NPI whose check digit is wrong', async () => {
      const valid = npiFrom('123456789')
      const mistyped = `${valid.slice(0, 9)}${(Number(valid[9]) + 1) % 10}`
      const response = await save({ npi: mistyped })
      expect(response.status).toBe(400)
      expect(await fieldErrors(response)).toContainEqual({
        path: 'npi',
        message: 'This NPI fails its check digit: look for a mistyped digit. Leave the field empty if the provider has none.',
      })
    })

    it('refuses a credential that is not one, naming it', async () => {
      const response = await save({ credentials: ['PT', 'DPT (board)'] })
      expect(response.status).toBe(400)
      const [error] = await fieldErrors(response)
      expect(error?.path).toBe('credentials')
      expect(error?.message).toBe('"DPT (board)" is not a credential: a credential is letters (and dots or hyphens), e.g. PT, DPT, OCS or L.Ac.. Remove it or correct it.')
    })

    it('refuses a credential listed twice, in any case', async () => {
      const response = await save({ credentials: ['PT', 'DPT', 'pt'] })
      expect(response.status).toBe(400)
      expect(await fieldErrors(response)).toContainEqual({ path: 'credentials', message: 'List each credential once: "pt" is there twice.' })
    })

    it('keeps credentials such as L.Ac. in the order given', async () => {
      const response = await save({ credentials: ['LMT', 'L.Ac.'] })
      expect(response.status).toBe(201)
      expect(((await response.json()) as { doc: Provider }).doc.credentials).toEqual(['LMT', 'L.Ac.'])
    })
  })

  describe('medical review of pages', () => {
    const article = (title: string, review: Record<string, unknown>) => ({
      title,
      brands: [north.id],
      excerpt: 'Lead.',
      body: paragraphState('Body.'),
      review,
      _status: 'published',
    })
    let reviewer: Provider

    beforeAll(async () => {
      reviewer = await payload.create({ collection: 'providers', overrideAccess: true, data: { ...provider('Reviewing Clinician', north.id, [northClinic.id]), _status: 'published' } as never })
    })

    it('publishes a reviewed page and keeps the day chosen, whatever time came with it', async () => {
      const response = await restRequest('POST', '/articles', { headers: asEditor, body: article('Reviewed knee article', { reviewedBy: reviewer.id, lastReviewed: '2026-01-20' }) })
      expect(response.status).toBe(201)
      const { doc } = (await response.json()) as { doc: { review?: { lastReviewed?: string | null } } }
      expect(doc.review?.lastReviewed).toBe('2026-01-20T12:00:00.000Z')
    })

    it('needs both the reviewer and the day, or neither', async () => {
      const noDay = await restRequest('POST', '/articles', { headers: asEditor, body: article('Review without a day', { reviewedBy: reviewer.id }) })
      expect(noDay.status).toBe(400)
      expect(await fieldErrors(noDay)).toContainEqual({ path: 'review.lastReviewed', message: 'Enter the day of the last review, or clear the reviewer.' })
      const noReviewer = await restRequest('POST', '/articles', { headers: asEditor, body: article('Review without a reviewer', { lastReviewed: '2026-01-20' }) })
      expect(noReviewer.status).toBe(400)
      expect(await fieldErrors(noReviewer)).toContainEqual({ path: 'review.reviewedBy', message: 'Choose the provider who reviewed this page, or clear the last reviewed date.' })
    })

    it('refuses a review dated in the future', async () => {
      const nextWeek = new Date(Date.now() + 7 * 86_400_000).toISOString().slice(0, 10)
      const response = await restRequest('POST', '/articles', { headers: asEditor, body: article('Review from the future', { reviewedBy: reviewer.id, lastReviewed: nextWeek }) })
      expect(response.status).toBe(400)
      expect(await fieldErrors(response)).toContainEqual({ path: 'review.lastReviewed', message: 'The last review cannot be in the future: enter the day it took place.' })
    })

    it('refuses another brand\'s provider as the reviewer of a published page', async () => {
      const response = await restRequest('POST', '/articles', { headers: asEditor, body: article('Reviewed elsewhere', { reviewedBy: southProvider.id, lastReviewed: '2026-01-20' }) })
      expect(response.status).toBe(400)
      expect((await fieldErrors(response)).map((error) => error.path)).toContain('review.reviewedBy')
    })
  })

  // Last: it deletes the other brand.
  it('deletes a brand\'s providers with the brand, before its clinics', async () => {
    await payload.delete({ collection: 'brands', id: south.id, overrideAccess: true, context: { disableRebuild: true } })
    const { totalDocs } = await payload.count({ collection: 'providers', where: { id: { equals: southProvider.id } }, overrideAccess: true })
    expect(totalDocs).toBe(0)
    const { totalDocs: clinics } = await payload.count({ collection: 'clinics', where: { brand: { equals: south.id } }, overrideAccess: true })
    expect(clinics).toBe(0)
  })
})
