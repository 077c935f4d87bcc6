'use client'
import type { ImportReport, ImportedPost } from '@clinic/schema'
import { describeFact } from '../therapyFactText'

const STATUS_LABEL: Record<ImportedPost['status'], string> = { new: 'New draft', update: 'Updates the earlier draft', skipped: 'Left alone' }

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`
}

/** What one post became, or would become. */
function PostRow({ post }: { post: ImportedPost }) {
  const article = post.written.find((entry) => entry.collection === 'articles')
  const parts = [
    plural(post.faqs.length, 'FAQ'),
    plural(post.comparisons.length, 'comparison'),
    plural(post.images.length, 'image'),
    plural(post.redirects.length, 'redirect'),
  ]
  return (
    <li className="import-posts__post">
      <div className="import-posts__post-head">
        <strong>{article ? <a href={`/admin/collections/articles/${encodeURIComponent(article.id)}`}>{post.title}</a> : post.title}</strong>
        <span className={`import-posts__status import-posts__status--${post.status}`}>{STATUS_LABEL[post.status]}</span>
      </div>
      <p className="import-posts__meta">
        {post.source}
        {post.publishedAt ? ` · ${new Date(post.publishedAt).toLocaleDateString()}` : ''}
        {post.author ? ` · ${post.author.name} (${post.author.match === 'existing' ? 'existing author' : 'new author'})` : ''} · /articles/{post.slug}/
      </p>
      <p className="import-posts__meta">{parts.join(' · ')}</p>
      {post.therapyFacts.length > 0 && (
        <div>
          <p className="import-posts__meta">Therapy facts proposed for an editor (never applied by the import):</p>
          <ul>
            {post.therapyFacts.map((fact, index) => (
              <li key={index}>{describeFact(fact)}</li>
            ))}
          </ul>
        </div>
      )}
      {post.warnings.length > 0 && (
        <ul className="import-posts__warnings" aria-label={`Warnings for ${post.title}`}>
          {post.warnings.map((warning, index) => (
            <li key={index}>{warning}</li>
          ))}
        </ul>
      )}
      {post.written.length > 0 && (
        <p className="import-posts__meta">
          Written:{' '}
          {post.written.map((entry, index) => (
            <span key={`${entry.collection}-${entry.id}`}>
              {index > 0 && ', '}
              <a href={`/admin/collections/${entry.collection}/${encodeURIComponent(entry.id)}`}>
                {entry.collection} {entry.id}
              </a>
            </span>
          ))}
        </p>
      )}
    </li>
  )
}

/** The report of a preview or an import, post by post, then what was left out or failed. */
export function ImportReportView({ report, importId }: { report: ImportReport; importId: string | null }) {
  const imported = report.documents.filter((post) => post.status !== 'skipped').length
  const warnings = report.documents.reduce((sum, post) => sum + post.warnings.length, 0)
  return (
    <section className="import-posts__report" aria-label={report.dryRun ? 'Preview' : 'Import report'}>
      <h2>{report.dryRun ? 'Preview: nothing has been written yet' : 'Imported as drafts'}</h2>
      <p>
        {report.dryRun ? 'Would import' : 'Imported'} {plural(imported, 'post')} into {report.brand}; {plural(report.skipped.length, 'item')} left out, {plural(report.errors.length, 'error')}, {plural(warnings, 'warning')}.
        {importId !== null && (
          <>
            {' '}
            <a href={`/admin/collections/imports/${encodeURIComponent(importId)}`}>Open the import record</a>.
          </>
        )}
      </p>
      {report.errors.length > 0 && (
        <>
          <h3>Errors</h3>
          <ul className="import-posts__errors">
            {report.errors.map((issue, index) => (
              <li key={index}>
                <strong>{issue.source}</strong>: {issue.reason}
              </li>
            ))}
          </ul>
        </>
      )}
      <h3>Posts</h3>
      <ol className="import-posts__posts">
        {report.documents.map((post) => (
          <PostRow key={post.source} post={post} />
        ))}
      </ol>
      {report.skipped.length > 0 && (
        <>
          <h3>Left out</h3>
          <ul>
            {report.skipped.map((issue, index) => (
              <li key={index}>
                {issue.source}: {issue.reason}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  )
}
