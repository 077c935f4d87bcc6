import type { PayloadRequest } from 'payload'
import { refId, refIds } from '../access/userBrands'
import { REVIEWED_COLLECTIONS, type ReviewedCollection, STATUS_PATH } from './constants'

/** One page waiting for clinical review, as the review queue lists it. */
export interface QueuedPage {
  collection: ReviewedCollection
  id: number | string
  title: string
  brands: string[]
  submittedBy: string | null
  submittedAt: string | null
}

type Id = number | string

/** Names by id of `collection`'s documents, read past access: the queue shows names of the user's own brands' people and brands. */
async function namesOf(req: PayloadRequest, collection: 'users' | 'brands', ids: Id[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map()
  const { docs } = await req.payload.find({ collection, where: { id: { in: ids } }, depth: 0, pagination: false, overrideAccess: true, select: { name: true }, req })
  return new Map(docs.map((doc) => [String(doc.id), (doc as { name?: string }).name ?? '']))
}

/**
 * The pages waiting for clinical review that the logged-in user may read (their brands' and
 * those shared with them), oldest submission first. The review's state is on the latest draft,
 * so drafts are read.
 */
export async function reviewQueue(req: PayloadRequest, limit = 200): Promise<QueuedPage[]> {
  const found = await Promise.all(
    REVIEWED_COLLECTIONS.map(async (collection) => {
      const { docs } = await req.payload.find({
        collection,
        where: { [STATUS_PATH]: { equals: 'ready' } },
        draft: true,
        depth: 0,
        limit,
        overrideAccess: false,
        user: req.user,
        req,
      })
      const titleField = req.payload.collections[collection].config.admin.useAsTitle ?? 'id'
      return docs.map((doc) => ({ collection, doc: doc as unknown as Record<string, unknown>, titleField }))
    }),
  )
  const rows = found.flat()
  const workflowOf = (doc: Record<string, unknown>) => (doc.reviewWorkflow ?? {}) as { submittedBy?: unknown; submittedAt?: unknown }
  const [users, brands] = await Promise.all([
    namesOf(req, 'users', rows.map(({ doc }) => refId(workflowOf(doc).submittedBy as Parameters<typeof refId>[0])).filter((id): id is Id => id !== null)),
    namesOf(req, 'brands', [...new Set(rows.flatMap(({ doc }) => refIds(doc.brands).map(String)))]),
  ])
  return rows
    .map(({ collection, doc, titleField }): QueuedPage => {
      const workflow = workflowOf(doc)
      const submitter = refId(workflow.submittedBy as Parameters<typeof refId>[0])
      return {
        collection,
        id: doc.id as Id,
        title: String(doc[titleField] ?? '') || 'Untitled',
        brands: refIds(doc.brands).map((id) => brands.get(String(id)) ?? `brand ${id}`),
        submittedBy: submitter === null ? null : (users.get(String(submitter)) ?? 'a former user'),
        submittedAt: typeof workflow.submittedAt === 'string' ? workflow.submittedAt : null,
      }
    })
    .sort((a, b) => (a.submittedAt ?? '').localeCompare(b.submittedAt ?? ''))
}
