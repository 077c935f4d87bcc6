import { BrandSnapshotSchema } from '@clinic/schema'
import type { CollectionSlug, Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand, Comparison, Therapy } from '../../src/payload-types'
import { gridFromColumns } from '../../src/collections/Comparisons/grid'
import { buildBrandSnapshot } from '../../src/snapshot/buildSnapshot'
import { prng } from './helpers/appointmentFuzz'
import { settledJob } from './helpers/jobs'
import { brandData, minimalDocument } from './helpers/contentDocuments'
import { paragraphState } from './helpers/lexical'
import { type Person, createBrandWithEditor } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * Nothing the site would reject may be published: every publish of a document that goes into a
 * brand's snapshot is checked against the snapshot's schema first (src/publishing/publishGuard.ts)
 * and refused with a field error, while drafts stay free. The last test tries many mutated
 * documents and builds the brand's snapshot after each one that was accepted.
 */

type Id = number | string
type Doc = Record<string, unknown>

interface FieldError {
  path: string
  message: string
}

const errorsOf = (error: unknown): FieldError[] => ((error as { data?: { errors?: FieldError[] } }).data?.errors ?? [])
const pathsOf = (error: unknown) => errorsOf(error).map((entry) => entry.path)

const WEEK = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'].map((day) =>
  day === 'sunday' ? { day, closed: true } : { day, closed: false, opens: '08:00', closes: '17:00' },
)


describe.skipIf(skipDatabase)('publish guard: nothing the site would reject is publishable', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let restRequest: TestCmsWithApi['restRequest']
  let brand: Brand
  let editor: Person
  let auth: Record<string, string>
  let needling: Therapy
  let massage: Therapy
  let draftTherapy: Therapy
  let otherBrandTherapy: Therapy
  let conditionId: Id
  let clinicId: Id
  let counter = 0
  const unique = (title: string) => `${title} ${(counter += 1)}`

  beforeAll(async () => {
    cms = await startPayloadWithApi({ JOBS_CRON: '* * * * * *' }, { cron: true })
    ;({ payload, restRequest } = cms)
    ;({ brand, editor, auth } = await createBrandWithEditor(payload, 'Guarded Physio', 'guarded-physio.example'))
    const other = await payload.create({ collection: 'brands', data: brandData('Other Guarded Physio'), overrideAccess: true, context: { disableRebuild: true } })
    const therapy = (name: string, brands: Id[], status: 'draft' | 'published') =>
      payload.create({ collection: 'therapies', overrideAccess: true, draft: status === 'draft', data: { ...minimalDocument('therapies', name, brands), _status: status } as never }) as Promise<Therapy>
    needling = await therapy('Guarded Needling', [brand.id], 'published')
    massage = await therapy('Guarded Massage', [brand.id], 'published')
    draftTherapy = await therapy('Guarded Cupping', [brand.id], 'draft')
    otherBrandTherapy = await therapy('Guarded Elsewhere', [other.id], 'published')
    const condition = await payload.create({ collection: 'conditions', overrideAccess: true, data: { ...minimalDocument('conditions', 'Guarded Knee', [brand.id]), _status: 'published' } as never })
    conditionId = condition.id
    const clinic = await payload.create({ collection: 'clinics', overrideAccess: true, data: { ...minimalDocument('clinics', 'Guarded Mesa', [brand.id]), _status: 'published' } as never })
    clinicId = clinic.id
  })
  afterAll(async () => {
    await cms?.stop()
  })

  /** A valid document of each snapshot collection, fuller than the minimal one so that mutations reach more fields. */
  const seeds: Record<string, () => Doc> = {
    clinics: () => ({ ...minimalDocument('clinics', unique('Clinic'), [brand.id]), openingHours: WEEK, therapies: [needling.id], email: 'front@guarded-physio.example', insurancePlans: ['Aetna'], booking: { method: 'form', note: 'Walk-ins welcome.' } }),
    providers: () => ({ name: unique('Provider'), brand: brand.id, jobTitle: 'Physical therapist', clinics: [clinicId], therapies: [needling.id], conditions: [conditionId], npi: '1234567893', bio: paragraphState('Treats knees.') }),
    therapies: () => ({ ...minimalDocument('therapies', unique('Therapy'), [brand.id]), howItWorks: paragraphState('Thin needles.'), sideEffects: ['Soreness'] }),
    conditions: () => ({ ...minimalDocument('conditions', unique('Condition'), [brand.id]), body: paragraphState('A sore knee.'), therapies: [needling.id] }),
    authors: () => ({ ...minimalDocument('authors', unique('Author'), [brand.id]), credentials: 'PT, DPT', jobTitle: 'Physical therapist', bio: 'Writes about knees.' }),
    faqs: () => ({ ...minimalDocument('faqs', unique('Question'), [brand.id]), therapies: [needling.id], conditions: [conditionId] }),
    articles: () => ({ ...minimalDocument('articles', unique('Article'), [brand.id]), subtitle: 'A subtitle.', relatedTherapies: [needling.id], categories: ['Guides'] }),
    comparisons: () => ({
      ...minimalDocument('comparisons', unique('Comparison'), [brand.id], [needling.id, massage.id]),
      whenToChoose: [{ therapy: needling.id, text: paragraphState('One knot.') }],
      conditionGuidance: [{ condition: conditionId, guidance: 'Start with massage.' }],
    }),
  }

  const publish = (collection: CollectionSlug, data: Doc) =>
    payload.create({ collection, overrideAccess: true, data: { ...data, _status: 'published' } as never, context: { disableRebuild: true } })

  it('refuses through REST a comparison with an empty cell, naming the grid, the row and the column; the draft saves', async () => {
    const body = { ...seeds.comparisons!(), grid: gridFromColumns([needling.id, massage.id], [{ label: 'Tool used', values: ['Needles', ''] }]) }
    const draft = await restRequest('POST', '/comparisons?draft=true', { headers: auth, body: { ...body, _status: 'draft' } })
    expect(draft.status).toBe(201)
    const { doc } = (await draft.json()) as { doc: Comparison }

    const published = await restRequest('PATCH', `/comparisons/${doc.id}`, { headers: auth, body: { ...body, _status: 'published' } })
    expect(published.status).toBe(400)
    const answer = (await published.json()) as { errors: { data?: { errors: FieldError[] } }[] }
    const fieldErrors = answer.errors.flatMap((error) => error.data?.errors ?? [])
    expect(fieldErrors).toContainEqual({ path: 'grid', message: `Attribute "Tool used" has no value for therapy ${massage.id} (column 2): fill in the cell or delete the row.` })
    const stored = await payload.findByID({ collection: 'comparisons', id: doc.id, overrideAccess: true, draft: false })
    expect(stored._status).toBe('draft')
  })

  it.each([
    ['clinics', 'a clinic closing before it opens', 'openingHours.0.closes', () => ({ ...seeds.clinics!(), openingHours: WEEK.map((day, index) => (index === 0 ? { ...day, opens: '17:00', closes: '09:00' } : day)) })],
    ['therapies', 'a therapy whose minimum cost is above its maximum', 'cost.maxCents', () => ({ ...seeds.therapies!(), cost: { minCents: 9000, maxCents: 5000 } })],
    ['articles', 'an article without a body', 'body', () => ({ ...seeds.articles!(), body: paragraphState('') })],
    ['providers', 'a provider with an NPI failing its check digit', 'npi', () => ({ ...seeds.providers!(), npi: '1234567890' })],
    ['conditions', 'a condition with a blank summary', 'summary', () => ({ ...seeds.conditions!(), summary: '   ' })],
    ['authors', 'an author with a blank name', 'name', () => ({ ...seeds.authors!(), name: '  ' })],
    ['faqs', 'a question with a blank topic', 'topic', () => ({ ...seeds.faqs!(), topic: '  ' })],
    ['comparisons', 'a comparison of a draft therapy', 'therapies', () => ({ ...seeds.comparisons!(), therapies: [needling.id, draftTherapy.id], grid: gridFromColumns([needling.id, draftTherapy.id], [{ label: 'Tool', values: ['Needles', 'Cups'] }]) })],
    ['brands', 'a brand whose text colour is a name, not a hex colour', 'theme.text', () => ({ ...brandData(unique('Pale Brand')), theme: { primary: '#0f5f5a', accent: '#b45309', background: '#ffffff', text: 'grey' } })],
  ] as const)('refuses to publish %s: %s, naming %s', async (collection, _what, path, data) => {
    const error = await publish(collection, data()).catch((caught: unknown) => caught)
    expect((error as { status?: number }).status).toBe(400)
    expect(pathsOf(error).some((candidate) => candidate === path || candidate.startsWith(`${path}.`)), JSON.stringify(errorsOf(error))).toBe(true)
    if (collection !== 'authors' && collection !== 'brands') {
      // The same document is still saved as a draft.
      const draft = await payload.create({ collection, overrideAccess: true, draft: true, data: { ...data(), _status: 'draft' } as never })
      expect(draft._status).toBe('draft')
    }
  })

  it('does not publish an invalid draft when its scheduled time comes, and the job records why', async () => {
    const draft = (await payload.create({
      collection: 'comparisons',
      overrideAccess: true,
      draft: true,
      data: { ...seeds.comparisons!(), grid: gridFromColumns([needling.id, massage.id], [{ label: 'Tool used', values: ['Needles'] }]), _status: 'draft' } as never,
    })) as Comparison
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'comparisons', value: draft.id }, user: { relationTo: 'users', value: editor.id } },
      waitUntil: new Date(Date.now() + 1_000),
    })
    const stored = await settledJob(payload, job.id)
    expect(stored?.hasError, 'the scheduled publish of an invalid draft should have failed').toBe(true)
    // The job's error names the field (its message, the cell, is the publish guard's field error).
    expect(JSON.stringify([stored?.error, stored?.log])).toContain('The following field is invalid: grid')
    const current = await payload.findByID({ collection: 'comparisons', id: draft.id, overrideAccess: true, draft: false })
    expect(current._status).toBe('draft')
  }, 40_000)

  it('publishes no mutated document that makes the brand snapshot fail', async () => {
    const random = prng(20_240_611)
    const pick = <T,>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
    const idPool = () => [needling.id, massage.id, draftTherapy.id, otherBrandTherapy.id, conditionId, clinicId]
    // Invalid values, and plausible ones that are valid in some fields and not in others.
    const replacements = () => [undefined, null, '', '   ', 'x', 'Plain words', 'Not a slug!', -1, 0, 42, 1e9, true, 'https://', [], {}, pick(idPool()), [pick(idPool())], paragraphState(''), paragraphState('Other words.')]

    /** Every path to a value in `doc`, objects and arrays included (not the root). */
    const pathsIn = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
      if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...pathsIn(item, [...prefix, index])])
      if (typeof value === 'object' && value !== null && !('root' in value)) {
        return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...pathsIn(item, [...prefix, key])])
      }
      return []
    }
    const mutate = (doc: Doc): { doc: Doc; what: string[] } => {
      const copy = structuredClone(doc)
      const what: string[] = []
      const times = 1 + Math.floor(random() * 3)
      for (let i = 0; i < times; i += 1) {
        const path = pick(pathsIn(copy))
        const parent = path.slice(0, -1).reduce<unknown>((node, key) => (node as Record<string | number, unknown>)?.[key], copy) as Record<string | number, unknown> | unknown[] | undefined
        if (parent === undefined || parent === null || typeof parent !== 'object') continue
        const key = path[path.length - 1] as string | number
        const value = pick(replacements())
        if (Array.isArray(parent) && typeof key === 'number' && random() < 0.3) {
          parent.splice(key, 1)
          what.push(`drop ${path.join('.')}`)
        } else if (value === undefined) {
          delete (parent as Record<string | number, unknown>)[key]
          what.push(`delete ${path.join('.')}`)
        } else {
          ;(parent as Record<string | number, unknown>)[key] = value
          what.push(`${path.join('.')} = ${JSON.stringify(value)}`)
        }
      }
      return { doc: copy, what }
    }

    const counts: Record<string, { accepted: number; refused: number }> = {}
    const broken: string[] = []
    const collections = [...Object.keys(seeds), 'brands']
    for (let round = 0; round < 28; round += 1) {
      for (const collection of collections) {
        const seed = collection === 'brands' ? { ...brandData(unique('Fuzzed Brand')) } : seeds[collection]!()
        // The first round publishes the seeds themselves: each must be accepted.
        const { doc, what } = round === 0 ? { doc: seed, what: ['unchanged'] } : mutate(seed)
        const tally = (counts[collection] ??= { accepted: 0, refused: 0 })
        const created = await publish(collection as CollectionSlug, doc).then(
          (saved) => saved as { id: Id; slug?: unknown },
          (error: unknown) => {
            if (round === 0) throw error
            return null
          },
        )
        if (created === null) {
          tally.refused += 1
          continue
        }
        tally.accepted += 1
        const slug = collection === 'brands' ? String(created.slug) : brand.slug
        try {
          const snapshot = await buildBrandSnapshot(payload, slug, { serverUrl: 'http://cms.test' })
          BrandSnapshotSchema.parse(snapshot)
        } catch (error) {
          broken.push(`${collection} ${created.id} (${what.join('; ')}): ${error instanceof Error ? error.message : String(error)}`)
          // Out of the way, so that the next cases are judged on their own.
          await payload.delete({ collection: collection as CollectionSlug, id: created.id, overrideAccess: true })
        }
      }
    }
    const total = Object.values(counts).reduce((sum, { accepted, refused }) => sum + accepted + refused, 0)
    const accepted = Object.values(counts).reduce((sum, tally) => sum + tally.accepted, 0)
    payload.logger.info(`publish guard fuzz: ${total} documents, ${accepted} accepted, ${total - accepted} refused: ${JSON.stringify(counts)}`)
    console.info(`publish guard fuzz: ${total} documents, ${accepted} accepted, ${total - accepted} refused`, counts)
    expect(total).toBeGreaterThanOrEqual(200)
    expect(accepted, 'the mutations should leave some documents publishable').toBeGreaterThan(0)
    expect(broken).toEqual([])
  }, 120_000)
})
