/**
 * The Hugo reference build of the benchmark: the same brand sites as apps/site, built by Hugo
 * from the same snapshots, so the bench can show how our Astro build compares with a fast
 * static generator doing comparable work (same pages, same markup shape, same image renditions).
 *
 * Turning the snapshot into Hugo content (rich text → Markdown, front matter, data files) is
 * preparation, not part of the timed build. The templates live in bench/hugo/layouts and the
 * stylesheet in bench/hugo/assets; both are copied into every project, with the appointment
 * form's stylesheet and script taken from a page the Astro build wrote (formAssetsOf).
 */
import fs from 'node:fs'
import path from 'node:path'
import { type BlockNode, type BrandSnapshot, parseBrandSnapshot, providerDisplayName, toSlug } from '@clinic/schema'
import { ARTICLES_PER_PAGE, routes } from 'site/testing'
import { type Category, type SortedSnapshot, categoriesOf, image, reviewData, siteData } from './data'
import { type MarkdownContext, richTextToMarkdown } from './markdown'

/** Templates and assets shared by every generated project. */
export const HUGO_TEMPLATE_DIR = path.resolve(import.meta.dirname, '..', '..', 'hugo')
/** `srcset` widths; the same ladder as apps/site/src/components/imageWidths.ts. */
export const IMAGE_WIDTH_LADDER = [320, 640, 960, 1280, 1920]

/** The site's category slug (routes.ts `categorySlug`). */
const categorySlug = (name: string) => toSlug(name) || 'general'
const byName = <T extends { name: string }>(list: readonly T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name))

/**
 * The accessibility statement's front matter, as in the site's apps/site/src/content/accessibility.mdx
 * (every brand publishes it; its text is in bench/hugo/layouts/_default/accessibility.html).
 */
const ACCESSIBILITY_STATEMENT = {
  title: 'Accessibility statement',
  description: 'How accessible this website is, what we know still falls short, and how to reach us when something stands in your way.',
  reviewed: '2026-12-03',
  layout: 'accessibility',
}

/** The appointment form's inline stylesheet and script. */
export interface FormAssets {
  css: string
  js: string
}

/** Pages the build should write, by kind. */
export type PagesByKind = Record<'home' | 'articleIndex' | 'category' | 'article' | 'comparison' | 'therapies' | 'conditions' | 'faq' | 'locations' | 'team' | 'appointment' | 'privacy' | 'accessibility' | 'search', number>

/**
 * The appointment form's inline stylesheet and script, taken from a page the Astro build wrote
 * (`request-appointment/index.html`), so the Hugo pages carry exactly what the sites carry.
 */
export function formAssetsOf(astroPageFile: string): FormAssets {
  const html = fs.readFileSync(astroPageFile, 'utf8')
  const css = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? '').find((text) => text.startsWith('.af{'))
  const js = /<script type="module">([\s\S]*?)<\/script>/.exec(html)?.[1]
  if (css === undefined || js === undefined) throw new Error(`${astroPageFile} has no appointment form stylesheet and script`)
  return { css, js }
}

/** Front matter as JSON (Hugo reads a JSON object at the top of a content file). */
function contentFile(frontMatter: object, body = ''): string {
  return `${JSON.stringify(frontMatter, null, 1)}\n\n${body}`
}

function copyDir(from: string, to: string): void {
  fs.mkdirSync(to, { recursive: true })
  for (const entry of fs.readdirSync(from, { withFileTypes: true })) {
    const source = path.join(from, entry.name)
    const target = path.join(to, entry.name)
    if (entry.isDirectory()) copyDir(source, target)
    else fs.copyFileSync(source, target)
  }
}

/** The snapshot's documents in the order the site lists them. */
function sortSnapshot(snapshot: BrandSnapshot): SortedSnapshot {
  const { brand } = snapshot
  const slugMap = (docs: readonly { id: string; slug: string }[]) => new Map(docs.map((doc) => [doc.id, doc.slug]))
  return {
    snapshot,
    clinics: [...snapshot.clinics].sort((a, b) => a.address.state.localeCompare(b.address.state) || a.address.city.localeCompare(b.address.city) || a.name.localeCompare(b.name)),
    therapies: byName(snapshot.therapies),
    conditions: byName(snapshot.conditions),
    faqs: [...snapshot.faqs].sort((a, b) => a.topic.localeCompare(b.topic) || a.question.localeCompare(b.question)),
    comparisons: [...snapshot.comparisons].sort((a, b) => a.title.localeCompare(b.title)),
    articles: [...snapshot.articles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title)),
    providers: byName(snapshot.providers),
    slugs: {
      articles: slugMap(snapshot.articles),
      therapies: slugMap(snapshot.therapies),
      conditions: slugMap(snapshot.conditions),
      comparisons: slugMap(snapshot.comparisons),
      clinics: slugMap(snapshot.clinics),
      faqs: slugMap(snapshot.faqs),
    },
    takesRequests: brand.acceptsAppointments && brand.appointmentUrl !== null,
  }
}

/** Internal links through the site's route map (on the brand's own domain, base `/`). */
function markdownContext({ snapshot, slugs }: SortedSnapshot): MarkdownContext {
  const r = routes('/')
  const route = { articles: r.article, therapies: r.therapy, conditions: r.condition, comparisons: r.comparison, clinics: r.location, faqs: r.faqItem }
  return {
    faqs: new Map(snapshot.faqs.map((faq) => [faq.id, faq])),
    comparisons: new Map(snapshot.comparisons.map((comparison) => [comparison.id, comparison])),
    href(target) {
      // Links to the site's fixed pages are left out, as they always were in the reference build.
      if (target.kind !== 'internal') return null
      const slug = slugs[target.collection].get(target.id)
      return slug === undefined ? null : route[target.collection](slug)
    },
  }
}

/** config.json: one Hugo site on the brand's domain, paginated and related like the site. */
function hugoConfig(baseURL: string, title: string) {
  return {
    baseURL,
    languageCode: 'en-us',
    title,
    disableKinds: ['taxonomy'],
    ignoreErrors: ['error-disable-taxonomy'],
    disableAliases: true,
    enableRobotsTXT: true,
    paginate: ARTICLES_PER_PAGE,
    paginatePath: 'page',
    rssLimit: -1,
    taxonomies: { category: 'categories' },
    permalinks: { categories: '/articles/category/:slug/' },
    outputs: { home: ['HTML', 'RSS'], section: ['HTML'], page: ['HTML'], term: ['HTML'] },
    outputFormats: { RSS: { baseName: 'rss' } },
    sitemap: { filename: 'sitemap.xml' },
    markup: {
      goldmark: {
        renderer: { unsafe: true },
        parser: { wrapStandAloneImageWithinParagraph: false, autoHeadingIDType: 'github' },
        extensions: { typographer: false, linkify: false },
      },
    },
    related: {
      threshold: 1,
      includeNewer: true,
      toLower: true,
      indices: [
        { name: 'therapies', weight: 2 },
        { name: 'conditions', weight: 2 },
        { name: 'categories', weight: 1 },
      ],
    },
    imaging: { quality: 80, resampleFilter: 'Lanczos' },
    params: { imageWidths: IMAGE_WIDTH_LADDER, articlesPerPage: ARTICLES_PER_PAGE },
  }
}

/** An article's front matter: what its page, the lists and the related-articles index read. */
function articleFrontMatter(article: BrandSnapshot['articles'][number], sorted: SortedSnapshot, ctx: MarkdownContext, categoryName: ReadonlyMap<string, string>) {
  const { snapshot, slugs } = sorted
  const faqIds = article.faqs.filter((id) => ctx.faqs.has(id))
  const embeddedFaqs = (body: readonly BlockNode[]) => body.flatMap((node) => (node.type === 'faqGroup' ? node.faqs : []))
  return {
    title: article.title,
    date: article.publishedAt,
    lastmod: article.updatedAt,
    publishedIso: article.publishedAt,
    updatedAt: article.updatedAt,
    updated: article.updatedAt.slice(0, 10) !== article.publishedAt.slice(0, 10),
    description: article.seo.description ?? article.excerpt,
    seoTitle: article.seo.title ?? article.title,
    excerpt: article.excerpt,
    author: article.author && snapshot.authors.some((a) => a.id === article.author) ? article.author : '',
    readingTime: article.readingTimeMinutes,
    categories: [...new Set(article.categories.map((name) => categoryName.get(categorySlug(name))))],
    therapies: article.relatedTherapies.filter((id) => slugs.therapies.has(id)),
    conditions: article.relatedConditions.filter((id) => slugs.conditions.has(id)),
    faqs: faqIds,
    allFaqs: [...new Set([...embeddedFaqs(article.body).filter((id) => ctx.faqs.has(id)), ...faqIds])],
    review: reviewData(article.review, sorted),
    hero: image(article.heroImage),
    shareImage: image(article.seo.image ?? article.heroImage),
  }
}

/** Every content file: sections, articles, categories and the other pages. */
function writeContent(write: (relative: string, text: string) => void, sorted: SortedSnapshot, ctx: MarkdownContext, categories: readonly Category[]): void {
  const { snapshot, articles, therapies, conditions, comparisons, clinics, providers, takesRequests } = sorted
  const categoryName = new Map(categories.map((category) => [category.slug, category.name]))
  write('content/_index.md', contentFile({ title: snapshot.brand.name }))
  write('content/articles/_index.md', contentFile({ title: 'Articles' }))
  for (const article of articles) write(`content/articles/${article.slug}.md`, contentFile(articleFrontMatter(article, sorted, ctx, categoryName), richTextToMarkdown(article.body, ctx)))
  for (const category of categories) write(`content/categories/${category.slug}/_index.md`, contentFile({ title: category.name, slug: category.slug }))
  write('content/therapies/_index.md', contentFile({ title: 'Therapies' }))
  for (const therapy of therapies) write(`content/therapies/${therapy.slug}.md`, contentFile({ title: therapy.name, id: therapy.id }, richTextToMarkdown(therapy.howItWorks, ctx, { baseLevel: 3 })))
  write('content/conditions/_index.md', contentFile({ title: 'Conditions we treat' }))
  for (const condition of conditions) write(`content/conditions/${condition.slug}.md`, contentFile({ title: condition.name, id: condition.id }, richTextToMarkdown(condition.body, ctx)))
  write('content/compare/_index.md', contentFile({ title: 'Comparisons', _build: { render: 'never' } }))
  for (const comparison of comparisons) write(`content/compare/${comparison.slug}.md`, contentFile({ title: comparison.title, id: comparison.id }))
  write('content/locations/_index.md', contentFile({ title: clinics.length === 1 ? 'Our clinic' : 'Find a location near you' }))
  for (const clinic of clinics) write(`content/locations/${clinic.slug}.md`, contentFile({ title: clinic.name, id: clinic.id }))
  // Like the site, a brand without providers has no team page.
  if (providers.length > 0) write('content/team/_index.md', contentFile({ title: 'Our team' }))
  for (const provider of providers) write(`content/team/${provider.slug}.md`, contentFile({ title: providerDisplayName(provider), id: provider.id }, richTextToMarkdown(provider.bio, ctx, { baseLevel: 3 })))
  write('content/faq.md', contentFile({ title: 'Frequently asked questions', layout: 'faq' }))
  write('content/search.md', contentFile({ title: 'Search', layout: 'search' }))
  write('content/privacy.md', contentFile({ title: 'Privacy notice', layout: 'privacy' }))
  write('content/accessibility.md', contentFile(ACCESSIBILITY_STATEMENT))
  write('content/request-appointment/_index.md', contentFile({ title: 'Request an appointment' }))
  if (takesRequests) write('content/request-appointment/thank-you.md', contentFile({ title: 'Thank you for your request' }))
}

/** How many index.html files the build should write: the same count as the Astro build (whose 404 page is 404.html and not counted either). */
function expectedPages({ articles, comparisons, therapies, conditions, clinics, providers, takesRequests }: SortedSnapshot, categories: readonly Category[]): PagesByKind {
  return {
    home: 1,
    articleIndex: Math.max(1, Math.ceil(articles.length / ARTICLES_PER_PAGE)),
    category: categories.reduce((sum, category) => sum + Math.max(1, Math.ceil(category.count / ARTICLES_PER_PAGE)), 0),
    article: articles.length,
    comparison: comparisons.length,
    therapies: 1 + therapies.length,
    conditions: 1 + conditions.length,
    faq: 1,
    locations: 1 + clinics.length,
    team: providers.length > 0 ? 1 + providers.length : 0,
    appointment: 1 + (takesRequests ? 1 : 0),
    privacy: 1,
    accessibility: 1,
    search: 1,
  }
}

/**
 * Reads one brand snapshot (the JSON `pnpm snapshot` writes) and writes a complete Hugo
 * project into `projectDir` (emptied first): config.json, content/, data/site.json, and the
 * layouts and assets of bench/hugo. `baseURL` defaults to the brand's own domain, which is where
 * the Astro build points canonical URLs, the sitemap and the feed. The pages with the
 * appointment form inline `formAssets` (see {@link formAssetsOf}).
 */
export function writeHugoProject({ snapshotFile, projectDir, baseURL, formAssets }: { snapshotFile: string; projectDir: string; baseURL?: string; formAssets: FormAssets }) {
  const snapshot = parseBrandSnapshot(JSON.parse(fs.readFileSync(snapshotFile, 'utf8')), path.basename(snapshotFile, '.json'))
  fs.rmSync(projectDir, { recursive: true, force: true })
  fs.mkdirSync(projectDir, { recursive: true })
  const write = (relative: string, text: string) => {
    const file = path.join(projectDir, relative)
    fs.mkdirSync(path.dirname(file), { recursive: true })
    fs.writeFileSync(file, text)
  }
  const sorted = sortSnapshot(snapshot)
  const ctx = markdownContext(sorted)
  const categories = categoriesOf(sorted.articles, categorySlug)
  write('data/site.json', JSON.stringify({ ...siteData(sorted, ctx), categories }))
  write('config.json', JSON.stringify(hugoConfig(baseURL ?? `https://${snapshot.brand.domain}/`, snapshot.brand.name), null, 1))
  writeContent(write, sorted, ctx, categories)
  copyDir(path.join(HUGO_TEMPLATE_DIR, 'layouts'), path.join(projectDir, 'layouts'))
  copyDir(path.join(HUGO_TEMPLATE_DIR, 'assets'), path.join(projectDir, 'assets'))
  write('assets/appointment-form.css', formAssets.css)
  write('assets/appointment-form.js', formAssets.js)
  const pagesByKind = expectedPages(sorted, categories)
  return { brand: snapshot.brand.slug, projectDir, articles: sorted.articles.length, expectedPages: Object.values(pagesByKind).reduce((sum, n) => sum + n, 0), pagesByKind }
}
