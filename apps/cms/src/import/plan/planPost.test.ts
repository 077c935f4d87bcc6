import type { ImportBlockNode } from '@clinic/schema'
import { describe, expect, it } from 'vitest'
import type { ClinicStructure, ConvertedBody, SourcePost } from '../types'
import { THERAPY_ALIASES, aliasesOf, findByName } from './aliases'
import type { EarlierImport, PlanContext } from './context'
import { type PlanInput, type PlanOutcome, type PlannedPost, newPlanState, planPost } from './planPost'

const paragraph = (text: string): ImportBlockNode => ({ type: 'paragraph', children: [{ type: 'text', text }] })
const heading = (text: string): ImportBlockNode => ({ type: 'heading', level: 2, children: [{ type: 'text', text }] })

function source(overrides: Partial<SourcePost> = {}): SourcePost {
  return {
    source: 'export.xml#12',
    key: 'https://old-clinic.example/?p=12',
    sourceUrl: 'https://old-clinic.example/blog/easing-desk-neck/',
    title: 'Easing desk neck',
    subtitle: null,
    publishedAt: '2024-03-03T10:00:00.000Z',
    author: 'Rowan Ashby',
    categories: ['Recovery', ' recovery ', 'Neck'],
    excerpt: null,
    html: '<p>unused</p>',
    heroImage: null,
    jsonLd: [],
    warnings: [],
    ...overrides,
  }
}

function input(overrides: Partial<SourcePost> = {}, body: ImportBlockNode[] = [paragraph('Lead words.'), heading('Why it hurts'), paragraph('Section words.')], structure: Partial<ClinicStructure> = {}): PlanInput {
  const converted: ConvertedBody = { body, images: [], oldSiteLinks: [], warnings: [] }
  return { source: source(overrides), converted, structure: { body, faqs: [], comparisons: [], therapyFacts: [], warnings: [], ...structure } }
}

function context(overrides: Partial<PlanContext> = {}): PlanContext {
  return {
    brand: { id: 1, slug: 'harbor-lane-pt', name: 'Harbor Lane PT' },
    therapies: [
      { id: 10, name: 'Dry needling', aliases: aliasesOf(THERAPY_ALIASES, 'Dry needling') },
      { id: 11, name: 'Massage therapy', aliases: aliasesOf(THERAPY_ALIASES, 'Massage therapy') },
      { id: 12, name: 'Acupuncture', aliases: aliasesOf(THERAPY_ALIASES, 'Acupuncture') },
    ],
    conditions: [{ id: 20, name: 'Low back pain', aliases: ['Back pain'] }],
    authors: [{ id: 30, name: 'Rowan  ashby' }],
    comparisons: [{ id: 40, therapies: [11, 10] }],
    earlier: new Map(),
    articleSlugs: new Map([['welcome', 50]]),
    ...overrides,
  }
}

function planned(outcome: PlanOutcome): PlannedPost {
  if (!('post' in outcome)) throw new Error(`expected a planned post, got ${JSON.stringify(outcome)}`)
  return outcome.post
}

const options = { overwritePublished: false }

describe('planPost', () => {
  it('takes the slug from the old address when it is one, else from the title', () => {
    const ctx = context()
    const state = newPlanState(ctx)
    expect(planned(planPost(input(), ctx, state, options)).report.slug).toBe('easing-desk-neck')
    expect(planned(planPost(input({ key: 'b', sourceUrl: 'https://old-clinic.example/blog/Neck_Tips.html', title: 'Neck tips for the desk' }), ctx, state, options)).report.slug).toBe(
      'neck-tips-for-the-desk',
    )
    expect(planned(planPost(input({ key: 'c', sourceUrl: 'https://old-clinic.example/?p=77', title: 'Heat or ice?' }), ctx, state, options)).report.slug).toBe('heat-or-ice')
  })

  it('keeps slugs unique in the brand, counting the posts planned before in the same import', () => {
    const ctx = context()
    const state = newPlanState(ctx)
    const first = planned(planPost(input({ key: 'a', sourceUrl: 'https://old-clinic.example/welcome/' }), ctx, state, options))
    const second = planned(planPost(input({ key: 'b', sourceUrl: 'https://old-clinic.example/2019/welcome/' }), ctx, state, options))
    expect([first.report.slug, second.report.slug]).toEqual(['welcome-2', 'welcome-3'])
  })

  it('matches an existing author by name whatever the case and spacing, else proposes a new one', () => {
    const ctx = context()
    const state = newPlanState(ctx)
    const matched = planned(planPost(input({ key: 'a', author: ' ROWAN ASHBY ' }), ctx, state, options))
    expect(matched.report.author).toEqual({ name: 'Rowan  ashby', match: 'existing' })
    expect(matched.authorId).toBe(30)
    const fresh = planned(planPost(input({ key: 'b', author: 'Imogen Tate' }), ctx, state, options))
    expect(fresh.report.author).toEqual({ name: 'Imogen Tate', match: 'new' })
    expect(fresh.authorId).toBeNull()
  })

  it('keeps the source excerpt and the whole body when there is one', () => {
    const post = planned(planPost(input({ excerpt: 'A short summary.' }), context(), newPlanState(context()), options))
    expect(post.report.excerpt).toBe('A short summary.')
    expect(post.report.body).toHaveLength(3)
  })

  it('takes the lead paragraph as excerpt and removes it from the body', () => {
    const post = planned(planPost(input(), context(), newPlanState(context()), options))
    expect(post.report.excerpt).toBe('Lead words.')
    expect(post.report.body).toEqual([heading('Why it hurts'), paragraph('Section words.')])
  })

  it('does not take a section\'s paragraph as the lead', () => {
    const post = planned(planPost(input({}, [heading('Why it hurts'), paragraph('Section words.')]), context(), newPlanState(context()), options))
    expect(post.report.excerpt).toBe('')
    expect(post.report.body).toHaveLength(2)
    expect(post.report.warnings.join(' ')).toMatch(/lead paragraph/)
  })

  it('finds an existing comparison of the same therapies in any order', () => {
    const comparison = { therapies: ['Dry needling', 'Massage'], rows: [{ label: 'Tool', values: ['Needles', 'Hands'] }], whenToChoose: [], combination: null, conditionGuidance: [] }
    const post = planned(planPost(input({}, undefined, { comparisons: [comparison] }), context(), newPlanState(context()), options))
    expect(post.report.comparisons[0]).toMatchObject({ therapies: ['Dry needling', 'Massage therapy'], existing: '40' })
    expect(post.comparisons[0]).toMatchObject({ existing: 40, therapies: [10, 11] })
    expect(post.relatedTherapies).toEqual([10, 11])

    const other = { ...comparison, therapies: ['Acupuncture', 'DN'] }
    const fresh = planned(planPost(input({ key: 'b' }, undefined, { comparisons: [other] }), context(), newPlanState(context()), options))
    expect(fresh.report.comparisons[0]?.existing).toBeNull()
  })

  it('keeps condition guidance only for conditions the brand has, with a warning for the others', () => {
    const comparison = {
      therapies: ['Dry needling', 'Acupuncture'],
      rows: [],
      whenToChoose: [{ therapy: 'Cupping', text: 'Rarely.' }],
      combination: null,
      conditionGuidance: [
        { condition: 'Back pain', guidance: 'Both help.' },
        { condition: 'Shin splints', guidance: 'Rest first.' },
      ],
    }
    const post = planned(planPost(input({}, undefined, { comparisons: [comparison] }), context(), newPlanState(context()), options))
    expect(post.comparisons[0]?.conditionGuidance).toEqual([{ condition: 20, guidance: 'Both help.' }])
    expect(post.comparisons[0]?.whenToChoose).toEqual([])
    expect(post.report.warnings.join(' ')).toMatch(/Shin splints/)
    expect(post.report.warnings.join(' ')).toMatch(/Cupping/)
  })

  it('redirects the old path to the article, once per path in an import', () => {
    const ctx = context()
    const state = newPlanState(ctx)
    const first = planned(planPost(input({ key: 'a' }), ctx, state, options))
    expect(first.report.redirects).toEqual([{ from: '/blog/easing-desk-neck/', to: '/articles/easing-desk-neck/' }])
    const again = planned(planPost(input({ key: 'b', sourceUrl: 'https://old-clinic.example/blog/easing-desk-neck' }), ctx, state, options))
    expect(again.report.redirects).toEqual([])
    expect(again.report.warnings.join(' ')).toMatch(/also that of export\.xml#12/)
  })

  it('never redirects the old home page or a page every site has', () => {
    const home = planned(planPost(input({ sourceUrl: 'https://old-clinic.example/' }), context(), newPlanState(context()), options))
    expect(home.report.redirects).toEqual([])
    const faq = planned(planPost(input({ sourceUrl: 'https://old-clinic.example/faq' }), context(), newPlanState(context()), options))
    expect(faq.report.redirects).toEqual([])
    expect(faq.report.warnings.join(' ')).toMatch(/one of the brand site's own pages/)
  })

  it('fails a post without a title, and leaves out a second copy of the same post', () => {
    const ctx = context()
    const state = newPlanState(ctx)
    expect(planPost(input({ title: '  ' }), ctx, state, options)).toEqual({ error: { source: 'export.xml#12', reason: expect.stringMatching(/no title/) } })
    planned(planPost(input({ source: 'a.html' }), ctx, state, options))
    expect(planPost(input({ source: 'b.html' }), ctx, state, options)).toEqual({ skipped: { source: 'b.html', reason: expect.stringMatching(/twice.*a\.html/) } })
  })

  it('merges the warnings of every step, each once', () => {
    const post = planned(
      planPost(
        { ...input({ warnings: ['The date has no year.'] }), converted: { body: [], images: [], oldSiteLinks: [], warnings: ['An image has no alt text.', 'The date has no year.'] } },
        context(),
        newPlanState(context()),
        options,
      ),
    )
    expect(post.report.warnings.filter((warning) => warning === 'The date has no year.')).toHaveLength(1)
    expect(post.report.warnings).toContain('An image has no alt text.')
  })

  it('keeps the old search title and description only when they fit the article\'s fields', () => {
    const fitting = planned(planPost(input({ seo: { title: ' Easing  desk neck ', description: 'Short.' } }), context(), newPlanState(context()), options))
    expect(fitting.seo).toEqual({ title: 'Easing desk neck', description: 'Short.' })
    const long = planned(planPost(input({ seo: { title: 'x'.repeat(71), description: 'y'.repeat(161) } }), context(), newPlanState(context()), options))
    expect(long.seo).toEqual({ title: null, description: null })
  })

  it('dedupes categories, whatever the case and spacing', () => {
    expect(planned(planPost(input(), context(), newPlanState(context()), options)).report.categories).toEqual(['Recovery', 'Neck'])
  })

  describe('an earlier import of the same post', () => {
    const earlier = (publishedSince: EarlierImport['publishedSince']): EarlierImport => ({
      id: 70,
      key: 'https://old-clinic.example/?p=12',
      sourceUrl: 'https://old-clinic.example/blog/easing-desk-neck/',
      article: 51,
      articleSlug: 'desk-neck-renamed',
      faqs: [60],
      comparisons: [],
      media: [],
      publishedSince,
    })

    it('is updated, keeping the article\'s current slug', () => {
      const ctx = context({ earlier: new Map([['https://old-clinic.example/?p=12', earlier([])]]), articleSlugs: new Map([['desk-neck-renamed', 51]]) })
      const post = planned(planPost(input(), ctx, newPlanState(ctx), options))
      expect(post.report.status).toBe('update')
      expect(post.report.slug).toBe('desk-neck-renamed')
      expect(post.report.redirects).toEqual([{ from: '/blog/easing-desk-neck/', to: '/articles/desk-neck-renamed/' }])
    })

    it('is left alone when an editor has published it since, unless asked to overwrite', () => {
      const ctx = context({ earlier: new Map([['https://old-clinic.example/?p=12', earlier([{ collection: 'faqs', id: 60 }])]]) })
      const skipped = planned(planPost(input(), ctx, newPlanState(ctx), options))
      expect(skipped.report.status).toBe('skipped')
      expect(skipped.report.warnings.join(' ')).toMatch(/published an FAQ/)
      const overwritten = planned(planPost(input(), ctx, newPlanState(ctx), { overwritePublished: true }))
      expect(overwritten.report.status).toBe('update')
    })

    it('is new again when its article was deleted since', () => {
      const gone = { ...earlier([]), article: null, articleSlug: null }
      const ctx = context({ earlier: new Map([['https://old-clinic.example/?p=12', gone]]) })
      const post = planned(planPost(input(), ctx, newPlanState(ctx), options))
      expect(post.report.status).toBe('new')
      expect(post.report.slug).toBe('easing-desk-neck')
    })
  })
})

describe('findByName', () => {
  const therapies = context().therapies
  it('knows therapies by name and alias, case and spacing aside', () => {
    expect(findByName(therapies, 'massage')?.id).toBe(11)
    expect(findByName(therapies, ' DRY  needling ')?.id).toBe(10)
    expect(findByName(therapies, 'DN')?.id).toBe(10)
  })
  it('names nothing for an unknown name or an alias of a therapy the brand lacks', () => {
    expect(findByName(therapies, 'TPI')).toBeNull()
    expect(findByName(therapies, 'Pilates')).toBeNull()
  })
})
