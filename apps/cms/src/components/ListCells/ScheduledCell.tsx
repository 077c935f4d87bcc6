import type { DefaultServerCellComponentProps } from 'payload'
import { nextScheduledChange } from '../../admin/scheduled'

/** "Publish 5 Dec 2026, 09:00 UTC" when the row's document waits for a scheduled change, else a dash. */
export async function ScheduledCell({ payload, collectionSlug, rowData }: DefaultServerCellComponentProps) {
  // The admin also renders cells without a row (e.g. while it lays out the columns).
  const id = (rowData as { id?: unknown } | undefined)?.id
  if (typeof id !== 'number' && typeof id !== 'string') return <span>—</span>
  const next = await nextScheduledChange(payload, collectionSlug, id)
  if (next === null) return <span>—</span>
  // The server does not know the viewer's time zone: the time is given in UTC, and named so.
  const when = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(next.at)
  return (
    <span title={next.at.toISOString()}>
      {next.type === 'publish' ? 'Publish' : 'Unpublish'} {when} UTC
    </span>
  )
}
