'use client'
import { useEffect, useMemo, useState } from 'react'

type Id = number | string

/** A therapy the grid can show as a column. */
export interface TherapyOption {
  id: Id
  name: string
  /** Ids of the brands the therapy is linked to, as strings. */
  brands: string[]
}

interface Loaded {
  list: TherapyOption[]
  loading: boolean
  error: string | null
}

const idString = (ref: unknown): string | null => {
  if (typeof ref === 'number' || typeof ref === 'string') return String(ref)
  if (typeof ref === 'object' && ref !== null && 'id' in ref) return idString((ref as { id: unknown }).id)
  return null
}

async function fetchTherapies(url: string, signal: AbortSignal): Promise<TherapyOption[]> {
  const response = await fetch(url, { credentials: 'include', headers: { Accept: 'application/json' }, signal })
  if (!response.ok) throw new Error(`the CMS answered ${response.status}`)
  const body = (await response.json()) as { docs?: { id: Id; name?: unknown; brands?: unknown }[] }
  return (body.docs ?? []).map((doc) => ({
    id: doc.id,
    name: typeof doc.name === 'string' && doc.name.trim() !== '' ? doc.name : `Therapy ${doc.id}`,
    brands: (Array.isArray(doc.brands) ? doc.brands : []).map(idString).filter((id): id is string => id !== null),
  }))
}

/**
 * The therapies the user may see (drafts included: a column can be added before its therapy is
 * published, the publish guard says so on publish), by name, and the names of the compared ones
 * that are not among them. From the REST API, as the user: access decides what is listed.
 */
export function useTherapyOptions(api: string, compared: readonly Id[]): Loaded & { names: Map<string, string> } {
  const [loaded, setLoaded] = useState<Loaded>({ list: [], loading: true, error: null })
  const [extra, setExtra] = useState<TherapyOption[]>([])

  useEffect(() => {
    const controller = new AbortController()
    const query = new URLSearchParams({ depth: '0', draft: 'true', limit: '500', sort: 'name', 'select[name]': 'true', 'select[brands]': 'true' })
    fetchTherapies(`${api}/therapies?${query}`, controller.signal)
      .then((list) => setLoaded({ list, loading: false, error: null }))
      .catch((error: unknown) => {
        if (controller.signal.aborted) return
        setLoaded({ list: [], loading: false, error: `The therapies could not be loaded (${error instanceof Error ? error.message : String(error)}); reload the page to add a column.` })
      })
    return () => controller.abort()
  }, [api])

  // A compared therapy missing from the list (more than the list holds): its name by id.
  const missing = loaded.loading ? [] : compared.filter((id) => !loaded.list.some((option) => String(option.id) === String(id)) && !extra.some((option) => String(option.id) === String(id)))
  const missingKey = missing.map(String).join(',')
  useEffect(() => {
    if (missingKey === '') return
    const controller = new AbortController()
    const query = new URLSearchParams({ depth: '0', draft: 'true', limit: '4', 'select[name]': 'true', 'select[brands]': 'true', 'where[id][in]': missingKey })
    fetchTherapies(`${api}/therapies?${query}`, controller.signal)
      .then((found) => setExtra((current) => [...current, ...found]))
      .catch(() => {
        // The column keeps its "Therapy <id>" header; the list's own error is shown already if the API is down.
      })
    return () => controller.abort()
  }, [api, missingKey])

  const names = useMemo(() => new Map([...loaded.list, ...extra].map((option) => [String(option.id), option.name])), [loaded.list, extra])
  return { ...loaded, names }
}
