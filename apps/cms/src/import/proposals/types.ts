import type { ImportTherapyFact } from '@clinic/schema'
import { z } from 'zod'
import type { TherapyFactValues } from './mergeFact'

/** What an editor decided about one proposed therapy fact, stored on the import under "<post>:<fact>". */
export const ProposalDecisionSchema = z.object({
  action: z.enum(['apply', 'dismiss']),
  /** The user's id. */
  by: z.union([z.number(), z.string()]),
  /** ISO date-time. */
  at: z.string(),
  /** The therapy changed (apply) or named (dismiss); null when a dismissed fact names no therapy of the brand. */
  therapyId: z.union([z.number(), z.string()]).nullable(),
})
export type ProposalDecision = z.output<typeof ProposalDecisionSchema>

/** The `proposalDecisions` field of an import: "<post index>:<fact index>" → decision. */
export const ProposalDecisionsSchema = z.record(z.string(), ProposalDecisionSchema)
export type ProposalDecisions = z.output<typeof ProposalDecisionsSchema>

/** The key of a decision in `proposalDecisions`. */
export const decisionKey = (post: number, fact: number) => `${post}:${fact}`

/** The therapy a proposal names, as the brand has it now (its latest draft). */
export interface ProposalTherapy {
  id: number | string
  name: string
  value: TherapyFactValues[keyof TherapyFactValues]
}

/** One proposed fact with the therapy's current value and the decision taken, if any. */
export interface ProposalView {
  fact: number
  proposal: ImportTherapyFact
  /** Null when the brand has no therapy of that name (or alias). */
  therapy: ProposalTherapy | null
  decision: ProposalDecision | null
}

/** `GET /api/imports/:id/proposals`: the proposals of each post that has some. */
export interface ProposalsAnswer {
  importId: number | string
  /** Whether this user may apply or dismiss (editors, brand admins, network admins). */
  mayDecide: boolean
  posts: { post: number; title: string; source: string; facts: ProposalView[] }[]
}

/** `POST /api/imports/:id/proposals`: the decision, and after an apply the therapy's new draft value. */
export interface ProposalDecisionAnswer {
  key: string
  decision: ProposalDecision
  therapy: ProposalTherapy | null
}
