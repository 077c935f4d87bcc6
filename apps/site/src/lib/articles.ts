import type { Article } from '@clinic/schema'

/** Newest first; ties keep a stable order by title so builds are reproducible. */
export function newestFirst(articles: readonly Article[]): Article[] {
  return [...articles].sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || a.title.localeCompare(b.title))
}

/** `4 min read`. */
export function readingTimeLabel(minutes: number): string {
  return `${minutes} min read`
}
