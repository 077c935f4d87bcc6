import { describe, expect, it } from 'vitest'
import { type SnapshotProblem, SnapshotValidationError, describeSnapshotProblems, formatSnapshotProblems } from './issues'
import { BrandSnapshotSchema } from './snapshot'
import { makeValidSnapshot } from './testing'

/** Validates `input` and describes its problems the way parseBrandSnapshot does. */
function problemsOf(input: unknown, brand = 'harbor-lane-physio'): SnapshotProblem[] {
  const result = BrandSnapshotSchema.safeParse(input)
  if (result.success) throw new Error('expected the snapshot to be rejected')
  return describeSnapshotProblems(result.error, input, brand)
}

describe('describeSnapshotProblems on badly malformed input', () => {
  it('describes null as one problem at the root', () => {
    expect(problemsOf(null, 'unknown')).toEqual([
      { brand: 'unknown', collection: 'snapshot', documentId: null, field: '(root)', message: 'Invalid input: expected object, received null' },
    ])
  })

  it.each([[[]], ['snapshot'], [42], [undefined]])('does not throw on %j', (input) => {
    const problems = problemsOf(input, 'unknown')
    expect(problems.length).toBeGreaterThan(0)
    for (const problem of problems) expect(problem.brand).toBe('unknown')
  })

  it('describes {} as one problem per missing top-level field', () => {
    const problems = problemsOf({}, 'unknown')
    expect(problems.map((problem) => [problem.collection, problem.documentId, problem.field])).toEqual([
      ['snapshot', null, 'schemaVersion'],
      ['snapshot', null, 'generatedAt'],
      ['brand', null, '(document)'],
      ['snapshot', null, 'clinics'],
      ['snapshot', null, 'therapies'],
      ['snapshot', null, 'conditions'],
      ['snapshot', null, 'authors'],
      ['snapshot', null, 'faqs'],
      ['snapshot', null, 'articles'],
      ['snapshot', null, 'comparisons'],
    ])
    expect(problems.find((problem) => problem.field === 'clinics')?.message).toBe('Invalid input: expected array, received undefined')
  })

  it('names a document without an id by its position', () => {
    const input = makeValidSnapshot()
    const clinic: Record<string, unknown> = input.clinics[0] ?? {}
    delete clinic.id
    expect(problemsOf(input)).toEqual([
      {
        brand: 'harbor-lane-physio',
        collection: 'clinics',
        documentId: '#0',
        field: 'id',
        message: 'Invalid input: expected string, received undefined',
      },
    ])
  })

  it('reads a numeric id from the raw input to name the document', () => {
    const input = makeValidSnapshot()
    Object.assign(input.clinics[1] ?? {}, { id: 102 })
    expect(problemsOf(input)).toEqual([expect.objectContaining({ collection: 'clinics', documentId: '102', field: 'id' })])
  })

  it('marks a problem with a whole document as (document)', () => {
    const input: Record<string, unknown> = { ...makeValidSnapshot(), faqs: ['not an faq'] }
    expect(problemsOf(input)).toEqual([expect.objectContaining({ collection: 'faqs', documentId: '#0', field: '(document)' })])
  })

  it('reports a collection that is not a list as a snapshot field', () => {
    const input: Record<string, unknown> = { ...makeValidSnapshot(), articles: { 601: {} } }
    expect(problemsOf(input)).toEqual([
      expect.objectContaining({ collection: 'snapshot', documentId: null, field: 'articles', message: 'Invalid input: expected array, received object' }),
    ])
  })

  it('locates brand problems with the brand id and a dotted field', () => {
    const input = makeValidSnapshot()
    input.brand.theme.primary = 'navy'
    input.brand.domain = 'https://harbor-lane-physio.example'
    expect(problemsOf(input)).toEqual([
      { brand: 'harbor-lane-physio', collection: 'brand', documentId: '1', field: 'domain', message: expect.stringContaining('domain must be a lower-case host name') },
      { brand: 'harbor-lane-physio', collection: 'brand', documentId: '1', field: 'theme.primary', message: 'colour must be a #rrggbb hex value' },
    ])
  })

  it('gives deep fields as dotted paths with list positions', () => {
    const input = makeValidSnapshot()
    const faq = input.faqs[1]
    if (!faq) throw new Error('fixture has no second FAQ')
    faq.answer = [{ type: 'paragraph', children: [{ type: 'link', target: { kind: 'external', href: 'ftp://files.example', newTab: false }, children: [] }] }]
    expect(problemsOf(input)).toEqual([
      {
        brand: 'harbor-lane-physio',
        collection: 'faqs',
        documentId: '502',
        field: 'answer.0.children.0.target.href',
        message: 'link must start with http(s)://, mailto: or tel:',
      },
    ])
  })
})

describe('formatSnapshotProblems', () => {
  it('writes one line per problem, naming the document when there is one', () => {
    const problems: SnapshotProblem[] = [
      { brand: 'cedar-bend', collection: 'articles', documentId: '12', field: 'body', message: 'embeds faqs 9, which is not published for this brand' },
      { brand: 'cedar-bend', collection: 'snapshot', documentId: null, field: 'generatedAt', message: 'Invalid ISO datetime' },
    ]
    expect(formatSnapshotProblems(problems)).toBe(
      'brand cedar-bend: articles 12 field body: embeds faqs 9, which is not published for this brand\n' +
        'brand cedar-bend: snapshot field generatedAt: Invalid ISO datetime',
    )
  })

  it('is empty for no problems', () => {
    expect(formatSnapshotProblems([])).toBe('')
  })
})

describe('SnapshotValidationError', () => {
  const problem: SnapshotProblem = { brand: 'cedar-bend', collection: 'clinics', documentId: '#3', field: 'phone', message: 'phone must have at least 10 digits' }

  it('is an Error carrying its problems', () => {
    const error = new SnapshotValidationError('cedar-bend', [problem])
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('SnapshotValidationError')
    expect(error.problems).toEqual([problem])
  })

  it('counts the problems in its first line and lists them after it', () => {
    expect(new SnapshotValidationError('cedar-bend', [problem]).message).toBe(
      'The snapshot of brand "cedar-bend" does not fit the contract (1 problem):\nbrand cedar-bend: clinics #3 field phone: phone must have at least 10 digits',
    )
    expect(new SnapshotValidationError('cedar-bend', [problem, problem]).message.split('\n')[0]).toBe(
      'The snapshot of brand "cedar-bend" does not fit the contract (2 problems):',
    )
  })
})
