import type { FlattenedField } from 'payload'
import { describe, expect, it } from 'vitest'
import { changedFields, contentFingerprint } from './fingerprint'

const FIELDS = [
  { name: 'title', type: 'text' },
  { name: 'slug', type: 'text' },
  { name: 'brands', type: 'relationship', relationTo: 'brands', hasMany: true },
  { name: 'publishedAt', type: 'date' },
  { name: 'body', type: 'richText' },
  { name: 'rows', type: 'array', flattenedFields: [{ name: 'label', type: 'text' }], fields: [] },
  { name: 'review', type: 'group', flattenedFields: [{ name: 'reviewedBy', type: 'relationship', relationTo: 'providers' }], fields: [] },
  { name: 'reviewWorkflow', type: 'group', flattenedFields: [{ name: 'status', type: 'select', options: [] }], fields: [] },
] as unknown as FlattenedField[]

const paragraph = (text: string, extra: Record<string, unknown> = {}) => ({ root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', text }], ...extra }] } })

const page = {
  id: 7,
  title: 'Sciatica, the first six weeks',
  slug: 'sciatica',
  brands: [3, 4],
  publishedAt: '2026-03-01T00:00:00.000Z',
  body: paragraph('Keep moving.'),
  rows: [{ id: 'row-1', label: 'Dose' }],
  review: { reviewedBy: 9 },
  reviewWorkflow: { status: 'ready' },
}

describe('contentFingerprint', () => {
  it('is the same for the same content, whatever form the API or database gave it', () => {
    const fromAnotherChannel = {
      ...page,
      brands: [{ id: '3' }, '4'],
      rows: [{ id: 'other-row-id', label: 'Dose' }],
      body: paragraph('Keep moving.', { direction: 'ltr', textFormat: 0, version: 1 }),
      subtitle: undefined,
    }
    expect(contentFingerprint(fromAnotherChannel, FIELDS)).toBe(contentFingerprint(page, FIELDS))
  })

  it('ignores what is not reviewed: slug, dates, the review and its workflow', () => {
    const stamped = { ...page, slug: 'new-slug', publishedAt: null, review: { reviewedBy: 10 }, reviewWorkflow: { status: 'approved' } }
    expect(contentFingerprint(stamped, FIELDS)).toBe(contentFingerprint(page, FIELDS))
  })

  it('changes with the text, a row, the order of rows and the brands', () => {
    const base = contentFingerprint(page, FIELDS)
    expect(contentFingerprint({ ...page, body: paragraph('Rest in bed.') }, FIELDS)).not.toBe(base)
    expect(contentFingerprint({ ...page, rows: [...page.rows, { label: 'Duration' }] }, FIELDS)).not.toBe(base)
    expect(contentFingerprint({ ...page, title: `${page.title}!` }, FIELDS)).not.toBe(base)
    expect(contentFingerprint({ ...page, brands: [3] }, FIELDS)).not.toBe(base)
  })
})

describe('changedFields', () => {
  it('names the top-level fields whose values differ, every field counted', () => {
    expect(changedFields(page, { ...page, brands: ['3', '4'], slug: 'other', review: { reviewedBy: 10 } }, FIELDS)).toEqual(['slug', 'review'])
    expect(changedFields(page, page, FIELDS)).toEqual([])
  })
})
