import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Brand, Comparison, Therapy } from '../../src/payload-types'
import { gridFromColumns } from '../../src/collections/Comparisons/grid'
import { buildBrandSnapshot } from '../../src/snapshot/buildSnapshot'
import { minimalDocument } from './helpers/contentDocuments'
import { paragraphState, paragraphWithLink } from './helpers/lexical'
import { createBrandWithEditor } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * A comparison can start from prose (an imported post whose "X vs Y" had no table): a draft
 * without attribute rows. Publishing still needs what the site's table needs: at least one
 * row, one value per compared therapy, advice only for compared therapies. Payload validates
 * on publish and not on drafts, so these tests go through both paths: the Local API (imports,
 * scheduled publishing) and the REST handler the admin uses.
 */

type Id = number | string

const statusOf = (error: unknown) => (error as { status?: number }).status
const messageOf = (error: unknown) => JSON.stringify((error as { data?: unknown }).data ?? (error as Error).message)

describe.skipIf(skipDatabase)('comparisons: drafts from prose, publishing needs the table', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let brand: Brand
  let needling: Therapy
  let massage: Therapy
  let cupping: Therapy
  let restRequest: TestCmsWithApi['restRequest']
  let auth: Record<string, string>
  let counter = 0

  beforeAll(async () => {
    cms = await startPayloadWithApi()
    ;({ payload, restRequest } = cms)
    ;({ brand, auth } = await createBrandWithEditor(payload, 'Comparison Drafts Physio', 'comparison-drafts.example'))
    const therapy = (name: string) =>
      payload.create({ collection: 'therapies', overrideAccess: true, data: { ...minimalDocument('therapies', name, [brand.id]), _status: 'published' } as never }) as Promise<Therapy>
    needling = await therapy('Needling Drafts')
    massage = await therapy('Massage Drafts')
    cupping = await therapy('Cupping Drafts')
  })
  afterAll(async () => {
    await cms?.stop()
  })

  /** A draft as an import makes it from prose: therapies and advice, no rows, no "can they be combined?" text. */
  async function draftFromProse(): Promise<Comparison> {
    counter += 1
    return payload.create({
      collection: 'comparisons',
      draft: true,
      overrideAccess: true,
      data: {
        title: `Needling or massage ${counter}`,
        brands: [brand.id],
        intro: 'Two ways to loosen a tight muscle.',
        therapies: [needling.id, massage.id],
        grid: { rows: [] },
        whenToChoose: [{ therapy: needling.id, text: paragraphState('One stubborn knot.') }],
        _status: 'draft',
      } as never,
    })
  }

  const publish = (id: Id, data: Record<string, unknown> = {}) =>
    payload.update({ collection: 'comparisons', id, overrideAccess: true, data: { ...data, _status: 'published' } as never })

  const publishable = () => ({
    grid: gridFromColumns([needling.id, massage.id], [{ label: 'Tool used', values: ['Fine needles', 'Hands'] }]),
    combination: { canCombine: true, how: paragraphState('Massage first, then needling.') },
  })

  it('saves a comparison without attribute rows or a combination text as a draft', async () => {
    const draft = await draftFromProse()
    expect(draft._status).toBe('draft')
    const stored = await payload.findByID({ collection: 'comparisons', id: draft.id, draft: true, overrideAccess: true, depth: 0 })
    expect(stored.grid).toEqual({ rows: [] })
    expect(stored.whenToChoose?.[0]?.text).toEqual(paragraphState('One stubborn knot.'))
  })

  it('refuses to publish it without attributes, naming the table, and the site never sees it', async () => {
    const draft = await draftFromProse()
    const error = await publish(draft.id, { combination: publishable().combination }).catch((caught: unknown) => caught)
    expect(statusOf(error)).toBe(400)
    expect(messageOf(error)).toContain('"path":"grid"')
    expect(messageOf(error)).toContain('Add at least one attribute to the table')
    const snapshot = await buildBrandSnapshot(payload, brand.slug, { serverUrl: 'http://cms.test' })
    expect(snapshot.comparisons.map((comparison) => comparison.slug)).not.toContain(draft.slug)
  })

  it('refuses to publish a row without a value for one of the compared therapies, naming the row and the column', async () => {
    const draft = await draftFromProse()
    const grid = gridFromColumns([needling.id, massage.id], [{ label: 'Tool used', values: ['Fine needles', ''] }])
    const error = await publish(draft.id, { ...publishable(), grid }).catch((caught: unknown) => caught)
    expect(statusOf(error)).toBe(400)
    expect(messageOf(error)).toContain(`Attribute \\"Tool used\\" has no value for therapy ${massage.id} (column 2)`)
  })

  it('refuses to publish advice for a therapy the comparison does not compare', async () => {
    const draft = await draftFromProse()
    const whenToChoose = [{ therapy: cupping.id, text: paragraphState('Round marks on the back.') }]
    const error = await publish(draft.id, { ...publishable(), whenToChoose }).catch((caught: unknown) => caught)
    expect(statusOf(error)).toBe(400)
    expect(messageOf(error)).toContain('does not compare')
  })

  it('refuses to publish without a combination text', async () => {
    const draft = await draftFromProse()
    const error = await publish(draft.id, { grid: publishable().grid }).catch((caught: unknown) => caught)
    expect(statusOf(error)).toBe(400)
    expect(messageOf(error)).toContain('combination.how')
  })

  it('publishes once the table is complete, with its advice as rich text in the snapshot', async () => {
    const draft = await draftFromProse()
    const how = paragraphWithLink('Massage first, then needling. ', { linkType: 'page', page: 'request-appointment', newTab: false }, 'Ask us')
    const whenToChoose = [
      { therapy: needling.id, text: paragraphWithLink('One stubborn knot; see ', { linkType: 'internal', newTab: false, doc: { relationTo: 'therapies', value: needling.id } }, 'needling') },
      { therapy: massage.id, text: paragraphState('Tension all over.') },
    ]
    await publish(draft.id, { ...publishable(), whenToChoose, combination: { canCombine: true, how } })
    const snapshot = await buildBrandSnapshot(payload, brand.slug, { serverUrl: 'http://cms.test' })
    const published = snapshot.comparisons.find((comparison) => comparison.slug === draft.slug)
    expect(published?.rows).toEqual([{ label: 'Tool used', values: [[{ type: 'text', text: 'Fine needles' }], [{ type: 'text', text: 'Hands' }]] }])
    expect(published?.whenToChoose).toEqual([
      {
        therapy: String(needling.id),
        text: [
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: 'One stubborn knot; see ' },
              { type: 'link', target: { kind: 'internal', collection: 'therapies', id: String(needling.id) }, children: [{ type: 'text', text: 'needling' }] },
            ],
          },
        ],
      },
      { therapy: String(massage.id), text: [{ type: 'paragraph', children: [{ type: 'text', text: 'Tension all over.' }] }] },
    ])
    expect(published?.combination).toEqual({
      canCombine: true,
      how: [
        {
          type: 'paragraph',
          children: [
            { type: 'text', text: 'Massage first, then needling. ' },
            { type: 'link', target: { kind: 'page', page: 'request-appointment' }, children: [{ type: 'text', text: 'Ask us' }] },
          ],
        },
      ],
    })
  })

  it('over REST, as the admin saves: an editor saves the draft, and publishing it without attributes answers 400', async () => {
    counter += 1
    const body = { title: `Needling or cupping ${counter}`, brands: [brand.id], intro: 'Two needle-free and needle options.', therapies: [needling.id, cupping.id] }
    const created = await restRequest('POST', '/comparisons?draft=true&depth=0', { headers: auth, body })
    expect(created.status).toBe(201)
    const { doc } = (await created.json()) as { doc: Comparison }
    expect(doc._status).toBe('draft')

    const refused = await restRequest('PATCH', `/comparisons/${doc.id}?depth=0`, { headers: auth, body: { _status: 'published', combination: publishable().combination } })
    expect(refused.status).toBe(400)
    expect(JSON.stringify(await refused.json())).toContain('"path":"grid"')

    const accepted = await restRequest('PATCH', `/comparisons/${doc.id}?depth=0`, {
      headers: auth,
      body: { _status: 'published', ...publishable(), grid: gridFromColumns([needling.id, cupping.id], [{ label: 'Feels like', values: ['A brief ache', 'A tight pull'] }]) },
    })
    expect(accepted.status).toBe(200)
    expect(((await accepted.json()) as { doc: Comparison }).doc._status).toBe('published')
  })
})
