import type { ImportBlockNode, ImportComparison, ImportFaq, ImportImage, ImportIssue, ImportTherapyFact } from '@clinic/schema'

/*
 * The stages of an import of existing posts, and what passes between them:
 *
 *   files ──readSources──▶ SourcePost[] ──convertBody──▶ ConvertedBody ──findClinicStructure──▶ ClinicStructure
 *                                                                              │
 *   (plan: slug, excerpt, redirects, author match) ◀───────────────────────────┘
 *        └──▶ ImportedPost (the report, @clinic/schema) ──writeImport──▶ drafts in the CMS
 *
 * Reading and converting never touch the database; the plan reads it (existing therapies,
 * authors, earlier imports); only writing changes it.
 */

/** Limits that keep an import's input from exhausting the server. Configurable in env.ts (IMPORT_*). */
export interface ImportLimits {
  /** Largest upload or input file, and the most a zip may unpack to in total. */
  maxInputBytes: number
  /** Most posts one import takes; the rest are reported as errors. */
  maxPosts: number
  /** Largest image downloaded. */
  maxImageBytes: number
  /** Time limit of one image download. */
  imageTimeoutMs: number
}

/** An input file, as read from disk, an upload or a zip. */
export interface InputFile {
  /** The name the user knows it by (a path relative to what they gave, or the uploaded file's name). */
  name: string
  bytes: Uint8Array
}

/** One post read from an input: its metadata and main content, before any conversion. */
export interface SourcePost {
  /** The input file, plus `#<post id>` for an item of a WordPress export. */
  source: string
  /**
   * What identifies the post across imports, so a re-import updates its drafts: the WXR `guid`
   * (else `wp:post_id` with the site's link), or a saved page's canonical URL (else its file name).
   */
  key: string
  /** The post's address on the old site, when known (WXR `link`, canonical or `og:url`). */
  sourceUrl: string | null
  /** Title without the site-name suffix; null when none was found (the post then fails with that reason). */
  title: string | null
  subtitle: string | null
  /** ISO date-time, or null (then a warning says why: none found, or a date without a year). */
  publishedAt: string | null
  /** The author's display name, as the source gives it. */
  author: string | null
  categories: string[]
  /** WXR excerpt or meta description; null to take the lead paragraph. */
  excerpt: string | null
  /** The post's main content as HTML (theme, navigation, widgets, forms and scripts already removed). */
  html: string
  /** The featured image (WXR `_thumbnail_id` attachment, `og:image`), or null. */
  heroImage: ImportImage | null
  /** JSON-LD objects of the page (`FAQPage`, `BlogPosting`…), parsed, for the structure finders. */
  jsonLd: unknown[]
  /** The search-engine title and description the source set (Yoast, meta description), when usable as they are. */
  seo?: { title: string | null; description: string | null }
  warnings: string[]
}

/** What reading the inputs gave: the posts, and what was left out or failed, each with a reason. */
export interface ReadResult {
  posts: SourcePost[]
  skipped: ImportIssue[]
  errors: ImportIssue[]
  /**
   * Files unpacked from zips (pages, exports and images), named `<zip name>/<path inside>`, so
   * that images saved beside the pages can be read from them.
   */
  unpacked?: InputFile[]
}

/** Context for converting a body: where the old site lives, to tell its own links from others. */
export interface ConvertContext {
  /** Origins of the old site (from the post's URL, the WXR `link`, `--images-from`). */
  oldOrigins: string[]
  /** The post's address on the old site (`SourcePost.sourceUrl`): relative links and image paths starting with `/` are resolved against it. */
  pageUrl?: string | null
  /** The post's title: an `h1` in the body that repeats it is dropped. */
  title?: string | null
  /** Maps an image `src` to where to fetch it from (`--images-from`), or leaves it as it is. */
  resolveImage?: (src: string) => string
}

/** A body converted to the editor's rich text, with its images listed. */
export interface ConvertedBody {
  body: ImportBlockNode[]
  /** Images of the body (`image` nodes point here by index); the hero image is not among them. */
  images: ImportImage[]
  /**
   * Links to the old site's own pages, by old path, for rewriting once their posts are imported:
   * each is in the body as an external link to the old absolute URL.
   */
  oldSiteLinks: string[]
  warnings: string[]
}

/** A therapy the network knows, with the names posts use for it. */
export interface KnownTherapy {
  name: string
  /** Other names, e.g. "Massage" for "Massage therapy"; compared case-insensitively. */
  aliases: string[]
}

/** The clinic structure found in a converted body. */
export interface ClinicStructure {
  /** The body with FAQ sections replaced by an FAQ block and comparison tables by comparison nodes. */
  body: ImportBlockNode[]
  faqs: ImportFaq[]
  comparisons: Omit<ImportComparison, 'existing'>[]
  therapyFacts: ImportTherapyFact[]
  warnings: string[]
}
