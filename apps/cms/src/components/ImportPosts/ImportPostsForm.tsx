'use client'
import type { ImportReport } from '@clinic/schema'
import { Button } from '@payloadcms/ui'
import { type FormEvent, useId, useState } from 'react'
import { ImportReportView } from './ImportReportView'

interface BrandOption {
  id: string
  name: string
  slug: string
}

/** What the import endpoint answers: the report, and the record of a real import. */
interface ImportAnswer {
  report?: ImportReport
  importId?: string | number | null
  errors?: { message: string }[]
  message?: string
}

type Phase = { kind: 'idle' } | { kind: 'working'; dryRun: boolean } | { kind: 'done'; dryRun: boolean; report: ImportReport; importId: string | null } | { kind: 'failed'; message: string }

const ACCEPT = '.xml,.html,.htm,.zip,application/xml,text/xml,text/html,application/zip'

/** Sends the import (or its dry run) to the CMS; resolves with the report, or with why it failed. */
async function sendImport({ brand, files, overwritePublished, dryRun }: { brand: string; files: File[]; overwritePublished: boolean; dryRun: boolean }): Promise<Phase> {
  const body = new FormData()
  body.set('brand', brand)
  body.set('dryRun', String(dryRun))
  body.set('overwritePublished', String(overwritePublished))
  for (const file of files) body.append('files', file, file.name)
  try {
    const response = await fetch('/api/imports/run', { method: 'POST', body, credentials: 'include' })
    const answer = (await response.json().catch(() => ({}))) as ImportAnswer
    if (!response.ok || !answer.report) {
      return { kind: 'failed', message: answer.errors?.[0]?.message ?? answer.message ?? `The import could not run (HTTP ${response.status}).` }
    }
    return { kind: 'done', dryRun, report: answer.report, importId: answer.importId == null ? null : String(answer.importId) }
  } catch {
    return { kind: 'failed', message: 'The CMS could not be reached. Check your connection and try again.' }
  }
}

/** Chooses the brand and files, previews the import (dry run), then imports as drafts. */
export function ImportPostsForm({ brands }: { brands: BrandOption[] }) {
  const id = useId()
  const [brand, setBrand] = useState(brands.length === 1 ? (brands[0]?.slug ?? '') : '')
  const [files, setFiles] = useState<File[]>([])
  const [overwritePublished, setOverwritePublished] = useState(false)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  /** The files and options the last preview was made for: Import is offered only for exactly those. */
  const [previewed, setPreviewed] = useState<string | null>(null)
  const selection = `${brand}|${overwritePublished}|${files.map((file) => `${file.name}:${file.size}:${file.lastModified}`).join(',')}`

  async function run(dryRun: boolean) {
    setPhase({ kind: 'working', dryRun })
    const done = await sendImport({ brand, files, overwritePublished, dryRun })
    setPhase(done)
    if (done.kind === 'done' && dryRun) setPreviewed(selection)
  }

  function preview(event: FormEvent) {
    event.preventDefault()
    void run(true)
  }

  const working = phase.kind === 'working'
  const ready = brand !== '' && files.length > 0 && !working
  const previewCurrent = phase.kind === 'done' && phase.dryRun && previewed === selection

  return (
    <div className="import-posts__body">
      <form className="import-posts__form" onSubmit={preview}>
        <div className="import-posts__field">
          <label htmlFor={`${id}-brand`}>Brand</label>
          <select id={`${id}-brand`} value={brand} onChange={(event) => setBrand(event.target.value)} required>
            {brands.length !== 1 && <option value="">Choose the brand the posts are for…</option>}
            {brands.map((option) => (
              <option key={option.id} value={option.slug}>
                {option.name}
              </option>
            ))}
          </select>
        </div>
        <div className="import-posts__field">
          <label htmlFor={`${id}-files`}>Files</label>
          <input id={`${id}-files`} type="file" multiple accept={ACCEPT} onChange={(event) => setFiles(Array.from(event.target.files ?? []))} aria-describedby={`${id}-files-hint`} required />
          <p id={`${id}-files-hint`} className="import-posts__hint">
            A WordPress export (.xml), saved pages (.html) or a .zip of them. Images are fetched from the old site.
          </p>
        </div>
        <div className="import-posts__field import-posts__field--check">
          <input id={`${id}-overwrite`} type="checkbox" checked={overwritePublished} onChange={(event) => setOverwritePublished(event.target.checked)} />
          <label htmlFor={`${id}-overwrite`}>Also update posts an editor has published since an earlier import (off: they are left alone)</label>
        </div>
        <div className="import-posts__actions">
          <Button type="submit" buttonStyle="secondary" disabled={!ready}>
            {working && phase.dryRun ? 'Previewing…' : 'Preview'}
          </Button>
          <Button type="button" buttonStyle="primary" disabled={!ready || !previewCurrent} onClick={() => void run(false)}>
            {working && !phase.dryRun ? 'Importing…' : 'Import as drafts'}
          </Button>
        </div>
        {!previewCurrent && ready && <p className="import-posts__hint">Preview the import first; Import becomes available for the files you previewed.</p>}
      </form>
      <div aria-live="polite">
        {phase.kind === 'failed' && (
          <p className="import-posts__error" role="alert">
            {phase.message}
          </p>
        )}
        {phase.kind === 'done' && <ImportReportView report={phase.report} importId={phase.importId} />}
      </div>
    </div>
  )
}
