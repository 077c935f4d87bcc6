import { SEO_DESCRIPTION_MAX_LENGTH, SEO_TITLE_MAX_LENGTH } from '@clinic/schema'
import type { GenerateDescription, GenerateImage, GenerateTitle, GenerateURL } from '@payloadcms/plugin-seo/types'
import type { PayloadRequest } from 'payload'
import { type FormDoc, PAGE_SOURCES, type PageSource, isSeoCollection } from './pages'

/** What a generate function is given: the edit form's values, and which collection they belong to. */
interface GenerateArgs {
  doc: unknown
  /** The document's id; the form's values may not hold it. */
  id?: unknown
  collectionConfig?: { slug: string }
  req: PayloadRequest
}

/** The page source of the collection being edited, and its form values; null for anything else. */
function pageOf({ doc, id, collectionConfig }: GenerateArgs): { source: PageSource; doc: FormDoc } | null {
  const slug = collectionConfig?.slug
  if (!isSeoCollection(slug) || doc === null || typeof doc !== 'object') return null
  const values = doc as FormDoc
  return { source: PAGE_SOURCES[slug], doc: values.id === undefined && (typeof id === 'string' || typeof id === 'number') ? { ...values, id } : values }
}

/**
 * The brands of the page that this editor may read, by id order of the form. Read with the
 * editor's own access, so that ids typed into a request name no brand they could not see anyway.
 */
async function readableBrands(req: PayloadRequest, ids: readonly (number | string)[]): Promise<{ name: string; domain: string }[]> {
  if (ids.length === 0) return []
  const { docs } = await req.payload.find({
    collection: 'brands',
    where: { id: { in: [...ids] } },
    depth: 0,
    limit: ids.length,
    pagination: false,
    draft: true,
    overrideAccess: false,
    user: req.user,
    req,
    select: { name: true, domain: true },
  })
  const byId = new Map(docs.map((brand) => [String(brand.id), brand]))
  return ids.map((id) => byId.get(String(id))).filter((brand) => brand !== undefined)
}

/** `text` cut at a word boundary to at most `max` characters, with an ellipsis when cut. */
export function fitTo(text: string, max: number): string {
  if (text.length <= max) return text
  const cut = text.slice(0, max - 1)
  const atWord = cut.lastIndexOf(' ')
  return `${(atWord > max / 2 ? cut.slice(0, atWord) : cut).replace(/[\s,;:.–-]+$/, '')}…`
}

/**
 * "<page title> | <brand>", as the site titles the page when the SEO title is empty. A page shown
 * by several brands gets its title alone, since one stored title serves every brand's site. A
 * title too long for the brand's name is kept alone; one too long by itself is cut.
 */
export function searchTitle(pageTitle: string, brandName: string | null): string {
  const withBrand = brandName === null ? pageTitle : `${pageTitle} | ${brandName}`
  return withBrand.length <= SEO_TITLE_MAX_LENGTH ? withBrand : fitTo(pageTitle, SEO_TITLE_MAX_LENGTH)
}

/** The title in search results: the page's title and its brand's name (src/seo/pages.ts says where each comes from). */
export const generateTitle: GenerateTitle = async (args) => {
  const page = pageOf(args)
  const title = page?.source.title(page.doc) ?? null
  if (page === null || title === null) return ''
  const brandIds = page.source.brandIds(page.doc)
  const brands = brandIds.length === 1 ? await readableBrands(args.req, brandIds) : []
  // The home page's title is the brand's name already.
  const brandName = args.collectionConfig?.slug === 'brands' ? null : (brands[0]?.name ?? null)
  return searchTitle(title, brandName)
}

/** The description in search results: the page's lead, as the site's meta description falls back to it. */
export const generateDescription: GenerateDescription = (args) => {
  const page = pageOf(args)
  const lead = page?.source.lead(page.doc) ?? null
  return lead === null ? '' : fitTo(lead, SEO_DESCRIPTION_MAX_LENGTH)
}

/** The share image: the page's main image (an article's hero, a provider's photo, the brand's logo), if the editor may use it. */
export const generateImage: GenerateImage = async (args) => {
  const page = pageOf(args)
  const id = page?.source.image(page.doc) ?? null
  if (id === null) return ''
  const { req } = args
  // The same rule as the image fields' own check (src/fields/readableImages.ts): only an image the editor may read.
  const { totalDocs } = await req.payload.count({ collection: 'media', where: { id: { equals: id } }, overrideAccess: false, user: req.user, req })
  return totalDocs === 1 ? id : ''
}

/** The page's address on its (first readable) brand's domain, shown above the search-result preview. */
export const generateURL: GenerateURL = async (args) => {
  const page = pageOf(args)
  const path = page?.source.path(page.doc) ?? null
  if (page === null || path === null) return ''
  const [brand] = await readableBrands(args.req, page.source.brandIds(page.doc))
  return brand === undefined ? '' : new URL(path, `https://${brand.domain}/`).toString()
}
