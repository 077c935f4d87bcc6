import { type BaseDatabaseAdapter, type CollectionSlug, type DatabaseAdapterObj, type PayloadRequest, type SanitizedCollectionConfig, ValidationError } from 'payload'
import { slugTakenMessage } from './ensureUniqueSlug'
import { afterAdapterInit } from '../ops/afterAdapterInit'
import { hasFieldErrors } from '../publishing/errorDetails'

/*
 * `ensureUniqueSlug` checks, then the save inserts: two saves at the same moment can both pass
 * the check. The database's unique index on slug and brand then refuses the second one
 * (clinics on both databases, shared content on MongoDB), and both adapters report that as a
 * ValidationError on `slug` saying only "Value must be unique" (the index's first field, which
 * is why the indexes start with `slug`). This gives that refusal the hook's own message.
 */

/** How a collection's documents belong to brands, when its slugs are unique per brand; null otherwise. */
export interface PerBrandSlug {
  /** `brands` (several, shared content) or `brand` (exactly one, clinics). */
  field: 'brand' | 'brands'
  hasMany: boolean
}

/** Whether slugs of this collection are unique per brand: it has a `slug` and a top-level relationship `brand`/`brands` to brands. */
export function perBrandSlug(collection: Pick<SanitizedCollectionConfig, 'flattenedFields'>): PerBrandSlug | null {
  const fields = collection.flattenedFields
  if (!fields.some((field) => field.name === 'slug' && field.type === 'text')) return null
  for (const field of fields) {
    if (field.type === 'relationship' && field.relationTo === 'brands' && (field.name === 'brand' || field.name === 'brands')) {
      return { field: field.name, hasMany: field.hasMany === true }
    }
  }
  return null
}

/** The error to throw for `error`, raised by a write of `data` to `collection`: the hook's refusal for a unique-slug violation, else `error` itself. */
function asSlugClash(adapter: BaseDatabaseAdapter, collection: CollectionSlug, data: Record<string, unknown>, req: Partial<PayloadRequest> | undefined, error: unknown): unknown {
  // By its shape too: the production build can hold another copy of Payload's class (src/publishing/errorDetails.ts).
  if (!(error instanceof ValidationError) && !hasFieldErrors(error)) return error
  const config = adapter.payload.collections[collection]?.config
  if (config === undefined || perBrandSlug(config) === null) return error
  const errors = hasFieldErrors(error) ? error.data.errors : []
  if (errors.length !== 1 || errors[0]?.path !== 'slug' || typeof data.slug !== 'string') return error
  return new ValidationError({ collection, errors: [{ path: 'slug', message: slugTakenMessage(config, data.slug) }], req }, req?.t)
}

/** A write of the adapter: what `asSlugClash` needs of its arguments. */
interface SlugWrite {
  collection: CollectionSlug
  data: Record<string, unknown>
  req?: Partial<PayloadRequest>
}

/** `write`, with a unique-slug violation it raises turned into `ensureUniqueSlug`'s refusal. */
function translatingSlugClashes<A extends SlugWrite, R>(write: (this: BaseDatabaseAdapter, args: A) => Promise<R>) {
  return async function (this: BaseDatabaseAdapter, args: A): Promise<R> {
    try {
      return await write.call(this, args)
    } catch (error) {
      throw asSlugClash(this, args.collection, args.data, args.req, error)
    }
  }
}

/** Wraps the database adapter so that a unique-slug violation reads like `ensureUniqueSlug`'s refusal. */
export function withSlugClashErrors(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return afterAdapterInit(adapterObj, (adapter) => {
    adapter.create = translatingSlugClashes(adapter.create)
    adapter.updateOne = translatingSlugClashes(adapter.updateOne)
    adapter.updateMany = translatingSlugClashes(adapter.updateMany)
    adapter.upsert = translatingSlugClashes(adapter.upsert)
  })
}
