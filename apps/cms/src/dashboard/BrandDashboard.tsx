import type { ServerProps } from 'payload'
import type { CSSProperties, ReactNode } from 'react'
import { type BrandDashboard as Dashboard, type Count, HEALTH_COLLECTIONS, type HealthCounts, type LastBuild, brandDashboards } from './brandDashboards'
import { formatInZone } from './formatTime'
import { SCHEDULE_HORIZON_DAYS } from './scheduledChanges'

const NOUNS: Record<(typeof HEALTH_COLLECTIONS)[number], [string, string]> = {
  articles: ['article', 'articles'],
  therapies: ['therapy', 'therapies'],
  conditions: ['condition', 'conditions'],
  comparisons: ['comparison', 'comparisons'],
}

const STATUS_TEXT: Record<LastBuild['status'], string> = { succeeded: 'Succeeded', failed: 'Failed', pending: 'Queued', running: 'Running' }

const STATUS_COLOUR: Record<LastBuild['status'], string> = {
  succeeded: 'var(--theme-success-500)',
  failed: 'var(--theme-error-500)',
  pending: 'var(--theme-warning-500)',
  running: 'var(--theme-warning-500)',
}

const plural = (count: number, [one, many]: [string, string]) => `${count} ${count === 1 ? one : many}`

const card: CSSProperties = {
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-m, 4px)',
  padding: 'calc(var(--base) * 0.75)',
  background: 'var(--theme-elevation-0)',
  minWidth: 0,
}
const cardTitle: CSSProperties = { fontSize: '0.875rem', margin: '0 0 calc(var(--base) / 2)', color: 'var(--theme-elevation-800)' }
const list: CSSProperties = { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: 'calc(var(--base) / 4)' }
const quiet: CSSProperties = { margin: 0, color: 'var(--theme-elevation-500)' }

function Card({ title, testId, children }: { title: string; testId: string; children: ReactNode }) {
  return (
    <section style={card} data-testid={testId}>
      <h4 style={cardTitle}>{title}</h4>
      {children}
    </section>
  )
}

function Counts({ counts, empty }: { counts: HealthCounts; empty: string }) {
  const present = HEALTH_COLLECTIONS.flatMap((collection) => {
    const count = counts[collection]
    return count ? [{ collection, count }] : []
  })
  if (present.length === 0) return <p style={quiet}>{empty}</p>
  return (
    <ul style={list}>
      {present.map(({ collection, count }) => (
        <li key={collection}>
          <a href={count.url}>{plural(count.count, NOUNS[collection])}</a>
        </li>
      ))}
    </ul>
  )
}

function Build({ build, timeZone, label }: { build: LastBuild; timeZone: string; label: string }) {
  return (
    <p style={{ margin: 0, overflowWrap: 'anywhere' }}>
      {label}{' '}
      <strong style={{ color: STATUS_COLOUR[build.status] }}>{STATUS_TEXT[build.status]}</strong> · <a href={build.url}>{formatInZone(build.at, timeZone)}</a>
      {build.reason && (
        <>
          <br />
          <span role="note">{build.reason}</span> <a href={build.url}>Open the failed build</a>
        </>
      )}
    </p>
  )
}

function Appointments({ count }: { count: Count }) {
  if (count.count === 0) return <p style={quiet}>No new appointment requests.</p>
  return <a href={count.url}>{plural(count.count, ['new request', 'new requests'])}</a>
}

function BrandSection({ dashboard }: { dashboard: Dashboard }) {
  const { brand, lastBuild, pendingBuild, scheduled, appointments } = dashboard
  const headingId = `brand-dashboard-${brand.slug}`
  return (
    <section aria-labelledby={headingId} data-testid="brand-dashboard" data-brand={brand.slug} style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
      <header style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: '0 calc(var(--base) / 2)', marginBottom: 'calc(var(--base) / 2)' }}>
        <h3 id={headingId} style={{ margin: 0 }}>
          {brand.name}
        </h3>
        <a href={dashboard.siteUrl} rel="noopener noreferrer" target="_blank" style={{ overflowWrap: 'anywhere' }}>
          {brand.domain}
        </a>
      </header>
      <div style={{ display: 'grid', gap: 'calc(var(--base) / 2)', gridTemplateColumns: 'repeat(auto-fit, minmax(min(100%, 15rem), 1fr))' }}>
        <Card title="Live site" testId="live-site">
          {lastBuild ? <Build build={lastBuild} timeZone={brand.timeZone} label="Last build:" /> : <p style={quiet}>No site build recorded yet.</p>}
          {pendingBuild && (
            <p style={{ margin: 'calc(var(--base) / 4) 0 0' }}>
              A site update is {pendingBuild.status === 'running' ? 'running' : 'queued'}: <a href={pendingBuild.url}>open it</a>
            </p>
          )}
        </Card>
        <Card title="Waiting for clinical review" testId="waiting-for-review">
          <Counts counts={dashboard.waitingForReview} empty="No drafts waiting for review." />
        </Card>
        <Card title={`Scheduled in the next ${SCHEDULE_HORIZON_DAYS} days`} testId="scheduled">
          {scheduled.length === 0 ? (
            <p style={quiet}>Nothing scheduled in the next {SCHEDULE_HORIZON_DAYS} days.</p>
          ) : (
            <ul style={list}>
              {scheduled.map((item) => (
                <li key={`${item.collection}-${item.id}-${item.type}-${item.at}`} style={{ overflowWrap: 'anywhere' }}>
                  {item.type === 'publish' ? 'Publish' : 'Unpublish'} {formatInZone(item.at, brand.timeZone)}: <a href={item.url}>{item.title}</a>
                </li>
              ))}
            </ul>
          )}
        </Card>
        {appointments && (
          <Card title="Appointment requests" testId="appointments">
            <Appointments count={appointments} />
          </Card>
        )}
        <Card title={`Clinical review older than ${dashboard.reviewIntervalMonths} months`} testId="overdue-reviews">
          <Counts counts={dashboard.overdueReviews} empty="No published health page is overdue for review." />
        </Card>
      </div>
    </section>
  )
}

/**
 * The top of the admin's dashboard (`admin.components.beforeDashboard`): for each brand the user
 * works for (network admins: every brand), what needs their attention: the live site's last
 * build, drafts waiting for clinical review, what is scheduled to publish or unpublish this
 * week, new appointment requests (brand staff only: a count, no personal data), and health pages
 * whose clinical review is older than the brand's interval. Payload's collection cards follow.
 */
export async function BrandDashboard({ payload, user }: ServerProps) {
  if (!user) return null
  const dashboards = await brandDashboards(payload, user)
  return (
    <section aria-labelledby="brand-dashboard-heading" style={{ marginBottom: 'calc(var(--base) * 2)' }}>
      <h2 id="brand-dashboard-heading" style={{ marginBottom: 'var(--base)' }}>
        What needs your attention
      </h2>
      {dashboards.length === 0 ? (
        <p style={quiet}>You do not work for any brand yet; ask a network admin to add you to one.</p>
      ) : (
        dashboards.map((dashboard) => <BrandSection key={String(dashboard.brand.id)} dashboard={dashboard} />)
      )}
    </section>
  )
}
