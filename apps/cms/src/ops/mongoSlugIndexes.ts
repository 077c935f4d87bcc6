import type { MongooseAdapter } from '@payloadcms/db-mongodb'
import { perBrandSlug } from '../hooks/slugClashErrors'

/** The name of the unique index on slug and brand(s) in each collection with per-brand slugs. */
export const SLUG_PER_BRAND_INDEX = 'slug_unique_per_brand'

/**
 * Declares, on MongoDB, the unique index that keeps slugs unique per brand when two saves race
 * past `ensureUniqueSlug`: `{ slug: 1, brands: 1 }` for shared content (a multikey index: no two
 * documents may share a slug and any one brand, which is the hook's rule; one document may name
 * a brand once only anyway) and `{ slug: 1, brand: 1 }` for clinics, in place of the plain
 * compound index the Clinics config declares for both databases.
 *
 * Only documents with a string slug and at least one brand id are indexed: SQLite's unique index
 * ignores rows whose slug or brand is NULL, and so must MongoDB, where a document without a slug
 * would otherwise count as slug `null` (two unfinished drafts of one brand without a name would
 * clash). Only the collections' own documents are indexed, not their versions: Payload builds
 * version collections from their own schemas, whose compound indexes are never unique.
 *
 * Runs on `afterOpenConnection`, before Payload's `ensureIndexes` builds every declared index
 * and waits for them (src/db.ts turns mongoose's unawaited automatic index builds off).
 */
export function declareSlugIndexes(adapter: MongooseAdapter): void {
  for (const collection of adapter.payload.config.collections) {
    const perBrand = perBrandSlug(collection)
    const model = adapter.collections[collection.slug]
    if (perBrand === null || model === undefined) continue
    const keys: Record<string, 1> = { slug: 1, [perBrand.field]: 1 }
    model.schema.removeIndex(keys)
    model.schema.index(keys, {
      name: SLUG_PER_BRAND_INDEX,
      unique: true,
      partialFilterExpression: { slug: { $type: 'string' }, [perBrand.field]: { $type: 'objectId' } },
    })
  }
}
