'use client'
import { useConfig, useRowLabel } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { type RowLabelOptions, type TitleLookup, relationshipId, rowLabelText } from './rowLabelText'

type Id = number | string

// Titles of related documents, shared by every row label of the admin session: a therapy named
// in five rows is fetched once. `null`: the document cannot be read (deleted, another brand's).
const titleCache = new Map<string, string | null>()
const keyOf = (relationTo: string, id: Id) => `${relationTo}:${String(id)}`

/** The relationships a row's label shows, and their ids in `row`. */
function wantedTitles(row: unknown, options: RowLabelOptions): { relationTo: string; id: Id }[] {
  const values = typeof row === 'object' && row !== null ? (row as Record<string, unknown>) : {}
  return options.parts.flatMap((part) => {
    if (part.as !== 'title') return []
    const id = relationshipId(values[part.field])
    return id === null ? [] : [{ relationTo: part.relationTo, id }]
  })
}

/**
 * The label of an array row, configured per array with `clientProps` ({@link RowLabelOptions}):
 * the row's own values (a weekday and its hours, a date, a question), so that rows read as what
 * they hold instead of "Attribute 01". A relationship shows the related document's title, read
 * through the REST API with the editor's session (what they may not read shows as its id).
 */
export function RowLabel(options: RowLabelOptions) {
  const { data, rowNumber } = useRowLabel<unknown>()
  const { config, getEntityConfig } = useConfig()
  const [, setLoaded] = useState(0)
  const wanted = wantedTitles(data, options)
  const missingKey = wanted
    .map(({ relationTo, id }) => keyOf(relationTo, id))
    .filter((key) => !titleCache.has(key))
    .join(',')

  useEffect(() => {
    if (missingKey === '') return
    const controller = new AbortController()
    for (const key of missingKey.split(',')) {
      const [relationTo = '', id = ''] = key.split(':')
      const titleField = getEntityConfig({ collectionSlug: relationTo })?.admin?.useAsTitle ?? 'id'
      const url = `${config.serverURL}${config.routes.api}/${relationTo}/${encodeURIComponent(String(id))}?depth=0&draft=true&select[${titleField}]=true`
      fetch(url, { credentials: 'include', signal: controller.signal })
        .then(async (response) => {
          const doc: unknown = response.ok ? await response.json() : null
          const title = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>)[titleField] : null
          titleCache.set(key, typeof title === 'string' && title.trim() !== '' ? title : null)
          setLoaded((count) => count + 1)
        })
        .catch((error: unknown) => {
          // An aborted fetch belongs to a label no longer shown; any other failure leaves the id shown.
          if (error instanceof DOMException && error.name === 'AbortError') return
          titleCache.set(key, null)
          setLoaded((count) => count + 1)
        })
    }
    return () => controller.abort()
  }, [missingKey, config.serverURL, config.routes.api, getEntityConfig])

  const titles: TitleLookup = (relationTo, id) => titleCache.get(keyOf(relationTo, id))
  return <span className="row-label">{rowLabelText(data, rowNumber, options, titles)}</span>
}
