import { DISABLE_REBUILD } from '../../rebuild'
import { livePageAt } from '../../redirects/livePage'
import { brandRedirectFrom, saveRedirect } from '../../redirects/saveRedirect'
import { readTarget } from '../../redirects/target'
import type { BrandRef, Id } from '../plan/context'
import type { PostTransaction } from './postTransaction'

/**
 * Makes the old path lead to the article, unless the brand's site uses the path already (a fixed
 * page, a published page, a redirect somewhere else): then a warning says so and nothing is
 * written, since one refused write would undo the whole post.
 */
export async function writeRedirect(tx: PostTransaction, brand: BrandRef, from: string, target: { id: Id; live: boolean }, warnings: string[]): Promise<Id | null> {
  const { req } = tx
  const article = target.id
  const live = await livePageAt(req, brand.id, from)
  if (live?.kind === 'fixed') {
    warnings.push(`The old address ${from} is one of the brand site's own pages (such as its team page); no redirect was made.`)
    return null
  }
  if (live?.kind === 'document') {
    warnings.push(`The old address ${from} is the live page of "${live.title}"; no redirect was made.`)
    return null
  }
  const current = await brandRedirectFrom(req, brand.id, from)
  if (current !== undefined) {
    const target = readTarget(current.to)
    const here = target?.type === 'reference' && target.reference.relationTo === 'articles' && String(target.reference.value) === String(article)
    if (!here) warnings.push(`The old address ${from} already has a redirect (${String(current.id)}) to somewhere else; it was left as it is.`)
    return here ? current.id : null
  }
  // A redirect to an article that is not live is left out of the brand's snapshot, so saving it
  // changes no site: no rebuild (an import would otherwise queue one per post). Publishing the
  // article rebuilds the site, redirect included.
  const rebuildBefore = req.context[DISABLE_REBUILD]
  if (!target.live) req.context[DISABLE_REBUILD] = true
  let saved: { id: Id; created: boolean }
  try {
    saved = await saveRedirect(
      req,
      { brand: brand.id, from, to: { type: 'reference', reference: { relationTo: 'articles', value: article } }, origin: 'import' },
      { overrideAccess: req.user === null || req.user === undefined },
    )
  } finally {
    req.context[DISABLE_REBUILD] = rebuildBefore
  }
  if (saved.created) tx.rememberCreated('redirects', saved.id)
  return saved.id
}
