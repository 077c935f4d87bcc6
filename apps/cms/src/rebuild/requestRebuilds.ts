import type { PayloadRequest } from 'payload'
import { env } from '../env'
import type { RebuildChange } from './changes'
import { rebuildSchedulerFor } from './rebuildSchedulerFor'

/**
 * Hands one change per affected brand to the scheduler, and waits until it is recorded. Without LOCAL_REBUILD, brands that
 * have no build hook are left out here, inside the editor's request (and its transaction),
 * so that nothing is scheduled, read or written later for a site that nothing would rebuild.
 */
export async function requestRebuilds(req: PayloadRequest, changes: ReadonlyMap<string, RebuildChange>): Promise<void> {
  if (changes.size === 0) return
  let brandIds = [...changes.keys()]
  if (!env.LOCAL_REBUILD) {
    const { docs } = await req.payload.find({
      collection: 'brands',
      where: { id: { in: brandIds } },
      select: { buildHookUrl: true },
      depth: 0,
      draft: false,
      pagination: false,
      overrideAccess: true,
      req,
    })
    const withHook = new Set(docs.filter((brand) => brand.buildHookUrl?.trim()).map((brand) => String(brand.id)))
    const without = brandIds.filter((id) => !withHook.has(id))
    if (without.length > 0) req.payload.logger.debug(`No build hook for brand(s) ${without.join(', ')}: their sites are not rebuilt.`)
    brandIds = brandIds.filter((id) => withHook.has(id))
  }
  const scheduler = rebuildSchedulerFor(req.payload)
  // Resolves once each brand's pending record holds the change: from then on it survives a restart.
  await Promise.all(brandIds.map((brandId) => scheduler.schedule(brandId, changes.get(brandId) as RebuildChange)))
}
