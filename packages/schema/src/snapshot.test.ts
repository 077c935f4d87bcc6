import { describe, expect, it } from 'vitest'
import { SnapshotValidationError } from './issues'
import { parseBrandSnapshot } from './parseSnapshot'
import type { LinkTarget, RichTextSchema } from './richText'
import { type BrandSnapshotInput, BrandSnapshotSchema, SNAPSHOT_COLLECTIONS, SNAPSHOT_SCHEMA_VERSION } from './snapshot'
import { makeValidSnapshot } from './testing'
import type { z } from 'zod'

type Block = z.input<typeof RichTextSchema>[number]
type Issue = { path: PropertyKey[]; message: string }

function issuesOf(snapshot: unknown): Issue[] {
  const result = BrandSnapshotSchema.safeParse(snapshot)
  if (result.success) throw new Error('expected the snapshot to be rejected')
  return result.error.issues.map((issue) => ({ path: issue.path, message: issue.message }))
}

function first<T>(list: readonly T[]): T {
  const value = list[0]
  if (value === undefined) throw new Error('fixture list is empty')
  return value
}

function second<T>(list: readonly T[]): T {
  const value = list[1]
  if (value === undefined) throw new Error('fixture list has fewer than two entries')
  return value
}

/** The first block of `type` in the fixture article's body. */
function block<T extends Block['type']>(snapshot: BrandSnapshotInput, type: T): Extract<Block, { type: T }> {
  const found = first(snapshot.articles).body.find((node): node is Extract<Block, { type: T }> => node.type === type)
  if (!found) throw new Error(`fixture body has no ${type}`)
  return found
}

function thrown(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  throw new Error('expected a throw')
}

const notPublished = (collection: string, id: string) => `refers to ${collection} ${id}, which is not published for this brand`
const notEmbeddable = (collection: string, id: string) => `embeds ${collection} ${id}, which is not published for this brand`

describe('BrandSnapshotSchema: a valid snapshot', () => {
  it('accepts the fixture and returns an equal object', () => {
    const input = makeValidSnapshot()
    expect(BrandSnapshotSchema.parse(input)).toEqual(input)
  })

  it('lower-cases theme colours', () => {
    const input = makeValidSnapshot()
    input.brand.theme.primary = '#1F5C7A'
    input.brand.theme.accent = '#F2A541'
    expect(BrandSnapshotSchema.parse(input).brand.theme).toEqual({ primary: '#1f5c7a', accent: '#f2a541', background: '#fbfaf7', text: '#1b1f23' })
  })

  it('accepts a house article without an author', () => {
    const input = makeValidSnapshot()
    first(input.articles).author = null
    expect(BrandSnapshotSchema.parse(input).articles[0]?.author).toBeNull()
  })

  it('accepts empty collections', () => {
    const input = makeValidSnapshot()
    for (const collection of SNAPSHOT_COLLECTIONS) input[collection] = []
    expect(BrandSnapshotSchema.parse(input).clinics).toEqual([])
  })

  it('allows the same slug in different collections', () => {
    const input = makeValidSnapshot()
    first(input.faqs).slug = 'dry-needling'
    expect(BrandSnapshotSchema.safeParse(input).success).toBe(true)
  })

  it('drops fields the contract does not define', () => {
    const input = makeValidSnapshot()
    Object.assign(first(input.articles), { _status: 'published', createdBy: 'editor@cms.example' })
    expect(BrandSnapshotSchema.parse(input).articles[0]).not.toHaveProperty('_status')
    expect(BrandSnapshotSchema.parse(input).articles[0]).not.toHaveProperty('createdBy')
  })
})

describe('BrandSnapshotSchema: document rules, located by path', () => {
  it('rejects another schema version', () => {
    expect(SNAPSHOT_SCHEMA_VERSION).toBe(3)
    expect(issuesOf({ ...makeValidSnapshot(), schemaVersion: 1 }).map((issue) => issue.path)).toEqual([['schemaVersion']])
  })

  it('rejects a clinic closing before it opens at clinics.0.openingHours.2.closes', () => {
    const input = makeValidSnapshot()
    first(input.clinics).openingHours[2] = { day: 'wednesday', closed: false, opens: '18:00', closes: '08:00' }
    expect(issuesOf(input)).toEqual([{ path: ['clinics', 0, 'openingHours', 2, 'closes'], message: 'closing time must be after opening time' }])
  })

  it('rejects a therapy whose minimum cost is above its maximum', () => {
    const input = makeValidSnapshot()
    second(input.therapies).cost = { minCents: 15000, maxCents: 8000, currency: 'USD' }
    expect(issuesOf(input)).toEqual([{ path: ['therapies', 1, 'cost', 'maxCents'], message: 'maximum cost must not be below minimum cost' }])
  })

  it('rejects a comparison row with a value missing', () => {
    const input = makeValidSnapshot()
    first(first(input.comparisons).rows).values.pop()
    expect(issuesOf(input)).toEqual([{ path: ['comparisons', 0, 'rows', 0, 'values'], message: 'row "Tool used" has 1 values for 2 therapies' }])
  })

  it('rejects numeric ids: ids are strings whatever the database', () => {
    const numericId = makeValidSnapshot()
    Object.assign(first(numericId.clinics), { id: 101 })
    expect(issuesOf(numericId)).toEqual([{ path: ['clinics', 0, 'id'], message: 'Invalid input: expected string, received number' }])

    const numericReference = makeValidSnapshot()
    Object.assign(first(numericReference.clinics), { therapies: [201] })
    expect(issuesOf(numericReference).map((issue) => issue.path)).toEqual([['clinics', 0, 'therapies', 0]])
  })

  it('rejects an article without a body', () => {
    const input = makeValidSnapshot()
    first(input.articles).body = []
    expect(issuesOf(input)).toEqual([{ path: ['articles', 0, 'body'], message: 'an article needs a body' }])
  })

  it('checks references only once every document has the right shape', () => {
    const input = makeValidSnapshot()
    const clinic: Record<string, unknown> = first(input.clinics)
    delete clinic.id
    first(input.articles).author = '499'
    expect(issuesOf(input).map((issue) => issue.path)).toEqual([['clinics', 0, 'id']])
  })

  it('reports document problems and broken references together when the shape is right', () => {
    const input = makeValidSnapshot()
    first(input.clinics).openingHours[2] = { day: 'wednesday', closed: false, opens: '18:00', closes: '08:00' }
    first(input.articles).author = '499'
    expect(issuesOf(input).map((issue) => issue.path)).toEqual([
      ['clinics', 0, 'openingHours', 2, 'closes'],
      ['articles', 0, 'author'],
    ])
  })
})

describe('BrandSnapshotSchema: uniqueness and ownership', () => {
  it('rejects two clinics with the same slug, naming the first one', () => {
    const input = makeValidSnapshot()
    second(input.clinics).slug = 'portland'
    expect(issuesOf(input)).toEqual([{ path: ['clinics', 1, 'slug'], message: 'slug "portland" is also used by 101' }])
  })

  it('rejects two articles with the same slug', () => {
    const input = makeValidSnapshot()
    const copy = structuredClone(first(input.articles))
    copy.id = '602'
    input.articles.push(copy)
    expect(issuesOf(input)).toEqual([
      { path: ['articles', 1, 'slug'], message: 'slug "dry-needling-or-manual-therapy-for-neck-pain" is also used by 601' },
    ])
  })

  it('rejects duplicate ids within a collection', () => {
    const input = makeValidSnapshot()
    second(input.therapies).id = '201'
    expect(issuesOf(input)).toContainEqual({ path: ['therapies', 1, 'id'], message: 'duplicate id 201' })
  })

  it('rejects a clinic of another brand', () => {
    const input = makeValidSnapshot()
    second(input.clinics).brand = '2'
    expect(issuesOf(input)).toEqual([{ path: ['clinics', 1, 'brand'], message: 'belongs to brand 2, not 1' }])
  })
})

describe('BrandSnapshotSchema: references must resolve', () => {
  it.each<[string, (snapshot: BrandSnapshotInput) => void, Issue]>([
    ['a clinic offering a missing therapy', (s) => first(s.clinics).therapies.push('299'), { path: ['clinics', 0, 'therapies', 2], message: notPublished('therapies', '299') }],
    ['a therapy for a missing condition', (s) => first(s.therapies).conditions.push('399'), { path: ['therapies', 0, 'conditions', 2], message: notPublished('conditions', '399') }],
    ['a condition helped by a missing therapy', (s) => second(s.conditions).therapies.push('299'), { path: ['conditions', 1, 'therapies', 2], message: notPublished('therapies', '299') }],
    ['an FAQ about a missing therapy', (s) => (first(s.faqs).therapies = ['299']), { path: ['faqs', 0, 'therapies', 0], message: notPublished('therapies', '299') }],
    ['an FAQ about a missing condition', (s) => (second(s.faqs).conditions = ['399']), { path: ['faqs', 1, 'conditions', 0], message: notPublished('conditions', '399') }],
    ['an article by a missing author', (s) => (first(s.articles).author = '499'), { path: ['articles', 0, 'author'], message: notPublished('authors', '499') }],
    ['an article related to a missing therapy', (s) => first(s.articles).relatedTherapies.push('299'), { path: ['articles', 0, 'relatedTherapies', 2], message: notPublished('therapies', '299') }],
    ['an article related to a missing condition', (s) => first(s.articles).relatedConditions.push('399'), { path: ['articles', 0, 'relatedConditions', 1], message: notPublished('conditions', '399') }],
    ['an article listing a missing FAQ', (s) => (first(s.articles).faqs = ['599']), { path: ['articles', 0, 'faqs', 0], message: notPublished('faqs', '599') }],
    [
      'a comparison of a missing therapy',
      (s) => Object.assign(first(s.comparisons), { therapies: ['201', '299'], whenToChoose: [] }),
      { path: ['comparisons', 0, 'therapies', 1], message: notPublished('therapies', '299') },
    ],
    [
      'comparison guidance for a missing condition',
      (s) => (first(first(s.comparisons).conditionGuidance).condition = '399'),
      { path: ['comparisons', 0, 'conditionGuidance', 0, 'condition'], message: notPublished('conditions', '399') },
    ],
    ['a provider at a missing clinic', (s) => first(s.providers ?? []).clinics.push('199'), { path: ['providers', 0, 'clinics', 2], message: notPublished('clinics', '199') }],
    ['a provider performing a missing therapy', (s) => second(s.providers ?? []).therapies.push('299'), { path: ['providers', 1, 'therapies', 1], message: notPublished('therapies', '299') }],
    ['a provider focused on a missing condition', (s) => (first(s.providers ?? []).conditions = ['399']), { path: ['providers', 0, 'conditions', 0], message: notPublished('conditions', '399') }],
    ['an author linked to a missing provider', (s) => (first(s.authors).provider = '899'), { path: ['authors', 0, 'provider'], message: notPublished('providers', '899') }],
    ['an article reviewed by a missing provider', (s) => (first(s.articles).review = { reviewedBy: '899', lastReviewed: '2026-02-11' }), { path: ['articles', 0, 'review', 'reviewedBy'], message: notPublished('providers', '899') }],
    ['a therapy reviewed by a missing provider', (s) => (first(s.therapies).review = { reviewedBy: '899', lastReviewed: '2026-01-20' }), { path: ['therapies', 0, 'review', 'reviewedBy'], message: notPublished('providers', '899') }],
    ['a condition reviewed by a missing provider', (s) => (first(s.conditions).review = { reviewedBy: '899', lastReviewed: '2025-11-03' }), { path: ['conditions', 0, 'review', 'reviewedBy'], message: notPublished('providers', '899') }],
    ['a comparison reviewed by a missing provider', (s) => (first(s.comparisons).review = { reviewedBy: '899', lastReviewed: '2026-02-11' }), { path: ['comparisons', 0, 'review', 'reviewedBy'], message: notPublished('providers', '899') }],
  ])('rejects %s', (_, mutate, expected) => {
    const input = makeValidSnapshot()
    mutate(input)
    expect(issuesOf(input)).toEqual([expected])
  })

  it('rejects an article body with an FAQ group naming a missing FAQ', () => {
    const input = makeValidSnapshot()
    block(input, 'faqGroup').faqs = ['501', '599']
    expect(issuesOf(input)).toEqual([{ path: ['articles', 0, 'body'], message: notEmbeddable('faqs', '599') }])
  })

  it('rejects an article body embedding a missing comparison', () => {
    const input = makeValidSnapshot()
    block(input, 'comparison').comparison = '799'
    expect(issuesOf(input)).toEqual([{ path: ['articles', 0, 'body'], message: notEmbeddable('comparisons', '799') }])
  })

  it('rejects an internal link to a document that is not in the snapshot', () => {
    const input = makeValidSnapshot()
    const link = block(input, 'paragraph').children.find((node) => node.type === 'link' && node.target.kind === 'internal')
    if (link?.type !== 'link') throw new Error('fixture paragraph has no internal link')
    link.target = { kind: 'internal', collection: 'clinics', id: '199' }
    expect(issuesOf(input)).toEqual([{ path: ['articles', 0, 'body'], message: notEmbeddable('clinics', '199') }])
  })

  it('ignores external links when checking references', () => {
    const input = makeValidSnapshot()
    first(input.faqs).answer.push({
      type: 'paragraph',
      children: [{ type: 'link', target: { kind: 'external', href: 'https://elsewhere.example/faq/599', newTab: false }, children: [] }],
    })
    expect(BrandSnapshotSchema.safeParse(input).success).toBe(true)
  })

  it('checks the bodies of therapies, conditions and FAQs too', () => {
    const input = makeValidSnapshot()
    second(input.therapies).howItWorks.push({
      type: 'paragraph',
      children: [{ type: 'link', target: { kind: 'internal', collection: 'conditions', id: '399' }, children: [{ type: 'text', text: 'x' }] }],
    })
    second(input.conditions).body.push({ type: 'comparison', comparison: '799', showAdvice: true })
    first(input.faqs).answer.push({ type: 'faqGroup', faqs: ['599'] })
    expect(issuesOf(input)).toEqual([
      { path: ['therapies', 1, 'howItWorks'], message: notEmbeddable('conditions', '399') },
      { path: ['conditions', 1, 'body'], message: notEmbeddable('comparisons', '799') },
      { path: ['faqs', 0, 'answer'], message: notEmbeddable('faqs', '599') },
    ])
  })

  it('checks the links in a comparison’s advice, and takes links to the site’s own pages as they are', () => {
    const input = makeValidSnapshot()
    const comparison = first(input.comparisons)
    const linkTo = (target: LinkTarget) => ({ type: 'paragraph' as const, children: [{ type: 'link' as const, target, children: [{ type: 'text' as const, text: 'more' }] }] })
    second(comparison.whenToChoose).text.push(linkTo({ kind: 'internal', collection: 'articles', id: '699' }))
    comparison.combination.how.push(linkTo({ kind: 'internal', collection: 'faqs', id: '599' }), linkTo({ kind: 'page', page: 'locations' }))
    expect(issuesOf(input)).toEqual([
      { path: ['comparisons', 0, 'whenToChoose', 1, 'text'], message: notEmbeddable('articles', '699') },
      { path: ['comparisons', 0, 'combination', 'how'], message: notEmbeddable('faqs', '599') },
    ])
  })

  it('reports every page a removed provider reviewed and the author profile linked to it', () => {
    const input = makeValidSnapshot()
    input.providers = (input.providers ?? []).filter((provider) => provider.id !== '801')
    expect(issuesOf(input)).toEqual([
      { path: ['authors', 0, 'provider'], message: notPublished('providers', '801') },
      { path: ['articles', 0, 'review', 'reviewedBy'], message: notPublished('providers', '801') },
      { path: ['therapies', 0, 'review', 'reviewedBy'], message: notPublished('providers', '801') },
      { path: ['comparisons', 0, 'review', 'reviewedBy'], message: notPublished('providers', '801') },
    ])
  })

  it('reads a snapshot made before providers and reviews existed as having none', () => {
    const input = makeValidSnapshot()
    delete input.providers
    for (const author of input.authors) delete author.provider
    for (const doc of [...input.articles, ...input.therapies, ...input.conditions, ...input.comparisons]) delete doc.review
    for (const clinic of input.clinics) {
      delete clinic.insurancePlans
      delete clinic.languages
    }
    const parsed = BrandSnapshotSchema.parse(input)
    expect(parsed.providers).toEqual([])
    expect(parsed.authors.map((author) => author.provider)).toEqual([null])
    expect(parsed.articles.map((article) => article.review)).toEqual([null])
    expect(parsed.clinics.map((clinic) => [clinic.insurancePlans, clinic.languages])).toEqual([[[], []], [[], []]])
  })

  it('rejects a review date that is not a calendar date', () => {
    const input = makeValidSnapshot()
    first(input.articles).review = { reviewedBy: '801', lastReviewed: 'February 2026' }
    expect(issuesOf(input)).toEqual([{ path: ['articles', 0, 'review', 'lastReviewed'], message: 'date must be YYYY-MM-DD' }])
  })

  it('reports the knock-on effects of removing a document', () => {
    const input = makeValidSnapshot()
    input.authors = []
    input.comparisons = []
    expect(issuesOf(input)).toEqual([
      { path: ['articles', 0, 'author'], message: notPublished('authors', '401') },
      { path: ['articles', 0, 'body'], message: notEmbeddable('comparisons', '701') },
    ])
  })
})

describe('parseBrandSnapshot', () => {
  it('returns the parsed snapshot', () => {
    const input = makeValidSnapshot()
    input.brand.theme.text = '#1B1F23'
    const snapshot = parseBrandSnapshot(input)
    expect(snapshot.brand.slug).toBe('harbor-lane-physio')
    expect(snapshot.brand.theme.text).toBe('#1b1f23')
    expect(snapshot.clinics.map((clinic) => clinic.id)).toEqual(['101', '102'])
  })

  it('throws a SnapshotValidationError naming brand, collection, document and field', () => {
    const input = makeValidSnapshot()
    first(input.clinics).openingHours[2] = { day: 'wednesday', closed: false, opens: '18:00', closes: '08:00' }
    const error = thrown(() => parseBrandSnapshot(input))
    expect(error).toBeInstanceOf(SnapshotValidationError)
    if (!(error instanceof SnapshotValidationError)) return
    expect(error.message).toContain('brand harbor-lane-physio: clinics 101 field openingHours.2.closes: closing time must be after opening time')
    expect(error.message).toMatch(/^The snapshot of brand "harbor-lane-physio" does not fit the contract \(1 problem\):\n/)
    expect(error.problems).toEqual([
      {
        brand: 'harbor-lane-physio',
        collection: 'clinics',
        documentId: '101',
        field: 'openingHours.2.closes',
        message: 'closing time must be after opening time',
      },
    ])
  })

  it('lists every problem, one line each', () => {
    const input = makeValidSnapshot()
    first(input.articles).author = '499'
    block(input, 'faqGroup').faqs = ['599']
    const error = thrown(() => parseBrandSnapshot(input))
    if (!(error instanceof SnapshotValidationError)) throw new Error('expected a SnapshotValidationError')
    expect(error.message.split('\n')).toEqual([
      'The snapshot of brand "harbor-lane-physio" does not fit the contract (2 problems):',
      `brand harbor-lane-physio: articles 601 field author: ${notPublished('authors', '499')}`,
      `brand harbor-lane-physio: articles 601 field body: ${notEmbeddable('faqs', '599')}`,
    ])
  })

  it('labels problems with the brand given by the caller', () => {
    const input = makeValidSnapshot()
    second(input.clinics).brand = '2'
    const error = thrown(() => parseBrandSnapshot(input, 'harbor-lane-staging'))
    if (!(error instanceof SnapshotValidationError)) throw new Error('expected a SnapshotValidationError')
    expect(error.message).toContain('brand harbor-lane-staging: clinics 102 field brand: belongs to brand 2, not 1')
    expect(error.problems[0]?.brand).toBe('harbor-lane-staging')
  })

  it('labels the brand "unknown" when the input cannot say', () => {
    const error = thrown(() => parseBrandSnapshot(null))
    if (!(error instanceof SnapshotValidationError)) throw new Error('expected a SnapshotValidationError')
    expect(error.problems).toEqual([
      { brand: 'unknown', collection: 'snapshot', documentId: null, field: '(root)', message: 'Invalid input: expected object, received null' },
    ])
  })
})
