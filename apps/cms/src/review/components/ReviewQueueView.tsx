import { Gutter } from '@payloadcms/ui'
import type { AdminViewServerProps } from 'payload'
import { AdminPage } from '../../components/AdminPage/AdminPage'
import { roleOf } from '../../access/roles'
import { documentUrl } from '../../dashboard/listUrl'
import { deciderProblem } from '../access'
import type { ReviewedCollection } from '../constants'
import { reviewQueue } from '../queue'
import './review.css'

const KIND: Record<ReviewedCollection, string> = { articles: 'Article', therapies: 'Therapy', conditions: 'Condition', comparisons: 'Comparison' }
const WHEN = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' })

/**
 * The review queue (`/admin/review`): the health pages of the user's brands that wait for
 * clinical review, oldest first, each with its type, brands, who sent it and when, linking to
 * the page, where a clinical reviewer (or an editor linked to a provider) approves or returns it.
 */
export async function ReviewQueueView({ initPageResult, params, searchParams }: AdminViewServerProps) {
  const { req } = initPageResult
  const pages = roleOf(req) === null ? [] : await reviewQueue(req)
  const decider = deciderProblem(req)
  const adminRoute = req.payload.config.routes.admin
  return (
    <AdminPage initPageResult={initPageResult} params={params} searchParams={searchParams}>
      <Gutter className="review-queue">
        <h1>Clinical review</h1>
        <p className="review-queue__lead">
          Health pages of your brands that wait for a clinical reviewer.{' '}
          {decider === null
            ? 'Open one to read it (and preview it), then approve it or return it with a comment from the “Clinical review” panel beside it.'
            : 'Clinical reviewers, and editors linked to a provider, approve or return them.'}
        </p>
        {pages.length === 0 ? (
          <p>Nothing is waiting for review.</p>
        ) : (
          <table className="review-queue__table">
            <caption className="review-queue__caption">{pages.length === 1 ? 'One page waits for review' : `${pages.length} pages wait for review`}</caption>
            <thead>
              <tr>
                <th scope="col">Title</th>
                <th scope="col">Type</th>
                <th scope="col">Brand</th>
                <th scope="col">Sent by</th>
                <th scope="col">Sent (UTC)</th>
              </tr>
            </thead>
            <tbody>
              {pages.map((page) => (
                <tr key={`${page.collection}:${page.id}`}>
                  <td data-label="Title">
                    <a href={documentUrl(adminRoute, page.collection, page.id)}>{page.title}</a>
                  </td>
                  <td data-label="Type">{KIND[page.collection]}</td>
                  <td data-label="Brand">{page.brands.join(', ')}</td>
                  <td data-label="Sent by">{page.submittedBy ?? '—'}</td>
                  <td data-label="Sent">{page.submittedAt ? WHEN.format(new Date(page.submittedAt)) : '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Gutter>
    </AdminPage>
  )
}
