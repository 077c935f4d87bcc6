'use client'
import { useRowLabel } from '@payloadcms/ui'

/** A post row of an import record, labelled with the post's title instead of "Post 01". */
export function ImportedPostRowLabel() {
  const { data, rowNumber } = useRowLabel<{ title?: string | null }>()
  const title = data?.title?.trim()
  return <span>{title ? title : `Post ${(rowNumber ?? 0) + 1}`}</span>
}
