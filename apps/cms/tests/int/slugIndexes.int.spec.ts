import { type Payload, ValidationError, createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand } from '../../src/payload-types'
import { brandData, minimalDocument } from './helpers/contentDocuments'
import { type TestCms, startPayload } from './helpers/startPayload'
import { skipDatabase, testDatabase } from './helpers/testDatabase'

/*
 * Slugs are unique per brand. `ensureUniqueSlug` checks before a save, so two saves at the same
 * moment can both pass the check; a unique index in the database refuses the second, with the
 * check's own message. Clinics (one brand each) have it on both databases; shared content
 * (`brands`, several) on MongoDB, whose multikey index refuses two documents that share a slug
 * and any one brand. SQLite keeps hasMany relations in a separate table, where no index can
 * span the slug and the brands, so there the check alone keeps shared content's slugs apart.
 */

type Id = number | string
const CONTEXT = { disableRebuild: true }

/** What a refused save said, field by field. */
function fieldErrorsOf(error: unknown): { path: string; message: string }[] {
  expect(error).toBeInstanceOf(ValidationError)
  return (error as ValidationError).data.errors.map(({ path, message }) => ({ path, message }))
}

const clinicTaken = (slug: string) => [{ path: 'slug', message: `The slug "${slug}" is already used by another Clinic of this brand. Choose another slug.` }]

describe.skipIf(skipDatabase)('unique slugs per brand in the database', () => {
  let cms: TestCms
  let payload: Payload
  let brandA: Brand
  let brandB: Brand

  /** Writes a clinic straight through the database adapter: no hooks, so no slug check. */
  const storeClinic = async (name: string, brand: Id, slug: string) =>
    payload.db.create({ collection: 'clinics', data: { ...minimalDocument('clinics', name, [brand]), slug, _status: 'published' }, req: await createLocalReq({}, payload) })
  const clinicsWith = async (slug: string, brand: Id) =>
    (await payload.count({ collection: 'clinics', where: { and: [{ slug: { equals: slug } }, { brand: { equals: brand } }] }, overrideAccess: true })).totalDocs

  beforeAll(async () => {
    cms = await startPayload()
    payload = cms.payload
    payload.logger.level = 'silent'
    brandA = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Index Brand A'), context: CONTEXT })
    brandB = await payload.create({ collection: 'brands', overrideAccess: true, data: brandData('Index Brand B'), context: CONTEXT })
  })
  afterAll(async () => {
    await cms?.stop()
  })

  it('refuses a second clinic with a slug of the same brand even without the check, with the check’s message', async () => {
    await storeClinic('Mesa Downtown', brandA.id, 'mesa-downtown')
    const refused = await storeClinic('Mesa Downtown Annex', brandA.id, 'mesa-downtown').catch((error: unknown) => error)
    expect(fieldErrorsOf(refused)).toEqual(clinicTaken('mesa-downtown'))
    expect(await clinicsWith('mesa-downtown', brandA.id)).toBe(1)
    // Another brand may use the slug.
    await storeClinic('Mesa Downtown', brandB.id, 'mesa-downtown')
    expect(await clinicsWith('mesa-downtown', brandB.id)).toBe(1)
  })

  it('stores one of several clinics saved at the same moment with one slug, and refuses the others like the check does', async () => {
    const saves = await Promise.allSettled(
      [1, 2, 3, 4].map((n) =>
        payload.create({ collection: 'clinics', overrideAccess: true, context: CONTEXT, data: { ...minimalDocument('clinics', `Chandler ${n}`, [brandA.id]), slug: 'chandler', _status: 'published' } as never }),
      ),
    )
    expect(saves.filter((save) => save.status === 'fulfilled')).toHaveLength(1)
    for (const save of saves) {
      if (save.status === 'rejected') {
        // The check's message (naming the clinic when it saw it first) or the index's (when both passed the check).
        expect(fieldErrorsOf(save.reason)).toEqual([{ path: 'slug', message: expect.stringMatching(/^The slug "chandler" is already used by another Clinic of this brand[.:]/) }])
      }
    }
    expect(await clinicsWith('chandler', brandA.id)).toBe(1)
  })

  it('lets a brand keep several unfinished clinic drafts that have no slug yet', async () => {
    // Drafts skip validation; a clinic saved before its name has no slug, and no slug clashes with none.
    for (const n of [1, 2]) {
      const draft = await payload.db.create({ collection: 'clinics', data: { brand: brandA.id, _status: 'draft' }, req: await createLocalReq({}, payload) })
      expect(draft.slug ?? null, `draft ${n}`).toBeNull()
    }
    expect((await payload.count({ collection: 'clinics', where: { and: [{ brand: { equals: brandA.id } }, { slug: { exists: false } }] }, overrideAccess: true })).totalDocs).toBe(2)
  })

  it('keeps a document’s slug through many versions and drafts (versions are not unique)', async () => {
    const clinic = await payload.create({ collection: 'clinics', overrideAccess: true, context: CONTEXT, data: { ...minimalDocument('clinics', 'Gilbert', [brandA.id]), _status: 'published' } as never })
    for (const phone of ['(480) 555-0101', '(480) 555-0102']) {
      await payload.update({ collection: 'clinics', id: clinic.id, draft: true, overrideAccess: true, context: CONTEXT, data: { phone } })
    }
    await payload.update({ collection: 'clinics', id: clinic.id, overrideAccess: true, context: CONTEXT, data: { _status: 'published' } })
    const versions = await payload.findVersions({ collection: 'clinics', where: { parent: { equals: clinic.id } }, overrideAccess: true, limit: 10 })
    expect(versions.totalDocs).toBeGreaterThanOrEqual(4)
    expect(new Set(versions.docs.map((version) => version.version.slug))).toEqual(new Set(['gilbert']))
  })

  describe.skipIf(testDatabase !== 'mongodb')('shared content, on MongoDB', () => {
    const storeArticle = async (title: string, brands: Id[], slug: string) =>
      payload.db.create({ collection: 'articles', data: { ...minimalDocument('articles', title, brands), slug, _status: 'published' }, req: await createLocalReq({}, payload) })

    it('refuses an article whose slug another article of one of its brands has, without the check, with the check’s message', async () => {
      await storeArticle('Heat or ice', [brandA.id, brandB.id], 'heat-or-ice')
      const refused = await storeArticle('Heat or ice, again', [brandB.id], 'heat-or-ice').catch((error: unknown) => error)
      expect(fieldErrorsOf(refused)).toEqual([{ path: 'slug', message: 'The slug "heat-or-ice" is already used by another Article of this brand. Choose another slug.' }])
    })

    it('accepts the slug in an article of other brands only', async () => {
      await storeArticle('Desk posture', [brandA.id], 'desk-posture')
      await storeArticle('Desk posture', [brandB.id], 'desk-posture')
      expect((await payload.count({ collection: 'articles', where: { slug: { equals: 'desk-posture' } }, overrideAccess: true })).totalDocs).toBe(2)
    })
  })
})
