import type { CollectionBeforeChangeHook, PayloadRequest, ValidationFieldError } from 'payload'
import { ValidationError } from 'payload'
import { refIds } from '../access/userBrands'
import { env } from '../env'
import type { Brand } from '../payload-types'
import type { BrandContent } from '../snapshot/load'
import { createMapContext } from '../snapshot/map/context'
import { fieldPathOf, mergeSaved, withGroups } from './fieldPaths'
import { type GuardedCollection, PUBLISH_RULES } from './publishRules'

/*
 * Nothing the site would reject may be published. A brand's site is built from its snapshot,
 * which validates every published document against the `@clinic/schema` contract; one invalid
 * document fails the whole build, and every later publish of the brand stays off the site.
 * So each publish (REST, GraphQL, Local API, the admin, a scheduled publish run by the jobs
 * queue) maps the document as it will be stored with its collection's snapshot mapper, for each
 * of its brands, and parses it with the collection's schema before anything is written. A
 * problem is refused as a field error on the field it comes from.
 *
 * Mapping with the brand's own context means what the snapshot leaves out is left out here too
 * (references to unpublished documents, images of other brands), so a draft-only reference is
 * no reason to refuse; what the snapshot refuses instead (a comparison of unpublished
 * therapies) is a collection's `check` (./publishRules.ts).
 */

const NO_CONTENT: Omit<BrandContent, 'brand'> = { clinics: [], providers: [], therapies: [], conditions: [], authors: [], faqs: [], articles: [], comparisons: [] }

/** Whether this save publishes: drafts are not checked, and a collection without drafts publishes on every save. */
function publishes(req: PayloadRequest, collection: GuardedCollection, data: Record<string, unknown>, original: Record<string, unknown> | undefined): boolean {
  const config = req.payload.collections[collection].config
  const hasDrafts = Boolean(config.versions && typeof config.versions === 'object' && config.versions.drafts)
  if (!hasDrafts) return true
  return (data._status ?? original?._status) === 'published'
}

/** The brands a document goes to: the brand itself, or those it is linked to (unknown ones are skipped). */
async function brandsOf(req: PayloadRequest, collection: GuardedCollection, doc: Record<string, unknown>): Promise<Brand[]> {
  const field = PUBLISH_RULES[collection].brandField
  if (field === undefined) return [doc as unknown as Brand]
  const ids = refIds(doc[field])
  if (ids.length === 0) return []
  const found = await req.payload.find({ collection: 'brands', where: { id: { in: ids } }, depth: 0, limit: ids.length, pagination: false, overrideAccess: true, req })
  return found.docs
}

/** The field errors of `doc` (merged, as it will be stored) as one brand's snapshot would see it. */
async function problemsFor(req: PayloadRequest, collection: GuardedCollection, doc: Record<string, unknown>, brand: Brand): Promise<ValidationFieldError[]> {
  const rule = PUBLISH_RULES[collection]
  const fields = req.payload.collections[collection].config.flattenedFields
  const id = doc.id === undefined || doc.id === null ? 'new' : String(doc.id)
  const mapped = { ...doc, id }
  // A brand being created has no id to scope images by: its logo is checked once it is saved.
  const scoped = brand.id === undefined || brand.id === null ? { ...brand, logo: null } : brand
  const content = { ...NO_CONTENT, brand: scoped, [collection]: [mapped] } as BrandContent
  const mapContext = await createMapContext(req.payload, brand.slug, content, env.serverUrl)
  let snapshotDoc: unknown
  try {
    snapshotDoc = rule.map(mapped, mapContext, env.serverUrl)
  } catch (error) {
    // Only a value of the wrong type gets here (a list sent as text through the API): Payload's
    // field validation names the field, but would run only after this hook.
    if (!(error instanceof TypeError)) throw error
    return [{ path: '', message: `This ${collection} document cannot be read as the site reads it (${error.message}); check the values sent for each field.` }]
  }
  const result = rule.schema.safeParse(snapshotDoc)
  const errors: ValidationFieldError[] = mapContext.problems.map((problem) => ({ path: fieldPathOf(problem.field.split('.'), fields, rule.renamed), message: problem.message }))
  if (!result.success) {
    for (const issue of result.error.issues) {
      const message = rule.message?.({ issue, doc }) ?? `${issue.message} (the site needs this to publish)`
      errors.push({ path: fieldPathOf(issue.path, fields, rule.renamed), message })
    }
  }
  if (rule.check) errors.push(...(await rule.check(doc, brand, req)))
  return errors
}

/**
 * The publish guard of a snapshot collection: a `beforeChange` hook refusing, with Payload's
 * `ValidationError` and a field path per problem, a publish the brand's snapshot would reject.
 * Put it last among the collection's `beforeChange` hooks, so it sees what they set.
 */
export function publishGuard(collection: GuardedCollection): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req, operation }) => {
    const original = operation === 'update' ? (originalDoc as Record<string, unknown> | undefined) : undefined
    if (!publishes(req, collection, data, original)) return data
    const now = new Date().toISOString()
    const fields = req.payload.collections[collection].config.flattenedFields
    // Payload stamps the dates after this hook; the snapshot reads them.
    const doc = withGroups({ createdAt: now, ...mergeSaved(original, data), updatedAt: now }, fields)
    const seen = new Set<string>()
    const errors: ValidationFieldError[] = []
    for (const brand of await brandsOf(req, collection, doc)) {
      for (const error of await problemsFor(req, collection, doc, brand)) {
        const key = `${error.path}\u0000${error.message}`
        if (seen.has(key)) continue
        seen.add(key)
        errors.push(error)
      }
    }
    if (errors.length > 0) throw new ValidationError({ collection, id: typeof doc.id === 'string' || typeof doc.id === 'number' ? doc.id : undefined, errors, req }, req.t)
    return data
  }
}
