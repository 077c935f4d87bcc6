/** The Lighthouse categories measured, as `lhr.categories` keys. */
export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type Category = (typeof CATEGORIES)[number]

const RESOURCE_TYPES = ['document', 'stylesheet', 'script', 'image', 'font', 'other', 'total'] as const

/** The parts of a Lighthouse result (`lhr`) the bench reads. */
export interface LighthouseReport {
  categories: Record<string, { score: number | null; auditRefs: { id: string }[] } | undefined>
  audits: Record<string, { title: string; score: number | null; scoreDisplayMode: string; numericValue?: number; displayValue?: string; errorMessage?: string; details?: unknown } | undefined>
  runtimeError?: { code: string; message: string }
  runWarnings?: string[]
}

/** One failed audit of a page. */
export interface FailedAudit {
  id: string
  title: string
  score?: number | null
  displayValue?: string
  items?: string[]
  error?: string
}

/** One page's result: scores 0–100 (null when a category could not be scored); fcp, lcp and tbt in ms; bytes as transferred. */
export interface PageResult {
  type: string
  path: string
  url: string
  scores: Record<Category, number | null>
  metrics: { fcp: number | null; lcp: number | null; tbt: number | null; cls: number | null }
  totalByteWeight: number | null
  resources: Record<(typeof RESOURCE_TYPES)[number], number>
  failedAudits: FailedAudit[]
  warnings: string[]
  error?: string
}

type Record_ = Record<string, unknown>
const isRecord = (value: unknown): value is Record_ => typeof value === 'object' && value !== null
const itemsOf = (value: unknown): Record_[] => (isRecord(value) && Array.isArray(value.items) ? value.items.filter(isRecord) : [])

/** Up to three one-line hints of what an audit found (a console message, a URL, an element, a failed check). */
function auditItems(details: unknown): string[] {
  const hints: string[] = []
  for (const item of itemsOf(details)) {
    const node = isRecord(item.node) ? item.node.snippet : undefined
    const hint = [item.description, item.url, item.snippet, node, item.source].find((value) => value !== undefined && value !== null)
    if (typeof hint === 'string') hints.push(hint.slice(0, 200))
  }
  // Insights list their checks as a checklist.
  const checklist = itemsOf(details)[0]?.items ?? (isRecord(details) ? details.checklist : undefined) ?? {}
  for (const check of Object.values(isRecord(checklist) ? checklist : {})) {
    if (isRecord(check) && check.value === false && typeof check.label === 'string') hints.push(`✗ ${check.label}`)
  }
  return hints.slice(0, 3)
}

/** Every scored audit of the measured categories that did not pass. */
function failedAudits(lhr: LighthouseReport): FailedAudit[] {
  const auditIds = new Set(CATEGORIES.flatMap((id) => (lhr.categories[id]?.auditRefs ?? []).map((ref) => ref.id)))
  const failed: FailedAudit[] = []
  for (const id of auditIds) {
    const result = lhr.audits[id]
    if (result === undefined || ['informative', 'notApplicable', 'manual'].includes(result.scoreDisplayMode)) continue
    if (result.scoreDisplayMode === 'error') failed.push({ id, title: result.title, score: null, error: result.errorMessage ?? 'error' })
    else if (typeof result.score === 'number' && result.score < 1) {
      const items = auditItems(result.details)
      failed.push({ id, title: result.title, score: result.score, ...(result.displayValue ? { displayValue: result.displayValue } : {}), ...(items.length > 0 ? { items } : {}) })
    }
  }
  return failed
}

/** The parts of one Lighthouse result the bench reports. */
export function summarise(lhr: LighthouseReport): Omit<PageResult, 'type' | 'path' | 'url'> {
  const numeric = (id: string) => lhr.audits[id]?.numericValue ?? null
  const scores = Object.fromEntries(CATEGORIES.map((id) => [id, typeof lhr.categories[id]?.score === 'number' ? Math.round((lhr.categories[id]?.score ?? 0) * 100) : null])) as PageResult['scores']
  const resources = Object.fromEntries(RESOURCE_TYPES.map((type) => [type, 0])) as PageResult['resources']
  for (const item of itemsOf(lhr.audits['resource-summary']?.details)) {
    const type = item.resourceType
    if (typeof type === 'string' && type in resources) resources[type as keyof typeof resources] = typeof item.transferSize === 'number' ? item.transferSize : 0
  }
  return {
    scores,
    metrics: { fcp: numeric('first-contentful-paint'), lcp: numeric('largest-contentful-paint'), tbt: numeric('total-blocking-time'), cls: numeric('cumulative-layout-shift') },
    totalByteWeight: numeric('total-byte-weight'),
    resources,
    failedAudits: failedAudits(lhr),
    ...(lhr.runtimeError ? { error: `${lhr.runtimeError.code}: ${lhr.runtimeError.message}` } : {}),
    warnings: lhr.runWarnings ?? [],
  }
}

const kb = (bytes: number | null) => (bytes === null ? '–' : `${(bytes / 1024).toFixed(1)} KB`)
const ms = (value: number | null) => (value === null ? '–' : `${Math.round(value)} ms`)
const score = (value: number | null) => (value === null ? '–' : String(value))

/** The results {@link formatResults} prints: whole ones, or the bench's stored subset. */
export type ReportedPage = Pick<PageResult, 'type' | 'path' | 'scores' | 'metrics' | 'totalByteWeight' | 'resources'> & { failedAudits: FailedAudit[]; error?: string }

/** The failed audits of each page, one line each. */
function failureLines(results: readonly ReportedPage[]): string[] {
  const failures = results.filter((r) => r.failedAudits.length > 0 || r.error)
  if (failures.length === 0) return []
  const lines = ['', 'Failed audits:']
  for (const r of failures) {
    if (r.error) lines.push(`- ${r.type} (${r.path || '/'}): Lighthouse error ${r.error}`)
    for (const a of r.failedAudits) {
      const hints = a.items?.length ? ` — ${a.items.join('; ')}` : ''
      lines.push(`- ${r.type} (${r.path || '/'}): ${a.id}: ${a.title}${a.displayValue ? ` (${a.displayValue})` : ''}${a.error ? ` [${a.error}]` : ''}${hints}`)
    }
  }
  return lines
}

/** A Markdown table of Lighthouse results, then the failed audits of each page. */
export function formatResults(results: readonly ReportedPage[]): string {
  const rows = results.map((r) => [
    r.type,
    score(r.scores.performance),
    score(r.scores.accessibility),
    score(r.scores['best-practices']),
    score(r.scores.seo),
    ms(r.metrics.fcp),
    ms(r.metrics.lcp),
    ms(r.metrics.tbt),
    r.metrics.cls === null ? '–' : r.metrics.cls.toFixed(3),
    kb(r.totalByteWeight),
    `${kb(r.resources.document)} / ${kb(r.resources.stylesheet)} / ${kb(r.resources.script)} / ${kb(r.resources.image)} / ${kb(r.resources.font)}`,
  ])
  const header = ['page type', 'perf', 'a11y', 'best pr.', 'SEO', 'FCP', 'LCP', 'TBT', 'CLS', 'bytes', 'doc / css / js / img / font']
  return ['| ' + header.join(' | ') + ' |', '|' + header.map(() => ' --- |').join(''), ...rows.map((row) => `| ${row.join(' | ')} |`), ...failureLines(results)].join('\n')
}
