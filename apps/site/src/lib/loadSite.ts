import { env } from '../env'
import { readSnapshotFile } from './snapshotFile'
import { articlePageKey } from './pageKeys'
import { relatedArticles } from './related'
import { type SiteData, indexSite } from './siteIndex'

let cached: Promise<SiteData> | undefined

async function load(): Promise<SiteData> {
  const file = env().snapshotFile
  if (file === null) {
    throw new Error(
      'SITE_SNAPSHOT_FILE is not set. Build brands with `pnpm build` (scripts/build-brands.ts), ' +
        'or set SITE_SNAPSHOT_FILE=path/to/<brand>.json to run `astro dev` on one snapshot.',
    )
  }
  return indexSite(await readSnapshotFile(file))
}

/**
 * The brand's content for the pages of this build: the validated snapshot named by
 * SITE_SNAPSHOT_FILE, read once per process.
 *
 * Not through Astro's content layer: a sync copies every document into its data store,
 * serialises it to disk and bundles it as a module, which at a few thousand articles cost more
 * than rendering a few hundred pages; the snapshot is already one validated document.
 */
export function loadSite(): Promise<SiteData> {
  cached ??= load()
  return cached
}

/** True while building a draft preview: only the previewed document's page is wanted. */
export const isPreviewBuild = (): boolean => env().preview !== null

/** A preview build's filter of a collection's documents: the previewed one, or none of another collection. */
function previewed<T extends { id: string }>(collection: string, docs: readonly T[]): readonly T[] {
  const preview = env().preview
  if (preview === null) return docs
  return preview.collection === collection ? docs.filter((doc) => doc.id === preview.id) : []
}

/**
 * `getStaticPaths` for a page per document: the slug in the URL, the id as the page's prop.
 * A preview build has the previewed document's page only.
 */
export async function pathsBySlug(name: 'therapies' | 'conditions' | 'comparisons' | 'clinics' | 'providers') {
  const docs = previewed<{ id: string; slug: string }>(name, (await loadSite())[name])
  return docs.map((doc) => ({ params: { slug: doc.slug }, props: { id: doc.id } }))
}

/** How many related articles an article page lists. */
export const RELATED_ARTICLES = 3

/**
 * `getStaticPaths` of the article pages: slug in the URL; the id and the related articles'
 * ids as props (worked out once, here, because the page's cache key depends on them); and the
 * cache key that lets an incremental build skip an unchanged page (see lib/pageKeys.ts).
 * A preview build gets the previewed article's page only, if it previews an article.
 */
export async function articlePaths() {
  const site = await loadSite()
  return previewed('articles', site.articles).map((article) => {
    const related = relatedArticles(article, site.articles, RELATED_ARTICLES)
    return {
      params: { slug: article.slug },
      props: { id: article.id, related: related.map((other) => other.id) },
      cacheKey: articlePageKey(site, article, related),
    }
  })
}
