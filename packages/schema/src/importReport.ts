import { z } from 'zod'
import { DateTimeSchema, IdSchema, NonEmptyTextSchema } from './common'
import { HeadingNodeSchema, HorizontalRuleNodeSchema, ListNodeSchema, ParagraphNodeSchema, QuoteNodeSchema, TableNodeSchema } from './richText'
import { SlugSchema } from './slug'
import { UsStateSchema } from './usStates'

/*
 * The report of an import of existing posts (a WordPress export, saved web pages): what each
 * post became, or would become in a dry run, and everything an editor should look at. The CMS's
 * importer writes it (`pnpm --filter cms import-posts --report`, and the `imports` records of the
 * admin's Import posts view); it is a contract like the snapshot, so scripts can read it.
 */

/** An image of an imported post, as found in its source. */
export const ImportImageSchema = z.object({
  /** Where the image was found (absolute URL, or a path inside the uploaded files). */
  src: NonEmptyTextSchema,
  /** Its alternative text; empty when the source had none (then a warning says so). */
  alt: z.string(),
  caption: z.string(),
  /** `hero`: the post's featured image; `body`: an image in the text. */
  role: z.enum(['hero', 'body']),
})

/** An image in the body: the index of the post's image in {@link ImportedPostSchema} `images`. */
export const ImportImageNodeSchema = z.object({ type: z.literal('image'), image: z.int().nonnegative() })

/** An FAQ block in the body: indices into the post's `faqs`. */
export const ImportFaqGroupNodeSchema = z.object({
  type: z.literal('faqGroup'),
  title: z.string().optional(),
  faqs: z.array(z.int().nonnegative()).min(1, 'an FAQ group needs at least one question'),
})

/** A comparison embedded where its table was: the index into the post's `comparisons`. */
export const ImportComparisonNodeSchema = z.object({ type: z.literal('comparison'), comparison: z.int().nonnegative() })

/**
 * A block of an imported body: the snapshot's rich-text nodes, except that images, FAQ blocks and
 * comparisons point into the post's own lists (their documents do not exist before the import).
 */
export const ImportBlockNodeSchema = z.union([
  ParagraphNodeSchema,
  HeadingNodeSchema,
  QuoteNodeSchema,
  ListNodeSchema,
  TableNodeSchema,
  HorizontalRuleNodeSchema,
  ImportImageNodeSchema,
  ImportFaqGroupNodeSchema,
  ImportComparisonNodeSchema,
])

/** A question and its answer, as plain text. */
export const ImportFaqSchema = z.object({ question: NonEmptyTextSchema, answer: NonEmptyTextSchema })

/** A comparison table (and its post's "when to choose" and "combined" sections), by therapy name. */
export const ImportComparisonSchema = z.object({
  /** Names of the compared therapies, as the network knows them (aliases resolved), in column order. */
  therapies: z.array(NonEmptyTextSchema).min(2),
  rows: z.array(z.object({ label: NonEmptyTextSchema, values: z.array(z.string()) })),
  whenToChoose: z.array(z.object({ therapy: NonEmptyTextSchema, text: NonEmptyTextSchema })),
  /** The "can they be combined?" section, or null. */
  combination: z.string().nullable(),
  /** Sections about a condition: its name as written, and the text. */
  conditionGuidance: z.array(z.object({ condition: NonEmptyTextSchema, guidance: NonEmptyTextSchema })),
  /** An existing comparison of the same therapies the import reuses, or null for a new draft. */
  existing: IdSchema.nullable(),
})

/** A fact about a therapy found in a post's prose: a proposal for an editor, never applied by the import. */
export const ImportTherapyFactSchema = z.discriminatedUnion('field', [
  z.object({ therapy: NonEmptyTextSchema, field: z.literal('notOfferedInStates'), value: z.array(UsStateSchema).min(1), quote: z.string() }),
  z.object({ therapy: NonEmptyTextSchema, field: z.literal('cost'), value: z.object({ minCents: z.int().nonnegative(), maxCents: z.int().nonnegative() }), quote: z.string() }),
  z.object({ therapy: NonEmptyTextSchema, field: z.literal('sessionLength'), value: z.object({ minMinutes: z.int().positive(), maxMinutes: z.int().positive() }), quote: z.string() }),
  z.object({ therapy: NonEmptyTextSchema, field: z.literal('contraindications'), value: z.array(NonEmptyTextSchema).min(1), quote: z.string() }),
  z.object({ therapy: NonEmptyTextSchema, field: z.literal('sideEffects'), value: z.array(NonEmptyTextSchema).min(1), quote: z.string() }),
])

/** An old address that must keep working: a site-relative path and where it now leads. */
export const ImportRedirectSchema = z.object({
  from: z.string().regex(/^\/[^\s]*$/, 'a redirect starts at a site-relative path such as /blog/old-post/'),
  to: z.string().regex(/^\/[^\s]*$/, 'a redirect leads to a site-relative path such as /articles/new-post/'),
})

/** A document the import created or updated, for links from the report. */
export const ImportWrittenSchema = z.object({
  collection: z.enum(['articles', 'faqs', 'comparisons', 'authors', 'media', 'redirects']),
  id: IdSchema,
})

/** One post found in the input, and what it became (or would become). */
export const ImportedPostSchema = z.object({
  /** The input file, plus `#<post id>` for an item of a WordPress export. */
  source: NonEmptyTextSchema,
  /** The post's address on the old site, when known. */
  sourceUrl: z.string().nullable(),
  /** `new`: a new draft; `update`: the draft of an earlier import of the same post; `skipped`: left alone (see warnings). */
  status: z.enum(['new', 'update', 'skipped']),
  title: NonEmptyTextSchema,
  subtitle: z.string().nullable(),
  slug: SlugSchema,
  publishedAt: DateTimeSchema.nullable(),
  author: z.object({ name: NonEmptyTextSchema, match: z.enum(['existing', 'new']) }).nullable(),
  categories: z.array(NonEmptyTextSchema),
  excerpt: z.string(),
  body: z.array(ImportBlockNodeSchema),
  faqs: z.array(ImportFaqSchema),
  comparisons: z.array(ImportComparisonSchema),
  images: z.array(ImportImageSchema),
  therapyFacts: z.array(ImportTherapyFactSchema),
  redirects: z.array(ImportRedirectSchema),
  /** What an editor should check, in plain words. */
  warnings: z.array(z.string()),
  /** After a real import: the documents written for this post. Empty in a dry run. */
  written: z.array(ImportWrittenSchema),
})

/** An input, or a part of one, that was not imported, and why. */
export const ImportIssueSchema = z.object({ source: NonEmptyTextSchema, reason: NonEmptyTextSchema })

/** The whole report of one import run. */
export const ImportReportSchema = z.object({
  brand: SlugSchema,
  dryRun: z.boolean(),
  startedAt: DateTimeSchema,
  finishedAt: DateTimeSchema,
  /** The files given, as named by the user. */
  sources: z.array(NonEmptyTextSchema),
  documents: z.array(ImportedPostSchema),
  /** Items deliberately left out (pages, attachments, drafts, trashed posts of a WordPress export…). */
  skipped: z.array(ImportIssueSchema),
  /** Inputs or posts that failed; the others were still imported. */
  errors: z.array(ImportIssueSchema),
})

export type ImportImage = z.output<typeof ImportImageSchema>
export type ImportBlockNode = z.output<typeof ImportBlockNodeSchema>
export type ImportFaq = z.output<typeof ImportFaqSchema>
export type ImportComparison = z.output<typeof ImportComparisonSchema>
export type ImportTherapyFact = z.output<typeof ImportTherapyFactSchema>
export type ImportRedirect = z.output<typeof ImportRedirectSchema>
export type ImportWritten = z.output<typeof ImportWrittenSchema>
export type ImportedPost = z.output<typeof ImportedPostSchema>
export type ImportIssue = z.output<typeof ImportIssueSchema>
export type ImportReport = z.output<typeof ImportReportSchema>
