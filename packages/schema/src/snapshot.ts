import { z } from 'zod'
import { ArticleSchema } from './article'
import { AuthorSchema } from './author'
import { BrandSchema } from './brand'
import { ClinicSchema } from './clinic'
import { DateTimeSchema } from './common'
import { ComparisonSchema } from './comparison'
import { ConditionSchema } from './condition'
import { FaqSchema } from './faq'
import { ProviderSchema } from './provider'
import { RedirectSchema, publishedPagePaths, targetPath } from './redirect'
import { type RichText, richTextReferences } from './richText'
import { TherapySchema } from './therapy'

/** The collections whose pages carry a clinical review (reviewed by, last reviewed). */
export const REVIEWED_COLLECTIONS = ['articles', 'therapies', 'conditions', 'comparisons'] as const

/** Bumped when the snapshot changes in a way old sites cannot read. */
export const SNAPSHOT_SCHEMA_VERSION = 3

/** The document collections of a snapshot, in the order they are listed. */
export const SNAPSHOT_COLLECTIONS = ['clinics', 'providers', 'therapies', 'conditions', 'authors', 'faqs', 'articles', 'comparisons'] as const
export type SnapshotCollection = (typeof SNAPSHOT_COLLECTIONS)[number]

const BrandSnapshotShape = z.object({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  generatedAt: DateTimeSchema,
  brand: BrandSchema,
  clinics: z.array(ClinicSchema),
  /** The brand's clinicians. Absent in snapshots made before providers existed. */
  providers: z.array(ProviderSchema).default([]),
  therapies: z.array(TherapySchema),
  conditions: z.array(ConditionSchema),
  authors: z.array(AuthorSchema),
  faqs: z.array(FaqSchema),
  articles: z.array(ArticleSchema),
  comparisons: z.array(ComparisonSchema),
  /** Old addresses of the site and where they lead now. Absent in snapshots made before redirects existed. */
  redirects: z.array(RedirectSchema).default([]),
})

type Shape = z.output<typeof BrandSnapshotShape>
type Ctx = z.RefinementCtx
type Path = (string | number)[]

/**
 * Everything one brand's site shows, and only published content of that brand.
 * Besides each document's own rules it checks what only the whole can: ids and slugs are
 * unique per collection, every clinic belongs to the brand, and every reference points
 * at a document inside the snapshot.
 */
export const BrandSnapshotSchema = BrandSnapshotShape.superRefine((snapshot, ctx) => {
  const ids = Object.fromEntries(
    SNAPSHOT_COLLECTIONS.map((collection) => [collection, new Set(snapshot[collection].map((doc) => doc.id))]),
  ) as Record<SnapshotCollection, Set<string>>

  for (const collection of SNAPSHOT_COLLECTIONS) {
    const seenIds = new Set<string>()
    const seenSlugs = new Map<string, string>()
    snapshot[collection].forEach((doc, index) => {
      if (seenIds.has(doc.id)) ctx.addIssue({ code: 'custom', path: [collection, index, 'id'], message: `duplicate id ${doc.id}` })
      seenIds.add(doc.id)
      const other = seenSlugs.get(doc.slug)
      if (other !== undefined) {
        ctx.addIssue({ code: 'custom', path: [collection, index, 'slug'], message: `slug "${doc.slug}" is also used by ${other}` })
      }
      seenSlugs.set(doc.slug, doc.id)
    })
  }

  const expect = (collection: SnapshotCollection, id: string, path: Path) => {
    if (!ids[collection].has(id)) {
      ctx.addIssue({ code: 'custom', path, message: `refers to ${collection} ${id}, which is not published for this brand` })
    }
  }
  const expectAll = (collection: SnapshotCollection, list: readonly string[], path: Path) =>
    list.forEach((id, index) => expect(collection, id, [...path, index]))

  snapshot.clinics.forEach((clinic, i) => {
    if (clinic.brand !== snapshot.brand.id) {
      ctx.addIssue({ code: 'custom', path: ['clinics', i, 'brand'], message: `belongs to brand ${clinic.brand}, not ${snapshot.brand.id}` })
    }
    expectAll('therapies', clinic.therapies, ['clinics', i, 'therapies'])
  })
  snapshot.providers.forEach((provider, i) => {
    expectAll('clinics', provider.clinics, ['providers', i, 'clinics'])
    expectAll('therapies', provider.therapies, ['providers', i, 'therapies'])
    expectAll('conditions', provider.conditions, ['providers', i, 'conditions'])
    checkBody(provider.bio, ['providers', i, 'bio'], ids, ctx)
  })
  snapshot.authors.forEach((author, i) => {
    if (author.provider !== null) expect('providers', author.provider, ['authors', i, 'provider'])
  })
  for (const collection of REVIEWED_COLLECTIONS) {
    snapshot[collection].forEach((doc, i) => {
      if (doc.review !== null) expect('providers', doc.review.reviewedBy, [collection, i, 'review', 'reviewedBy'])
    })
  }
  snapshot.therapies.forEach((therapy, i) => {
    expectAll('conditions', therapy.conditions, ['therapies', i, 'conditions'])
    checkBody(therapy.howItWorks, ['therapies', i, 'howItWorks'], ids, ctx)
  })
  snapshot.conditions.forEach((condition, i) => {
    expectAll('therapies', condition.therapies, ['conditions', i, 'therapies'])
    checkBody(condition.body, ['conditions', i, 'body'], ids, ctx)
  })
  snapshot.faqs.forEach((faq, i) => {
    expectAll('therapies', faq.therapies, ['faqs', i, 'therapies'])
    expectAll('conditions', faq.conditions, ['faqs', i, 'conditions'])
    checkBody(faq.answer, ['faqs', i, 'answer'], ids, ctx)
  })
  snapshot.articles.forEach((article, i) => {
    if (article.author !== null) expect('authors', article.author, ['articles', i, 'author'])
    expectAll('therapies', article.relatedTherapies, ['articles', i, 'relatedTherapies'])
    expectAll('conditions', article.relatedConditions, ['articles', i, 'relatedConditions'])
    expectAll('faqs', article.faqs, ['articles', i, 'faqs'])
    checkBody(article.body, ['articles', i, 'body'], ids, ctx)
  })
  snapshot.comparisons.forEach((comparison, i) => {
    expectAll('therapies', comparison.therapies, ['comparisons', i, 'therapies'])
    comparison.whenToChoose.forEach((entry, j) => checkBody(entry.text, ['comparisons', i, 'whenToChoose', j, 'text'], ids, ctx))
    checkBody(comparison.combination.how, ['comparisons', i, 'combination', 'how'], ids, ctx)
    comparison.conditionGuidance.forEach((entry, j) =>
      expect('conditions', entry.condition, ['comparisons', i, 'conditionGuidance', j, 'condition']),
    )
  })
  checkRedirects(snapshot, ctx)
})

/**
 * What the site can only publish as a working redirect: each old path once, never a page of
 * the site, and leading straight to its final address (not to itself, not to another old path).
 */
function checkRedirects(snapshot: Shape, ctx: Ctx) {
  const pages = publishedPagePaths(snapshot)
  const firstFrom = new Map<string, number>()
  snapshot.redirects.forEach((redirect, i) => {
    const earlier = firstFrom.get(redirect.from)
    if (earlier !== undefined) ctx.addIssue({ code: 'custom', path: ['redirects', i, 'from'], message: `${redirect.from} is already redirected by redirects.${earlier}` })
    else firstFrom.set(redirect.from, i)
    if (pages.has(redirect.from)) ctx.addIssue({ code: 'custom', path: ['redirects', i, 'from'], message: `${redirect.from} is a page of this site, so it cannot be redirected` })
  })
  snapshot.redirects.forEach((redirect, i) => {
    const path = targetPath(redirect.to)
    if (path === null) return
    if (path === redirect.from) {
      ctx.addIssue({ code: 'custom', path: ['redirects', i, 'to'], message: `${redirect.from} leads to itself` })
      return
    }
    const next = firstFrom.get(path)
    if (next !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['redirects', i, 'to'], message: `${redirect.to} is itself redirected (redirects.${next}); lead straight to the final address` })
    }
  })
}

function checkBody(body: RichText, path: Path, ids: Record<SnapshotCollection, Set<string>>, ctx: Ctx) {
  const refs = richTextReferences(body)
  const missing = (collection: SnapshotCollection, id: string) => {
    if (!ids[collection].has(id)) {
      ctx.addIssue({ code: 'custom', path, message: `embeds ${collection} ${id}, which is not published for this brand` })
    }
  }
  refs.faqs.forEach((id) => missing('faqs', id))
  refs.comparisons.forEach((id) => missing('comparisons', id))
  for (const link of refs.links) if (link.kind === 'internal') missing(link.collection, link.id)
}

export type BrandSnapshot = z.output<typeof BrandSnapshotSchema>
export type BrandSnapshotInput = z.input<typeof BrandSnapshotSchema>
export type { Shape as BrandSnapshotShape }
