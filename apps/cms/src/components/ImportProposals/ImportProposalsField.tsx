'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import type { ProposalsAnswer } from '../../import/proposals/types'
import { ProposalItem } from './ProposalItem'

type Loaded = { state: 'loading' } | { state: 'failed'; message: string } | { state: 'ready'; answer: ProposalsAnswer }

/** The message of an API error answer (`{ errors: [{ message }] }`), or a fallback naming the status. */
export async function errorMessageOf(response: Response): Promise<string> {
  const body = (await response.json().catch(() => null)) as { errors?: { message?: unknown }[] } | null
  const message = body?.errors?.[0]?.message
  return typeof message === 'string' ? message : `The CMS answered ${response.status}; reload the page and try again.`
}

/**
 * The therapy facts an import proposes, per post: the sentence each came from, the proposed
 * value beside the therapy's current (draft) value, and Apply / Dismiss for those who may publish.
 */
export function ImportProposalsField() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const base = `${config.serverURL}${config.routes.api}/imports/${encodeURIComponent(String(id ?? ''))}/proposals`
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' })

  const load = useCallback(async () => {
    const response = await fetch(base, { credentials: 'include', headers: { Accept: 'application/json' } })
    if (!response.ok) {
      setLoaded({ state: 'failed', message: await errorMessageOf(response) })
      return
    }
    setLoaded({ state: 'ready', answer: (await response.json()) as ProposalsAnswer })
  }, [base])

  useEffect(() => {
    if (id === undefined || id === null) return
    load().catch((error: unknown) => setLoaded({ state: 'failed', message: `The proposals could not be loaded: ${error instanceof Error ? error.message : String(error)}` }))
  }, [id, load])

  return (
    <section aria-labelledby="import-proposals-heading" style={{ marginBlock: '1.5rem', maxWidth: '100%' }}>
      <h3 id="import-proposals-heading">Proposed therapy facts</h3>
      <p style={{ color: 'var(--theme-elevation-650)' }}>
        Found in the imported posts; the import applied none of them. Applying one changes the therapy&apos;s draft only: publish the therapy to put it live.
      </p>
      {loaded.state === 'loading' && <p role="status">Loading the proposals…</p>}
      {loaded.state === 'failed' && <p role="alert">{loaded.message}</p>}
      {loaded.state === 'ready' && loaded.answer.posts.length === 0 && <p>The posts of this import propose no therapy facts.</p>}
      {loaded.state === 'ready' &&
        loaded.answer.posts.map((post) => (
          <section key={post.post} aria-label={`Proposals from ${post.title}`} style={{ marginBlock: '1rem' }}>
            <h4 style={{ overflowWrap: 'anywhere' }}>
              {post.title} <small style={{ fontWeight: 'normal' }}>({post.source})</small>
            </h4>
            <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: '0.75rem' }}>
              {post.facts.map((fact) => (
                <ProposalItem key={fact.fact} base={base} post={post.post} view={fact} mayDecide={loaded.answer.mayDecide} adminRoute={config.routes.admin} />
              ))}
            </ul>
          </section>
        ))}
    </section>
  )
}
