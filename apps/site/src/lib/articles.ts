import type { Article } from '@clinic/schema'
import { formatDate } from './format'

/** Newest first; ties keep a stable order by title so builds are reproducible. */
export function newestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title))
}

/** `4 min read`. */
export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`
}

/**
 * `February 10, 2026`. Dates are shown in UTC so the page does not depend on the time
 * zone of the machine that built it. Same as {@link formatDate}; kept for existing callers.
 */
export function publishedDateLabel(isoDateTime: string): string {
  return formatDate(isoDateTime)
}
