'use client'
import { useConfig, useDocumentInfo } from '@payloadcms/ui'
import { useCallback, useEffect, useState } from 'react'
import type { SiteState, SiteStatus } from './siteStatus'

/** While a rebuild is queued or running, the status is asked for again this often. */
const POLL_MS = 4_000

const COLOURS: Record<SiteState, string> = {
  live: 'var(--theme-success-500)',
  queued: 'var(--theme-warning-500)',
  running: 'var(--theme-warning-500)',
  failed: 'var(--theme-error-500)',
  unknown: 'var(--theme-elevation-400)',
}

type Loaded = { kind: 'loaded'; status: SiteStatus } | { kind: 'error'; message: string } | { kind: 'loading' }

/**
 * "On the site" in the sidebar of every collection a brand site shows: per brand, whether the
 * latest published change is live (and since when, in the brand's time zone), waiting for the
 * site update, or failed with a plain reason and a link to the rebuild's record. Read from
 * `GET /api/<collection>/:id/site-status` (src/dashboard/siteStatusEndpoint.ts).
 */
export function SiteStatusField() {
  const { id, collectionSlug, hasPublishedDoc, savedDocumentData } = useDocumentInfo()
  const { config } = useConfig()
  const [loaded, setLoaded] = useState<Loaded>({ kind: 'loading' })
  // A publish changes the live document's time: ask again then (autosaved drafts change nothing on the site).
  const publishedAt = savedDocumentData?._status === 'published' || collectionSlug === 'authors' ? String(savedDocumentData?.updatedAt ?? '') : ''

  const load = useCallback(async () => {
    if (id === undefined || id === null || !collectionSlug) return
    try {
      const response = await fetch(`${config.serverURL}${config.routes.api}/${collectionSlug}/${id}/site-status`, { credentials: 'include', cache: 'no-store' })
      const body = (await response.json()) as SiteStatus | { error?: string }
      if (!response.ok || !('brands' in body)) {
        setLoaded({ kind: 'error', message: 'error' in body && body.error ? body.error : `The site status could not be read (HTTP ${response.status}).` })
        return
      }
      setLoaded({ kind: 'loaded', status: body })
    } catch {
      setLoaded({ kind: 'error', message: 'The site status could not be read; check your connection and reload.' })
    }
  }, [id, collectionSlug, config.serverURL, config.routes.api])

  useEffect(() => {
    void load()
  }, [load, publishedAt, hasPublishedDoc])

  const waiting = loaded.kind === 'loaded' && loaded.status.brands.some((brand) => brand.state === 'queued' || brand.state === 'running')
  useEffect(() => {
    if (!waiting) return
    const timer = setInterval(() => void load(), POLL_MS)
    return () => clearInterval(timer)
  }, [waiting, load])

  if (id === undefined || id === null) return null
  return (
    <section
      aria-labelledby="site-status-heading"
      data-testid="site-status"
      style={{ marginBottom: 'calc(var(--base) * 1.5)', paddingBottom: 'var(--base)', borderBottom: '1px solid var(--theme-elevation-100)' }}
    >
      <h3 id="site-status-heading" style={{ fontSize: '0.8125rem', fontWeight: 600, margin: '0 0 calc(var(--base) / 2)', color: 'var(--theme-elevation-800)' }}>
        On the site
      </h3>
      {loaded.kind === 'loading' && <p style={{ margin: 0 }}>Checking the site…</p>}
      {loaded.kind === 'error' && <p style={{ margin: 0, color: 'var(--theme-error-500)' }}>{loaded.message}</p>}
      {loaded.kind === 'loaded' && !loaded.status.published && <p style={{ margin: 0 }}>Not published: no site shows it.</p>}
      {loaded.kind === 'loaded' && loaded.status.published && loaded.status.brands.length === 0 && <p style={{ margin: 0 }}>Not on the site of any brand you work for.</p>}
      {loaded.kind === 'loaded' && loaded.status.published && loaded.status.brands.length > 0 && (
        <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'calc(var(--base) / 2)' }}>
          {loaded.status.brands.map(({ brand, state, message, rebuild }) => (
            <li key={String(brand.id)} data-state={state} style={{ borderLeft: `3px solid ${COLOURS[state]}`, paddingLeft: 'calc(var(--base) / 2)' }}>
              {loaded.status.brands.length > 1 && <strong style={{ display: 'block' }}>{brand.name}</strong>}
              <span role={state === 'failed' ? 'alert' : undefined}>{message}</span>
              {state === 'failed' && rebuild && (
                <>
                  {' '}
                  <a href={rebuild.url}>Open the failed rebuild</a>
                </>
              )}
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
