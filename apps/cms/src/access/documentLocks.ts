import { type Access, APIError, type CollectionBeforeChangeHook, type CollectionSlug, type PayloadRequest, type SanitizedConfig } from 'payload'
import { roleOf } from './roles'

/*
 * While someone edits a document, Payload keeps a lock on it in `payload-locked-documents`: the
 * admin shows "<name> is editing" to everyone else and refuses their saves (423) until the lock
 * is taken over, removed or five minutes old. Payload lets every logged-in user read, create,
 * change and delete every lock, which would let brand staff see what other brands are editing,
 * remove their locks, and lock other brands' documents (in anyone's name). Here a lock follows
 * the locked document: brand staff read, take over and remove only their own locks and locks on
 * documents they may edit (the collection's `update` access for that document), and create or
 * change locks only on such documents and only in their own name. Network admins do everything.
 *
 * How the admin uses locks, and why it keeps working for brand staff:
 * - it creates and refreshes locks through the database adapter (form state,
 *   @payloadcms/ui handleFormStateLocking) and checks them on save the same way
 *   (checkDocumentLockStatus), so those paths need no access;
 * - it reads them with access (the document view's getIsLocked, form state, the list view's
 *   lock icons): staff see every lock on the documents they may edit, so "X is editing" still
 *   shows on their brands' documents;
 * - it takes over (PATCH with `user` set to the current user) and removes (DELETE) a lock over
 *   REST, which staff may do on documents they may edit.
 *
 * Read, update and delete access answer with the ids of the locks the user may touch. A Where on
 * the lock alone cannot say "the locked document is one this user may edit": `document` is a
 * polymorphic relationship over every lockable collection, each with its own access rule. So the
 * locks are read through the database adapter and each locked document is checked with its
 * collection's `update` access (with the document's id, as Payload asks it before a change). The
 * collection is small (one lock per document being edited, expired ones are removed as new ones
 * are taken), and a plain `id in [...]` means the same on SQLite and MongoDB.
 */

/** The slug Payload gives the collection (payload/dist/locked-documents/config.js, not exported). */
const LOCKS = 'payload-locked-documents'

type Id = number | string
/** What a lock locks: a document of a collection, or a global. */
type LockTarget = { collection: string; id: Id } | { global: string } | null

/** A polymorphic relationship value (`{ relationTo, value }`, the value populated or not), or null. */
function reference(value: unknown): { relationTo: string; id: Id } | null {
  if (typeof value !== 'object' || value === null) return null
  const { relationTo, value: related } = value as { relationTo?: unknown; value?: unknown }
  const id = typeof related === 'object' && related !== null ? (related as { id?: unknown }).id : related
  return typeof relationTo === 'string' && (typeof id === 'number' || typeof id === 'string') ? { relationTo, id } : null
}

function targetOf(lock: { document?: unknown; globalSlug?: unknown }): LockTarget {
  const document = reference(lock.document)
  if (document) return { collection: document.relationTo, id: document.id }
  return typeof lock.globalSlug === 'string' && lock.globalSlug !== '' ? { global: lock.globalSlug } : null
}

/** Whether a lock's `user` is the user making the request. */
function isRequester(req: PayloadRequest, user: unknown): boolean {
  const holder = reference(user)
  return holder !== null && req.user !== null && holder.relationTo === req.user.collection && String(holder.id) === String(req.user.id)
}

/** Whether the user may edit what a lock locks: the collection's (or global's) `update` access for it. */
async function mayEdit(req: PayloadRequest, target: LockTarget): Promise<boolean> {
  if (target === null) return false
  if ('global' in target) {
    const global = req.payload.config.globals.find((each) => each.slug === target.global)
    return global !== undefined && (await global.access.update({ req })) === true
  }
  const collection = req.payload.collections[target.collection as CollectionSlug]
  if (!collection || target.collection === LOCKS) return false
  // Ids are numbers on SQLite and strings on MongoDB; the generated types name SQLite's only.
  const access = await collection.config.access.update({ req, id: target.id as Parameters<Access>[0]['id'] })
  if (typeof access !== 'object' || access === null) return access === true
  const { totalDocs } = await req.payload.count({
    collection: target.collection as CollectionSlug,
    where: { and: [{ id: { equals: target.id } }, access] },
    overrideAccess: true,
    req,
  })
  return totalDocs > 0
}

/** Ids of the locks (of all, or only lock `id`) the user may read, take over and remove. */
async function touchableLockIds(req: PayloadRequest, id?: Id): Promise<Id[]> {
  const { docs } = await req.payload.db.find({
    collection: LOCKS,
    where: id === undefined ? {} : { id: { equals: id } },
    pagination: false,
    limit: 0,
    req,
  })
  // Several locks may lock the same document; each document is checked once.
  const verdicts = new Map<string, Promise<boolean>>()
  const editable = (target: LockTarget) => {
    const key = JSON.stringify(target)
    const known = verdicts.get(key) ?? mayEdit(req, target)
    verdicts.set(key, known)
    return known
  }
  const touchable: Id[] = []
  for (const lock of docs as { id: Id; document?: unknown; globalSlug?: unknown; user?: unknown }[]) {
    if (isRequester(req, lock.user) || (await editable(targetOf(lock)))) touchable.push(lock.id)
  }
  return touchable
}

/** Read, update and delete access to locks: network admins all, staff the locks of {@link touchableLockIds}. */
const touchLocks: Access = async ({ req, id }) => {
  const role = roleOf(req)
  if (role === 'admin') return true
  if (role === null || !req.user) return false
  const touchable = await touchableLockIds(req, id)
  // Not `false`: Payload would answer the admin's own lock lookups with 403. Not an empty `in`
  // either, which an adapter might read as no condition: every lock has an id, so none matches.
  return touchable.length === 0 ? { id: { exists: false } } : { id: { in: touchable } }
}

/** Staff may take locks; what they lock and in whose name is checked by {@link lockInOwnName}. */
const takeLocks: Access = ({ req }) => roleOf(req) !== null

/**
 * Brand staff take and change locks only in their own name (a missing `user` becomes them) and
 * only on documents they may edit. Network admins, and server code that overrides access
 * without a user, are not limited.
 */
const lockInOwnName: CollectionBeforeChangeHook = async ({ data, originalDoc, req }) => {
  if (roleOf(req) === 'admin' || !req.user) return data
  const claimed: unknown = data.user
  if (claimed !== undefined && claimed !== null && !isRequester(req, claimed)) {
    throw new APIError('A document lock is always held by the user who takes it: leave out `user`, or set it to yourself.', 403, null, true)
  }
  const target = targetOf({
    document: 'document' in data ? data.document : originalDoc?.document,
    globalSlug: 'globalSlug' in data ? data.globalSlug : originalDoc?.globalSlug,
  })
  if (!(await mayEdit(req, target))) {
    throw new APIError('You can only lock documents you may edit. Open the document in the admin to see whether you may.', 403, null, true)
  }
  return { ...data, user: { relationTo: req.user.collection, value: req.user.id } }
}

/**
 * Access to Payload's document locks (`payload-locked-documents`), which Payload adds to the
 * config itself during sanitisation, so it is adjusted on the sanitized config
 * (`buildConfig(...).then(restrictDocumentLocks)` in payload.config.ts).
 */
export function restrictDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((collection) => collection.slug === LOCKS)
  // Payload adds no lock collection when nothing can be locked.
  if (!locks) return config
  locks.access = { ...locks.access, read: touchLocks, create: takeLocks, update: touchLocks, delete: touchLocks }
  locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), lockInOwnName]
  return config
}
