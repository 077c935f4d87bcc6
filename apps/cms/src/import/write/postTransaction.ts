import { type CollectionSlug, type Payload, type PayloadRequest, type RequestContext, type TypedUser, commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import type { Id } from '../plan/context'

/** Everything an import writes runs with this context (read by hooks that care where a save comes from). */
export const IMPORT_CONTEXT: RequestContext = { importingPosts: true }

type Data = Record<string, unknown>

/** Fields Payload manages itself, left out when a document is written back as it was. */
const MANAGED = new Set(['id', 'createdAt', 'updatedAt', 'sizes', 'url', 'thumbnailURL'])

/**
 * The writes of one imported post, which land together or not at all.
 *
 * Payload runs them in one database transaction where the adapter has transactions (MongoDB on
 * a replica set). SQLite (Payload's adapter keeps transactions off unless configured) and a
 * stand-alone MongoDB have none: there every write is recorded, and {@link rollback} undoes
 * them in reverse order (created documents deleted, updated ones written back as they were).
 *
 * Uploads are never part of the transaction: the file lands on disk (or object storage) whatever
 * the database does, so media go through {@link createMedia}, outside it, and a rollback deletes
 * them through Payload, files and resized copies included.
 */
export class PostTransaction {
  private readonly created: { collection: CollectionSlug; id: Id }[] = []
  private readonly updated: { collection: CollectionSlug; id: Id; previous: Data; draft: boolean }[] = []
  private readonly media: Id[] = []

  /** Whether the database runs the post's writes in one transaction (set by {@link begin}). */
  transactional = false

  private constructor(
    private readonly payload: Payload,
    /** The request of every write of the post: its user, and its transaction if there is one. */
    readonly req: PayloadRequest,
    /** A request without transaction, for uploads and for undoing. */
    private readonly outsideReq: PayloadRequest,
    private readonly overrideAccess: boolean,
  ) {}

  /**
   * Prepares the writes of one post as `user` (access rules apply), or as the system when `user`
   * is null (the command line: every rule is overridden, as for the seed). Images may be uploaded
   * from here on; {@link begin} starts the transaction of the documents.
   */
  static async open(payload: Payload, user: TypedUser | null): Promise<PostTransaction> {
    const req = await createLocalReq({ user: user ?? undefined, context: { ...IMPORT_CONTEXT } }, payload)
    const outsideReq = await createLocalReq({ user: user ?? undefined, context: { ...IMPORT_CONTEXT } }, payload)
    return new PostTransaction(payload, req, outsideReq, user === null)
  }

  /**
   * Starts the transaction of the post's documents. Called after the images are downloaded and
   * uploaded, so that no transaction stays open while a slow server sends an image.
   */
  async begin(): Promise<void> {
    this.transactional = await initTransaction(this.req)
  }

  /**
   * Creates a document (a draft when `draft`). `system` writes records of the importer itself,
   * past access rules, whoever imports.
   */
  async create(collection: CollectionSlug, data: Data, { draft, system = false }: { draft: boolean; system?: boolean }): Promise<Id> {
    const doc = await this.payload.create({ collection, ...this.writeOptions(data, { draft, system }) })
    this.created.push({ collection, id: doc.id })
    return doc.id
  }

  /** Updates a document's draft (or, without drafts, the document); `system` as for {@link create}. */
  async update(collection: CollectionSlug, id: Id, data: Data, { draft, system = false }: { draft: boolean; system?: boolean }): Promise<void> {
    await this.rememberBeforeUpdate(collection, id, { draft })
    await this.payload.update({ collection, id, ...this.writeOptions(data, { draft, system }) })
  }

  /** What every create and update of the post passes: the data (marked a draft when `draft`), its access and its request. */
  private writeOptions(data: Data, { draft, system }: { draft: boolean; system: boolean }) {
    return {
      data: (draft ? { ...data, _status: 'draft' } : data) as never,
      draft,
      depth: 0,
      overrideAccess: system || this.overrideAccess,
      user: this.req.user,
      req: this.req,
    } as const
  }

  /** Records a document some other code created with {@link req}, so that a rollback deletes it too. */
  rememberCreated(collection: CollectionSlug, id: Id): void {
    this.created.push({ collection, id })
  }

  /** Keeps what a document is before some other code changes it with {@link req}, so that a rollback sets it back. */
  async rememberBeforeUpdate(collection: CollectionSlug, id: Id, { draft }: { draft: boolean }): Promise<void> {
    if (this.transactional) return
    const { docs } = await this.payload.find({ collection, where: { id: { equals: id } }, draft, depth: 0, limit: 1, pagination: false, overrideAccess: true, req: this.req })
    const previous = docs[0] as unknown as Data | undefined
    if (previous === undefined) throw new Error(`${collection} ${String(id)} no longer exists; import again.`)
    this.updated.push({ collection, id, previous, draft })
  }

  /** Uploads an image into the media library, outside the transaction (see the class comment). */
  async createMedia(data: Data, file: { data: Buffer; mimetype: string; name: string; size: number }): Promise<Id> {
    const doc = await this.payload.create({
      collection: 'media',
      data: data as never,
      file,
      depth: 0,
      overrideAccess: this.overrideAccess,
      user: this.outsideReq.user,
      req: this.outsideReq,
    })
    this.media.push(doc.id)
    return doc.id
  }

  /** Makes the post's writes permanent. */
  async commit(): Promise<void> {
    if (this.transactional) await commitTransaction(this.req)
  }

  /**
   * Undoes every write of the post: the transaction is rolled back (or each write undone), then
   * the uploaded images are deleted. Throws when something could not be undone, naming it.
   */
  async rollback(): Promise<void> {
    const failures: string[] = []
    if (this.transactional) {
      await killTransaction(this.req)
    } else {
      for (const entry of [...this.updated].reverse()) {
        const data = Object.fromEntries(Object.entries(entry.previous).filter(([key]) => !MANAGED.has(key)))
        await this.payload
          .update({ collection: entry.collection, id: entry.id, data: data as never, draft: entry.draft, depth: 0, overrideAccess: true, req: this.outsideReq })
          .catch((error: unknown) => failures.push(`${entry.collection} ${String(entry.id)} could not be set back (${message(error)})`))
      }
      for (const entry of [...this.created].reverse()) {
        await this.payload
          .delete({ collection: entry.collection, id: entry.id, depth: 0, overrideAccess: true, req: this.outsideReq })
          .catch((error: unknown) => failures.push(`${entry.collection} ${String(entry.id)} could not be deleted (${message(error)})`))
      }
    }
    for (const id of [...this.media].reverse()) {
      await this.payload
        .delete({ collection: 'media', id, depth: 0, overrideAccess: true, req: this.outsideReq })
        .catch((error: unknown) => failures.push(`media ${String(id)} could not be deleted (${message(error)})`))
    }
    if (failures.length > 0) throw new Error(`Undoing the post's writes left something behind: ${failures.join('; ')}. Delete these by hand.`)
  }
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error))
