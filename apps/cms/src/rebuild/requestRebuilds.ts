import type { PayloadRequest } from 'payload'
import { env } from '../env'
import type { RebuildChange } from './changes'
import { queueRebuild } from './queueRebuild'

/**
 * Queues a rebuild for each affected brand (one change each), inside the editor's request and
 * its transaction (see `queueRebuild`). Without LOCAL_REBUILD, brands that have no build hook
 * are left out here, so that nothing is queued or recorded for a site that nothing would
 * rebuild; brands that no longer exist (a brand being deleted) are left out too.
 */
export async function requestRebuilds(req: PayloadRequest, changes: ReadonlyMap<string, RebuildChange>): Promise<void> {
  if (changes.size === 0) return
  const { docs } = await req.payload.find({
    collection: 'brands',
    where: { id: { in: [...changes.keys()] } },
    select: { name: true, buildHookUrl: true },
    depth: 0,
    draft: false,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const without: string[] = []
  // One brand after the other: the writes of one transaction must not run side by side.
  for (const brand of docs) {
    const change = changes.get(String(brand.id))
    if (!change) continue
    const hasHook = Boolean(brand.buildHookUrl?.trim())
    if (!hasHook && !env.LOCAL_REBUILD) {
      without.push(String(brand.id))
      continue
    }
    await queueRebuild(req, { id: brand.id, name: brand.name, via: hasHook ? 'buildHook' : 'local' }, change, env.REBUILD_DEBOUNCE_MS)
  }
  if (without.length > 0) req.payload.logger.debug(`No build hook for brand(s) ${without.join(', ')}: their sites are not rebuilt.`)
}
