import { isSlug } from '@clinic/schema'
import { z } from 'zod'

/** What a landing page's MDX file declares in its frontmatter. */
export const LandingFrontmatterSchema = z.object({
  /** The page's `h1` and title. */
  title: z.string().trim().min(1),
  /** Meta description: one or two plain sentences. */
  description: z.string().trim().min(1),
})

/** One compiled `.mdx` module, as `import.meta.glob` gives it. */
export interface MdxModule<Content> {
  frontmatter: unknown
  default: Content
}

/** A landing page of the brand being built. */
export interface LandingPage<Content> {
  /** The last segment of its URL: the file name without `.mdx`. */
  slug: string
  /** Where it comes from, relative to `apps/site`, for messages. */
  file: string
  title: string
  description: string
  Content: Content
}

/** `…/landing/<brand>/<slug>.mdx`: the brand folder and the page slug. */
const LANDING_FILE = /(?:^|\/)landing\/([^/]+)\/([^/]+)\.mdx$/

/**
 * The landing pages of brand `brandSlug`, ordered by slug, from the MDX modules of
 * `src/content/landing/<brand>/<slug>.mdx` (keys as `import.meta.glob` gives them). Other
 * brands' files are ignored; a brand without a folder gets none. A file name that is not a slug
 * or frontmatter without a title and description stops the build, naming the file.
 */
export function landingPagesOf<Content>(brandSlug: string, modules: Readonly<Record<string, MdxModule<Content>>>): LandingPage<Content>[] {
  const pages: LandingPage<Content>[] = []
  for (const [key, module] of Object.entries(modules)) {
    const match = LANDING_FILE.exec(key)
    if (match === null || match[1] !== brandSlug) continue
    const slug = match[2] ?? ''
    const file = `src/content/landing/${brandSlug}/${slug}.mdx`
    if (!isSlug(slug)) throw new Error(`${file}: the file name is the page's URL, so it must be a slug (lower-case letters, digits and single hyphens), e.g. spring-check-up.mdx`)
    const frontmatter = LandingFrontmatterSchema.safeParse(module.frontmatter)
    if (!frontmatter.success) {
      const problems = frontmatter.error.issues.map((issue) => `${issue.path.join('.') || 'frontmatter'}: ${issue.message}`).join('; ')
      throw new Error(`${file}: the frontmatter needs a title and a description (${problems})`)
    }
    pages.push({ slug, file, ...frontmatter.data, Content: module.default })
  }
  return pages.sort((a, b) => a.slug.localeCompare(b.slug))
}
