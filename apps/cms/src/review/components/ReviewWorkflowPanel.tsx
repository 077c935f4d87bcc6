'use client'
import { Button, useConfig, useDocumentInfo, useForm, useFormFields, useFormModified } from '@payloadcms/ui'
import { formatAdminURL } from 'payload/shared'
import { useId, useState } from 'react'
import { type ReviewStatus, STATUS_PATH } from '../constants'
import './review.css'

export interface ReviewPanelProps {
  /** The page's review as the server read it; null for a page not saved yet. */
  state: {
    collection: string
    id: string
    status: ReviewStatus
    comment: string | null
    submittedBy: string | null
    submittedAt: string | null
    decidedBy: string | null
    decidedAt: string | null
    /** Approved, and the page still is what was approved. */
    approvalCurrent: boolean
    /** The page's brands that require clinical review before publishing. */
    requiredBy: string[]
    /** The user writes content: may send the page to review or take it back. */
    maySubmit: boolean
    /** The user may approve or return the page now. */
    mayDecide: boolean
    /** Why a reviewer may not decide on this page, when they may not. */
    whyNotDecide: string | null
  } | null
}

// The same text on the server and in the browser: a fixed locale, in UTC, said so.
const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })
const when = (iso: string | null) => (iso === null ? '' : ` on ${WHEN.format(new Date(iso))} UTC`)
const by = (name: string | null) => (name === null ? '' : ` by ${name}`)

type Action = { status: 'ready' | 'none' | 'approved' } | { status: 'returned'; comment: string }

/** Messages of a refused save: Payload's errors, with the field errors they carry. */
function messagesOf(body: unknown, status: number): string {
  if (status === 423) return 'Someone is editing this page just now. Try again when they have finished (or after five minutes without changes).'
  const errors = (body as { errors?: { message?: string; data?: { errors?: { message?: string }[] } }[] } | null)?.errors ?? []
  const messages = errors.flatMap((error) => (error.data?.errors?.length ? error.data.errors.map((each) => each.message ?? '') : [error.message ?? ''])).filter(Boolean)
  return messages.join(' ') || `The review could not be saved (HTTP ${status}). Reload the page and try again.`
}

/**
 * The clinical review panel's view and buttons (../fields.ts renders it for the
 * `reviewWorkflow` group). Each button saves the page's review as a draft through the REST API,
 * after saving any unsaved change of the form, and reloads the page to show the result; the
 * server decides whether the step is allowed (../workflow.ts).
 */
export function ReviewWorkflowPanel({ state }: ReviewPanelProps) {
  const { config } = useConfig()
  const { docPermissions } = useDocumentInfo()
  const { submit } = useForm()
  const modified = useFormModified()
  const statusField = useFormFields(([fields]) => fields[STATUS_PATH])
  const [comment, setComment] = useState('')
  const [returning, setReturning] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  const commentId = useId()

  if (state === null) {
    return (
      <section className="review-panel" aria-label="Clinical review">
        <h3 className="review-panel__title">Clinical review</h3>
        <p className="review-panel__text">Save the page first; then it can be sent to clinical review.</p>
      </section>
    )
  }

  const draftUrl = formatAdminURL({ apiRoute: config.routes.api, path: `/${state.collection}/${state.id}?draft=true&depth=0` })

  async function run(action: Action) {
    setBusy(true)
    setProblem(null)
    try {
      // Unsaved edits first, so that they are part of what is reviewed.
      if (modified && docPermissions?.update) {
        await submit({ action: draftUrl, method: 'PATCH', overrides: { _status: 'draft' }, skipValidation: true })
      }
      const response = await fetch(draftUrl, {
        method: 'PATCH',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ reviewWorkflow: action }),
      })
      if (!response.ok) {
        setProblem(messagesOf(await response.json().catch(() => null), response.status))
        setBusy(false)
        return
      }
      window.location.reload()
    } catch (error) {
      setProblem(`The review could not be saved: ${error instanceof Error ? error.message : String(error)}. Check your connection and try again.`)
      setBusy(false)
    }
  }

  const { status } = state
  const summary = {
    none: 'Not sent to clinical review.',
    ready: `Ready for review: sent${by(state.submittedBy)}${when(state.submittedAt)}.`,
    approved: state.approvalCurrent
      ? `Approved${by(state.decidedBy)}${when(state.decidedAt)}.`
      : `Approved${by(state.decidedBy)}${when(state.decidedAt)}, but the page changed since: the approval no longer applies. Request review again.`,
    returned: `Returned${by(state.decidedBy)}${when(state.decidedAt)}.`,
  }[status]
  const fieldError = statusField?.valid === false ? statusField.errorMessage : undefined

  return (
    <section className="review-panel" aria-label="Clinical review" data-status={status}>
      <h3 className="review-panel__title">Clinical review</h3>
      {state.requiredBy.length > 0 ? <p className="review-panel__rule">{state.requiredBy.join(' and ')} publish{state.requiredBy.length === 1 ? 'es' : ''} health pages only once a clinical reviewer approves them.</p> : null}
      <p className="review-panel__text review-panel__status" role="status">
        {summary}
      </p>
      {status === 'returned' && state.comment ? (
        <blockquote className="review-panel__comment">
          <p className="review-panel__comment-label">Reviewer’s comment</p>
          <p>{state.comment}</p>
        </blockquote>
      ) : null}
      {fieldError ? (
        <p className="review-panel__error" role="alert">
          {fieldError}
        </p>
      ) : null}
      {problem ? (
        <p className="review-panel__error" role="alert">
          {problem}
        </p>
      ) : null}
      {state.whyNotDecide ? <p className="review-panel__text">{state.whyNotDecide}</p> : null}
      <div className="review-panel__actions">
        {state.maySubmit && status !== 'ready' ? (
          <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => void run({ status: 'ready' })}>
            {status === 'none' ? 'Request clinical review' : 'Request clinical review again'}
          </Button>
        ) : null}
        {state.maySubmit && status === 'ready' && !state.mayDecide ? (
          <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => void run({ status: 'none' })}>
            Withdraw from review
          </Button>
        ) : null}
        {state.mayDecide && !returning ? (
          <>
            <Button buttonStyle="primary" size="medium" disabled={busy} onClick={() => void run({ status: 'approved' })}>
              Approve
            </Button>
            <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => setReturning(true)}>
              Return with a comment
            </Button>
          </>
        ) : null}
      </div>
      {state.mayDecide && returning ? (
        <div className="review-panel__return">
          <label className="review-panel__label" htmlFor={commentId}>
            What needs to change?
          </label>
          <textarea id={commentId} className="review-panel__textarea" rows={4} value={comment} onChange={(event) => setComment(event.target.value)} />
          <div className="review-panel__actions">
            <Button buttonStyle="primary" size="medium" disabled={busy || comment.trim() === ''} onClick={() => void run({ status: 'returned', comment })}>
              Return to writers
            </Button>
            <Button buttonStyle="secondary" size="medium" disabled={busy} onClick={() => setReturning(false)}>
              Cancel
            </Button>
          </div>
        </div>
      ) : null}
    </section>
  )
}
