import type { ImportReport } from '@clinic/schema'
import type { Id } from '../plan/context'

/** The status of a finished import: every post imported, some failed, or nothing imported while something failed. */
export function importStatus(report: ImportReport): 'succeeded' | 'partial' | 'failed' {
  if (report.errors.length === 0) return 'succeeded'
  return report.documents.some((post) => post.status !== 'skipped') ? 'partial' : 'failed'
}

const plural = (count: number, one: string, many = `${one}s`) => `${count} ${count === 1 ? one : many}`

/** The counts of an import record. */
export function importCounts(report: ImportReport) {
  const written = report.documents.flatMap((post) => post.written)
  const active = report.documents.filter((post) => post.status !== 'skipped')
  // A dry run wrote nothing: it counts what the import would write.
  const planned: Record<string, number> = {
    faqs: active.reduce((sum, post) => sum + post.faqs.length, 0),
    comparisons: active.reduce((sum, post) => sum + post.comparisons.filter((comparison) => comparison.existing === null).length, 0),
    media: active.reduce((sum, post) => sum + new Set(post.images.map((image) => image.src)).size, 0),
    redirects: active.reduce((sum, post) => sum + post.redirects.length, 0),
  }
  const count = (collection: string) => (report.dryRun ? (planned[collection] ?? 0) : written.filter((entry) => entry.collection === collection).length)
  return {
    created: report.documents.filter((post) => post.status === 'new').length,
    updated: report.documents.filter((post) => post.status === 'update').length,
    skipped: report.documents.filter((post) => post.status === 'skipped').length + report.skipped.length,
    failed: report.errors.length,
    warnings: report.documents.filter((post) => post.warnings.length > 0).length,
    faqs: count('faqs'),
    comparisons: count('comparisons'),
    images: count('media'),
    redirects: count('redirects'),
    therapyFacts: report.documents.reduce((sum, post) => sum + post.therapyFacts.length, 0),
  }
}

/** What an import did, in plain words: the totals, then each post with something to check, then what was left out or failed. */
export function importSummary(report: ImportReport): string {
  const counts = importCounts(report)
  const found = report.documents.length + report.errors.length + report.skipped.length
  const would = report.dryRun ? ' (would be)' : ''
  const lines = [
    `${report.dryRun ? 'Preview, nothing written. ' : ''}${plural(found, 'post or file', 'posts and files')} found: ${counts.created} new ${counts.created === 1 ? 'draft' : 'drafts'}${would}, ${counts.updated} updated${would}, ${counts.skipped} left alone, ${counts.failed} failed.`,
    `${report.dryRun ? 'Would write' : 'Written'}: ${plural(counts.faqs, 'FAQ')}, ${plural(counts.comparisons, 'new comparison')}, ${plural(counts.images, 'image')}, ${plural(counts.redirects, 'redirect')}. ${plural(counts.therapyFacts, 'therapy fact')} proposed for an editor to check (nothing is changed on any therapy).`,
  ]
  const withWarnings = report.documents.filter((post) => post.warnings.length > 0)
  if (withWarnings.length > 0) {
    lines.push('', 'To check:')
    for (const post of withWarnings) lines.push(`• ${post.title} (${post.source}): ${post.warnings.join(' ')}`)
  }
  if (report.skipped.length > 0) {
    lines.push('', 'Left out:')
    for (const issue of report.skipped) lines.push(`• ${issue.source}: ${issue.reason}`)
  }
  if (report.errors.length > 0) {
    lines.push('', 'Failed (nothing of these was written):')
    for (const issue of report.errors) lines.push(`• ${issue.source}: ${issue.reason}`)
  }
  return lines.join('\n')
}

/** A stored report larger than this keeps no bodies (they are in the drafts), so the record stays within MongoDB's document size. */
const MAX_STORED_REPORT_CHARS = 4_000_000

/** The report as the record stores it: whole, or without the posts' bodies when it is very large. */
export function storedReport(report: ImportReport): { report: ImportReport; trimmed: boolean } {
  if (JSON.stringify(report).length <= MAX_STORED_REPORT_CHARS) return { report, trimmed: false }
  return { report: { ...report, documents: report.documents.map((post) => ({ ...post, body: [] })) }, trimmed: true }
}

/**
 * The data of a finished import's record. `toId` turns the report's ids (strings, as in every
 * contract) back into the database's (numbers on SQLite).
 */
export function finishedImportData(report: ImportReport, brandName: string, toId: (id: string) => Id): Record<string, unknown> {
  const ids = (collection: string) => [...new Set(report.documents.flatMap((post) => post.written.filter((entry) => entry.collection === collection).map((entry) => entry.id)))].map(toId)
  const articleOf = (post: ImportReport['documents'][number]) => {
    const id = post.written.find((entry) => entry.collection === 'articles')?.id
    return id === undefined ? null : toId(id)
  }
  const stored = storedReport(report)
  const summary = importSummary(report)
  return {
    title: importTitle(brandName, report),
    status: importStatus(report),
    finishedAt: report.finishedAt,
    counts: importCounts(report),
    summary: stored.trimmed ? `${summary}\n\nThe stored report leaves out the posts' bodies (too large to keep); they are in the drafts.` : summary,
    posts: [
      ...report.documents.map((post) => ({
        title: post.title,
        status: post.status,
        article: articleOf(post),
        source: post.source,
        warnings: post.warnings.join('\n'),
      })),
      ...report.errors.map((issue) => ({ title: null, status: 'failed', article: null, source: issue.source, warnings: issue.reason })),
    ],
    articles: ids('articles'),
    faqs: ids('faqs'),
    comparisons: ids('comparisons'),
    report: stored.report,
  }
}

/** "Mesquite Ridge PT: 12 posts from export.xml, 2026-03-04 10:15 UTC". */
export function importTitle(brandName: string, report: Pick<ImportReport, 'sources' | 'documents' | 'errors' | 'startedAt'>): string {
  const files = report.sources.length === 1 ? report.sources[0] : plural(report.sources.length, 'file')
  const when = `${report.startedAt.slice(0, 16).replace('T', ' ')} UTC`
  return `${brandName}: ${plural(report.documents.length + report.errors.length, 'post')} from ${files}, ${when}`
}
