'use client'
import { useConfig, useRowLabel } from '@payloadcms/ui'
import { useEffect, useState } from 'react'
import { type RowLabelOptions, type TitleLookup, relationshipId, rowLabelText } from './rowLabelText'

type Id = number | string

// Titles of related documents, shared by every row label of the admin session: a therapy named
// in five rows is fetched once. `null`: the document cannot be read (deleted, another brand's).
const titleCache = new Map<string, string | null>()
// One request per document, however many labels wait for it and however often they re-render.
const loading = new Map<string, Promise<void>>()
const keyOf = (relationTo: string, id: Id) => `${relationTo}:${String(id)}`

/** Fetches the title of one document into the cache; a failure leaves its id shown. */
function loadTitle(key: string, url: string, titleField: string): Promise<void> {
  const running = loading.get(key)
  if (running) return running
  const done = fetch(url, { credentials: 'include' })
    .then(async (response) => {
      const doc: unknown = response.ok ? await response.json() : null
      const title = typeof doc === 'object' && doc !== null ? (doc as Record<string, unknown>)[titleField] : null
      titleCache.set(key, typeof title === 'string' && title.trim() !== '' ? title : null)
    })
    .catch(() => {
      titleCache.set(key, null)
    })
  loading.set(key, done)
  return done
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
  const row = typeof data === 'object' && data !== null ? (data as Record<string, unknown>) : {}
  const api = `${config.serverURL}${config.routes.api}`
  // Each title still to load as `key|url|title field`: a string, so the effect runs when it changes only.
  const wanted = options.parts
    .flatMap((part) => {
      if (part.as !== 'title') return []
      const id = relationshipId(row[part.field])
      if (id === null || titleCache.has(keyOf(part.relationTo, id))) return []
      const titleField = getEntityConfig({ collectionSlug: part.relationTo })?.admin?.useAsTitle ?? 'id'
      const url = `${api}/${part.relationTo}/${encodeURIComponent(String(id))}?depth=0&draft=true&select[${titleField}]=true`
      return [[keyOf(part.relationTo, id), url, titleField].join('|')]
    })
    .join('\n')

  useEffect(() => {
    if (wanted === '') return
    let shown = true
    const requests = wanted.split('\n').map((line) => {
      const [key = '', url = '', titleField = 'id'] = line.split('|')
      return loadTitle(key, url, titleField)
    })
    void Promise.all(requests).then(() => {
      if (shown) setLoaded((count) => count + 1)
    })
    return () => {
      shown = false
    }
  }, [wanted])

  const titles: TitleLookup = (relationTo, id) => titleCache.get(keyOf(relationTo, id))
  return <span className="row-label">{rowLabelText(data, rowNumber, options, titles)}</span>
}
