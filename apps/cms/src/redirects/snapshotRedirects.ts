import { PAGE_COLLECTIONS, type PageCollection, type Redirect, documentPath, isReservedSitePath, normaliseRedirectTarget, normaliseSitePath, publishedPagePaths, targetPath } from '@clinic/schema'
import type { Payload } from 'payload'
import { readTarget } from './target'

type Id = number | string

/** The brand's published pages: the documents of each page collection in its snapshot (providers: the ones its site shows). */
export type PublishedPages = Record<PageCollection, readonly { id: Id; slug: string }[]>

/**
 * The redirects of a brand snapshot: every redirect of the brand whose old path is not a live
 * page, leading to the current path of its document or to its custom address. What a site
 * could not publish is left out, the way unpublished references are: redirects to documents
 * that are not published for the brand (silently: they come back when the document is
 * published), and, with a warning naming the redirect, old paths that are live pages again
 * (`/team/` included, once the brand has a provider) and redirects that go round in a loop. A
 * redirect to another old path is followed to the end of the chain, so every redirect leads
 * straight to a page. Sorted by old path.
 */
export async function snapshotRedirects(payload: Payload, brand: { id: Id; slug: string }, pages: PublishedPages): Promise<Redirect[]> {
  const { docs } = await payload.find({ collection: 'redirects', where: { brand: { equals: brand.id } }, depth: 0, pagination: false, overrideAccess: true })
  const slugs = Object.fromEntries(PAGE_COLLECTIONS.map((collection) => [collection, new Map(pages[collection].map((doc) => [String(doc.id), doc.slug]))])) as Record<PageCollection, Map<string, string>>
  const livePaths = publishedPagePaths(pages)
  const leaveOut = (id: Id, from: unknown, why: string) =>
    payload.logger.warn(`Snapshot of brand ${brand.slug}: redirect ${String(id)} from ${String(from)} is left out: ${why}`)

  const direct = new Map<string, string>()
  const ids = new Map<string, Id>()
  for (const doc of docs) {
    const from = doc.from
    if (typeof from !== 'string' || normaliseSitePath(from).path !== from) {
      leaveOut(doc.id, from, 'its old path is not a normalised site path. Edit and save the redirect to fix it.')
      continue
    }
    if (isReservedSitePath(from) || livePaths.has(from)) {
      leaveOut(doc.id, from, 'that path is a live page of the site. Delete the redirect.')
      continue
    }
    const target = readTarget(doc.to)
    // No target left: a document deleted below the API.
    if (target === null) continue
    let to: string
    if (target.type === 'reference') {
      const slug = slugs[target.reference.relationTo].get(String(target.reference.value))
      if (slug === undefined) continue // The page is not published for this brand (yet).
      to = documentPath(target.reference.relationTo, slug)
    } else {
      const normal = normaliseRedirectTarget(target.url)
      if (normal.problem !== undefined) {
        leaveOut(doc.id, from, `its address ${target.url} is neither a site path nor an http(s) address. Edit the redirect.`)
        continue
      }
      to = normal.target
    }
    direct.set(from, to)
    ids.set(from, doc.id)
  }

  const redirects: Redirect[] = []
  for (const [from, first] of direct) {
    const visited = new Set([from])
    let to = first
    let path = targetPath(to)
    while (path !== null && direct.has(path) && !visited.has(path)) {
      visited.add(path)
      to = direct.get(path) ?? to
      path = targetPath(to)
    }
    if (path !== null && visited.has(path)) {
      leaveOut(ids.get(from) ?? '?', from, `it goes round in a loop (${[...visited].join(' → ')} → ${path}). Point one of these redirects at a page.`)
      continue
    }
    redirects.push({ from, to })
  }
  // By code unit, not the database's collation, so every database gives the same snapshot.
  return redirects.sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
}
