'use client'
import { useState } from 'react'
import type { ProposalDecision, ProposalDecisionAnswer, ProposalTherapy, ProposalView } from '../../import/proposals/types'
import { THERAPY_FACT_LABEL, therapyFactValue } from '../therapyFactText'
import { errorMessageOf } from './ImportProposalsField'

interface Props {
  base: string
  adminRoute: string
  post: number
  view: ProposalView
  mayDecide: boolean
}

/** One proposal: quote, proposed and current value, and its decision or the buttons to take one. */
export function ProposalItem({ base, adminRoute, post, view, mayDecide }: Props) {
  const { proposal } = view
  const [decision, setDecision] = useState<ProposalDecision | null>(view.decision)
  const [therapy, setTherapy] = useState<ProposalTherapy | null>(view.therapy)
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const what = `${proposal.therapy}, ${THERAPY_FACT_LABEL[proposal.field]}`

  async function decide(action: 'apply' | 'dismiss') {
    setBusy(true)
    setError(null)
    try {
      const response = await fetch(base, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ post, fact: view.fact, action }),
      })
      if (!response.ok) {
        setError(await errorMessageOf(response))
        return
      }
      const body = (await response.json()) as ProposalDecisionAnswer
      setDecision(body.decision)
      if (body.therapy) setTherapy(body.therapy)
    } catch (caught) {
      setError(`The decision could not be sent: ${caught instanceof Error ? caught.message : String(caught)}. Try again.`)
    } finally {
      setBusy(false)
    }
  }

  const therapyLink = therapy ? `${adminRoute}/collections/therapies/${encodeURIComponent(String(therapy.id))}` : null
  return (
    <li style={{ border: '1px solid var(--theme-elevation-150)', borderRadius: 4, padding: '0.75rem', overflowWrap: 'anywhere' }}>
      <p style={{ margin: 0 }}>
        <strong>{proposal.therapy}</strong>: {THERAPY_FACT_LABEL[proposal.field]}
      </p>
      <blockquote style={{ margin: '0.5rem 0', paddingInlineStart: '0.75rem', borderInlineStart: '3px solid var(--theme-elevation-250)' }}>{proposal.quote}</blockquote>
      <dl style={{ display: 'grid', gridTemplateColumns: 'minmax(6rem, max-content) 1fr', gap: '0.25rem 0.75rem', margin: 0 }}>
        <dt>Proposed</dt>
        <dd style={{ margin: 0 }}>{therapyFactValue(proposal.field, proposal.value)}</dd>
        <dt>{decision?.action === 'apply' ? 'Draft now' : 'Current'}</dt>
        <dd style={{ margin: 0 }}>{therapy ? therapyFactValue(proposal.field, therapy.value) : `The brand has no therapy named "${proposal.therapy}".`}</dd>
      </dl>
      <div aria-live="polite">
        {decision?.action === 'apply' && (
          <p>
            Applied to the draft of {therapyLink ? <a href={therapyLink}>{therapy?.name ?? proposal.therapy}</a> : proposal.therapy}, publish it to put it live.
          </p>
        )}
        {decision?.action === 'dismiss' && <p>Dismissed.</p>}
        {error && <p role="alert">{error}</p>}
      </div>
      {decision === null && mayDecide && (
        <div style={{ display: 'flex', flexWrap: 'wrap', gap: '0.5rem', marginTop: '0.5rem' }}>
          <button type="button" className="btn btn--style-primary btn--size-small" disabled={busy || therapy === null} onClick={() => void decide('apply')} aria-label={`Apply: ${what}`}>
            Apply
          </button>
          <button type="button" className="btn btn--style-secondary btn--size-small" disabled={busy} onClick={() => void decide('dismiss')} aria-label={`Dismiss: ${what}`}>
            Dismiss
          </button>
        </div>
      )}
      {decision === null && !mayDecide && <p>An editor of the brand decides on this proposal.</p>}
    </li>
  )
}
