import { type ImportTherapyFact, ImportReportSchema } from '@clinic/schema'
import type { Endpoint, PayloadRequest } from 'payload'
import { z } from 'zod'
import { canPublish } from '../../access/canPublish'
import { roleOf } from '../../access/roles'
import { refId } from '../../access/userBrands'
import { readAtMost } from '../../security/readAtMost'
import { THERAPY_ALIASES, aliasesOf, findByName } from '../plan/aliases'
import { currentFactValue, mergeFact } from './mergeFact'
import {
  type ProposalDecision,
  type ProposalDecisionAnswer,
  ProposalDecisionsSchema,
  type ProposalTherapy,
  type ProposalView,
  type ProposalsAnswer,
  decisionKey,
} from './types'

type Id = number | string
type TherapyDoc = Record<string, unknown> & { id: Id; name: string }

const MAX_BODY_BYTES = 4 * 1024

const answer = (body: unknown, status: number) => Response.json(body, { status, headers: { 'Cache-Control': 'no-store' } })
const refuse = (status: number, message: string) => answer({ errors: [{ message }] }, status)

const DecisionRequestSchema = z.object({
  post: z.int().nonnegative(),
  fact: z.int().nonnegative(),
  action: z.enum(['apply', 'dismiss']),
})

const FIELD_LABEL: Record<ImportTherapyFact['field'], string> = {
  notOfferedInStates: 'states where it is not offered',
  cost: 'cost',
  sessionLength: 'session length',
  contraindications: 'contraindications',
  sideEffects: 'side effects',
}

/** The status of an error Payload threw (Forbidden 403, NotFound 404, ValidationError 400), else 500. */
const statusOf = (error: unknown): number => {
  const status = (error as { status?: unknown } | null)?.status
  return typeof status === 'number' && status >= 400 && status < 600 ? status : 500
}

interface LoadedImport {
  id: Id
  brand: Id | null
  report: z.output<typeof ImportReportSchema>
  decisions: z.output<typeof ProposalDecisionsSchema>
}

/**
 * The import named by the route, read with the user's own access: an import of another brand
 * is "not found", whether it exists or not. Answers a Response when it cannot be read.
 */
async function loadImport(req: PayloadRequest): Promise<LoadedImport | Response> {
  if (roleOf(req) === null) return refuse(401, 'Log in to see the proposals of an import.')
  const raw = req.routeParams?.id
  const id = typeof raw === 'string' && req.payload.db.defaultIDType === 'number' && /^\d+$/.test(raw) ? Number(raw) : raw
  if (typeof id !== 'string' && typeof id !== 'number') return refuse(404, 'No import id in the address: use /api/imports/<id>/proposals.')
  let doc: Record<string, unknown>
  try {
    doc = (await req.payload.findByID({ collection: 'imports', id, depth: 0, overrideAccess: false, user: req.user, req })) as unknown as Record<string, unknown>
  } catch (error) {
    const status = statusOf(error)
    if (status === 404 || status === 403) return refuse(404, `Import ${String(id)} was not found among the imports you may read.`)
    throw error
  }
  const report = ImportReportSchema.safeParse(doc.report)
  if (!report.success) return refuse(500, `The report of import ${String(id)} does not fit ImportReportSchema; its proposals cannot be read.`)
  const decisions = ProposalDecisionsSchema.safeParse(doc.proposalDecisions ?? {})
  if (!decisions.success) return refuse(500, `The recorded decisions of import ${String(id)} are not readable (field proposalDecisions); a network admin should check the record.`)
  return { id, brand: refId(doc.brand as Id | null | undefined), report: report.data, decisions: decisions.data }
}

/** The latest drafts of the therapies the import's brand has, as this user may read them. */
async function brandTherapies(req: PayloadRequest, brand: Id | null): Promise<TherapyDoc[]> {
  if (brand === null) return []
  const found = await req.payload.find({
    collection: 'therapies',
    where: { brands: { in: [brand] } },
    draft: true,
    depth: 0,
    pagination: false,
    overrideAccess: false,
    user: req.user,
    req,
  })
  return found.docs as unknown as TherapyDoc[]
}

/** The therapy a fact names among `therapies`: its own name (case aside), else one of its aliases (src/import/plan/aliases.ts). */
function therapyNamed(therapies: TherapyDoc[], name: string): TherapyDoc | null {
  const entries = therapies.map((therapy) => ({ id: therapy.id, name: therapy.name, aliases: aliasesOf(THERAPY_ALIASES, therapy.name), therapy }))
  return findByName(entries, name)?.therapy ?? null
}

const view = (therapy: TherapyDoc, field: ImportTherapyFact['field']): ProposalTherapy => ({ id: therapy.id, name: therapy.name, value: currentFactValue(therapy, field) })

/**
 * `GET /api/imports/:id/proposals`: the therapy facts each imported post proposes, each with the
 * therapy's current value (its latest draft) and the decision already taken. Everyone who may
 * read the import may read these.
 */
export const listProposalsEndpoint: Endpoint = {
  path: '/:id/proposals',
  method: 'get',
  handler: async (req) => {
    const loaded = await loadImport(req)
    if (loaded instanceof Response) return loaded
    const therapies = await brandTherapies(req, loaded.brand)
    const posts: ProposalsAnswer['posts'] = []
    loaded.report.documents.forEach((post, postIndex) => {
      if (post.therapyFacts.length === 0) return
      const facts: ProposalView[] = post.therapyFacts.map((proposal, factIndex) => {
        const therapy = therapyNamed(therapies, proposal.therapy)
        return { fact: factIndex, proposal, therapy: therapy ? view(therapy, proposal.field) : null, decision: loaded.decisions[decisionKey(postIndex, factIndex)] ?? null }
      })
      posts.push({ post: postIndex, title: post.title, source: post.source, facts })
    })
    const body: ProposalsAnswer = { importId: loaded.id, mayDecide: canPublish(roleOf(req)), posts }
    return answer(body, 200)
  },
}

/**
 * `POST /api/imports/:id/proposals` with `{ post, fact, action: 'apply' | 'dismiss' }` (indices
 * into the report's documents and their therapyFacts). Apply changes the therapy's DRAFT with the
 * user's own access (an editor still publishes it); dismiss changes nothing. Either is recorded
 * on the import once: a second decision on the same fact is refused (409). Only those who may
 * publish decide (editors, brand admins, network admins): a contributor's decision would take the
 * proposal from the editors who publish therapies.
 */
export const decideProposalEndpoint: Endpoint = {
  path: '/:id/proposals',
  method: 'post',
  handler: async (req) => {
    let bytes: Uint8Array | undefined
    try {
      bytes = await readAtMost(req.body ?? null, MAX_BODY_BYTES)
    } catch {
      return refuse(400, 'The request body could not be read; try again.')
    }
    const loaded = await loadImport(req)
    if (loaded instanceof Response) return loaded
    if (!canPublish(roleOf(req))) return refuse(403, 'Contributors may not apply or dismiss proposed therapy facts: ask an editor of the brand.')
    if (bytes === undefined) return refuse(413, `The request body is larger than ${MAX_BODY_BYTES} bytes; send only { post, fact, action }.`)
    let json: unknown
    try {
      json = JSON.parse(new TextDecoder().decode(bytes))
    } catch {
      return refuse(400, 'Send JSON: { "post": <index>, "fact": <index>, "action": "apply" | "dismiss" }.')
    }
    const parsed = DecisionRequestSchema.safeParse(json)
    if (!parsed.success) return refuse(400, 'Send { "post": <index>, "fact": <index>, "action": "apply" | "dismiss" } with whole, non-negative indices.')
    const { post, fact, action } = parsed.data
    const proposal = loaded.report.documents[post]?.therapyFacts[fact]
    if (!proposal) return refuse(404, `Import ${String(loaded.id)} has no proposed therapy fact ${fact} in post ${post}.`)
    const key = decisionKey(post, fact)
    const earlier = loaded.decisions[key]
    if (earlier) return refuse(409, `This proposal (${proposal.therapy}, ${FIELD_LABEL[proposal.field]}) was already ${earlier.action === 'apply' ? 'applied' : 'dismissed'} on ${earlier.at}.`)

    const therapy = therapyNamed(await brandTherapies(req, loaded.brand), proposal.therapy)
    let changed: ProposalTherapy | null = therapy ? view(therapy, proposal.field) : null
    if (action === 'apply') {
      if (!therapy) return refuse(404, `The brand of this import has no therapy "${proposal.therapy}" you may read; add it (or an alias in src/import/plan/aliases.ts), then apply again.`)
      try {
        const updated = await req.payload.update({
          collection: 'therapies',
          id: therapy.id,
          draft: true,
          data: mergeFact(therapy, proposal),
          depth: 0,
          overrideAccess: false,
          user: req.user,
          req,
        })
        changed = view(updated as unknown as TherapyDoc, proposal.field)
      } catch (error) {
        const status = statusOf(error)
        if (status === 403) {
          return refuse(403, `You may not change the therapy "${therapy.name}": it is shared with brands you do not work for, so a network admin changes it.`)
        }
        if (status === 400) return refuse(400, `The therapy "${therapy.name}" could not take this value: ${error instanceof Error ? error.message : String(error)}`)
        throw error
      }
    }

    const user = req.user
    if (!user) return refuse(401, 'Log in to decide on proposals.')
    const decision: ProposalDecision = { action, by: user.id, at: new Date().toISOString(), therapyId: therapy?.id ?? null }
    // Imports are read-only to everyone; the checks above decided who may record this.
    await req.payload.update({
      collection: 'imports',
      id: loaded.id,
      data: { proposalDecisions: { ...loaded.decisions, [key]: decision } },
      depth: 0,
      overrideAccess: true,
      req,
    })
    const body: ProposalDecisionAnswer = { key, decision, therapy: changed }
    return answer(body, 200)
  },
}
