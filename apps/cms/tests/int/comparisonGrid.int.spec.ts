import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ComparisonGrid, cellOf, gridFromColumns, textCell } from '../../src/collections/Comparisons/grid'
import type { Brand, Comparison, Therapy } from '../../src/payload-types'
import { buildBrandSnapshot } from '../../src/snapshot/buildSnapshot'
import { minimalDocument } from './helpers/contentDocuments'
import { paragraphState } from './helpers/lexical'
import { createBrandWithEditor } from './helpers/people'
import { type TestCmsWithApi, startPayloadWithApi } from './helpers/startPayload'
import { skipDatabase } from './helpers/testDatabase'

/*
 * A comparison's table is the `grid` field: therapies are the columns (`therapies`, in order),
 * attributes the rows, a cell per therapy id. Every save checks its shape (drafts too), through
 * the Local API and REST alike; publishing needs a value in every cell; the snapshot's rows
 * follow the therapies' order, so reordering the columns reorders every row's values, and a
 * therapy removed from the comparison takes its cells with it.
 */

type Id = number | string
interface FieldError {
  path: string
  message: string
}

const fieldErrorsOf = (error: unknown): FieldError[] => ((error as { data?: { errors?: FieldError[] } }).data?.errors ?? [])

describe.skipIf(skipDatabase)('comparisons: the grid of therapies by attributes', () => {
  let cms: TestCmsWithApi
  let payload: Payload
  let brand: Brand
  let auth: Record<string, string>
  let needling: Therapy
  let massage: Therapy
  let cupping: Therapy
  let counter = 0

  beforeAll(async () => {
    cms = await startPayloadWithApi()
    payload = cms.payload
    ;({ brand, auth } = await createBrandWithEditor(payload, 'Grid Physio', 'grid-physio.example'))
    const therapy = (name: string) =>
      payload.create({ collection: 'therapies', overrideAccess: true, data: { ...minimalDocument('therapies', name, [brand.id]), _status: 'published' } as never }) as Promise<Therapy>
    needling = await therapy('Needling Grid')
    massage = await therapy('Massage Grid')
    cupping = await therapy('Cupping Grid')
  })
  afterAll(async () => {
    await cms?.stop()
  })

  const base = (therapies: Id[]) => {
    counter += 1
    return { title: `Grid comparison ${counter}`, brands: [brand.id], intro: 'Two ways to loosen a muscle.', therapies, combination: { canCombine: true, how: paragraphState('Together.') } }
  }
  const create = (data: Record<string, unknown>, status: 'draft' | 'published') =>
    payload.create({ collection: 'comparisons', overrideAccess: true, draft: status === 'draft', data: { ...data, _status: status } as never }) as Promise<Comparison>
  const snapshotRows = async (slug: string) => {
    const snapshot = await buildBrandSnapshot(payload, brand.slug, { serverUrl: 'http://cms.test' })
    return snapshot.comparisons.find((comparison) => comparison.slug === slug)?.rows
  }
  const words = (text: string) => [{ type: 'text', text }]

  it('refuses through the Local API, on a draft too, a cell of a therapy the comparison does not compare', async () => {
    const grid = { rows: [{ id: 'r1', label: 'Tool used', cells: { [String(needling.id)]: textCell('Needles'), [String(cupping.id)]: textCell('Cups') } }] }
    const error = await create({ ...base([needling.id, massage.id]), grid }, 'draft').catch((caught: unknown) => caught)
    expect((error as { status?: number }).status).toBe(400)
    expect(fieldErrorsOf(error)).toEqual([
      { path: 'grid', message: `Attribute "Tool used" has a value for therapy ${cupping.id}, which this comparison does not compare: add the therapy as a column or remove the value.` },
    ])
  })

  it('refuses through REST a malformed grid with a field error, and saves nothing', async () => {
    const before = await payload.count({ collection: 'comparisons', overrideAccess: true })
    const unsafeLink = cellOf([{ type: 'link', fields: { url: 'javascript:alert(1)' }, children: [{ type: 'text', text: 'Click', format: 0 }] }])
    for (const grid of [
      { rows: [{ id: 'r1', label: 'Tool used', cells: { [String(needling.id)]: unsafeLink } }] },
      { rows: [{ id: 'r1', label: 'Tool used', cells: {}, colour: 'red' }] },
      { rows: [{ id: 'r1', label: 'Tool used', cells: { [String(needling.id)]: '<b>Needles</b>' } }] },
    ]) {
      const response = await cms.restRequest('POST', '/comparisons?draft=true', { headers: auth, body: { ...base([needling.id, massage.id]), grid, _status: 'draft' } })
      expect(response.status, JSON.stringify(grid)).toBe(400)
      const answer = (await response.json()) as { errors: { data?: { errors: FieldError[] } }[] }
      const errors = answer.errors.flatMap((error) => error.data?.errors ?? [])
      expect(errors).toEqual([{ path: 'grid', message: expect.stringMatching(/^The table could not be read at attribute "Tool used"/) }])
    }
    expect(await payload.count({ collection: 'comparisons', overrideAccess: true })).toEqual(before)
  })

  it('saves a draft with empty cells and an unnamed row; publishing it names the missing cell and the row without a label', async () => {
    const grid = { rows: [...gridFromColumns([needling.id, massage.id], [{ label: 'Tool used', values: ['Needles', ''] }]).rows, { id: 'unnamed', label: '', cells: {} }] }
    const draft = await create({ ...base([needling.id, massage.id]), grid }, 'draft')
    expect(draft._status).toBe('draft')
    const error = await payload.update({ collection: 'comparisons', id: draft.id, overrideAccess: true, data: { _status: 'published' } }).catch((caught: unknown) => caught)
    expect((error as { status?: number }).status).toBe(400)
    expect(fieldErrorsOf(error)).toEqual(
      expect.arrayContaining([
        { path: 'grid', message: `Attribute "Tool used" has no value for therapy ${massage.id} (column 2): fill in the cell or delete the row.` },
        { path: 'grid', message: 'Attribute 2 has no label: name it (e.g. "Tool used") or delete the row.' },
      ]),
    )
  })

  it('publishes rich cells (bold, italic, links) into the snapshot, each in its therapy column', async () => {
    const grid: ComparisonGrid = {
      rows: [
        {
          id: 'tool',
          label: 'Tool used',
          cells: {
            [String(massage.id)]: textCell('Hands'),
            [String(needling.id)]: cellOf([
              { type: 'text', text: 'Fine', format: 1 },
              { type: 'text', text: ' needles', format: 2 },
              { type: 'linebreak' },
              { type: 'link', fields: { url: 'https://needles.example/' }, children: [{ type: 'text', text: 'how they are made', format: 0 }] },
            ]),
          },
        },
      ],
    }
    const published = await create({ ...base([needling.id, massage.id]), grid }, 'published')
    expect(await snapshotRows(published.slug)).toEqual([
      {
        label: 'Tool used',
        values: [
          [
            { type: 'text', text: 'Fine', bold: true },
            { type: 'text', text: ' needles', italic: true },
            { type: 'linebreak' },
            { type: 'link', target: { kind: 'external', href: 'https://needles.example/', newTab: false }, children: [{ type: 'text', text: 'how they are made' }] },
          ],
          words('Hands'),
        ],
      },
    ])
  })

  it('reorders every row’s values with the columns: the snapshot follows the therapies’ order', async () => {
    const grid = gridFromColumns([needling.id, massage.id], [
      { label: 'Tool used', values: ['Needles', 'Hands'] },
      { label: 'Feels like', values: ['A brief ache', 'A tight pull'] },
    ])
    const published = await create({ ...base([needling.id, massage.id]), grid }, 'published')
    await cms.restRequest('PATCH', `/comparisons/${published.id}`, { headers: auth, body: { therapies: [massage.id, needling.id], _status: 'published' } }).then(async (response) => {
      expect(response.status, await response.text()).toBe(200)
    })
    expect(await snapshotRows(published.slug)).toEqual([
      { label: 'Tool used', values: [words('Hands'), words('Needles')] },
      { label: 'Feels like', values: [words('A tight pull'), words('A brief ache')] },
    ])
  })

  it('drops a removed therapy’s cells, so a therapy added later starts with an empty column', async () => {
    const grid = gridFromColumns([needling.id, massage.id, cupping.id], [{ label: 'Tool used', values: ['Needles', 'Hands', 'Cups'] }])
    const published = await create({ ...base([needling.id, massage.id, cupping.id]), grid }, 'published')
    const response = await cms.restRequest('PATCH', `/comparisons/${published.id}?depth=0`, { headers: auth, body: { therapies: [needling.id, massage.id], _status: 'published' } })
    expect(response.status, await response.clone().text()).toBe(200)
    const stored = (await payload.findByID({ collection: 'comparisons', id: published.id, overrideAccess: true, depth: 0 })) as Comparison
    expect(Object.keys((stored.grid as unknown as ComparisonGrid).rows[0]?.cells ?? {}).sort()).toEqual([String(needling.id), String(massage.id)].sort())
    expect(await snapshotRows(published.slug)).toEqual([{ label: 'Tool used', values: [words('Needles'), words('Hands')] }])

    // Compared again, cupping has no value: publishing asks for one.
    const error = await payload.update({ collection: 'comparisons', id: published.id, overrideAccess: true, data: { therapies: [needling.id, massage.id, cupping.id], _status: 'published' } }).catch((caught: unknown) => caught)
    expect(fieldErrorsOf(error)).toEqual([{ path: 'grid', message: `Attribute "Tool used" has no value for therapy ${cupping.id} (column 3): fill in the cell or delete the row.` }])
  })
})
