'use client'
import { useListRelationships } from '@payloadcms/ui'
import type { DefaultCellComponentProps, RelationshipFieldClient } from 'payload'
import { useEffect } from 'react'

type Id = number | string

/** The brand ids of a cell: ids at depth 0, documents when the list was read deeper. */
export function brandIdsOf(cellData: unknown): Id[] {
  const values = Array.isArray(cellData) ? cellData : cellData === null || cellData === undefined ? [] : [cellData]
  return values.flatMap((value: unknown) => {
    if (typeof value === 'number' || typeof value === 'string') return [value]
    if (typeof value === 'object' && value !== null && 'id' in value) {
      const { id } = value as { id: unknown }
      if (typeof id === 'number' || typeof id === 'string') return [id]
    }
    return []
  })
}

/**
 * A `brands` column: each brand's name. Payload's own cell reads "Untitled - ID: 2" for a brand the
 * viewer may not read (a document shared with a brand they do not work for); this one says
 * "another brand" instead, and reveals nothing more than the id the row already holds.
 */
export function BrandNamesCell({ cellData }: DefaultCellComponentProps<RelationshipFieldClient>) {
  const { documents, getRelationships } = useListRelationships()
  const ids = brandIdsOf(cellData)
  const key = ids.join(',')
  useEffect(() => {
    if (key !== '') getRelationships(key.split(',').map((value) => ({ relationTo: 'brands', value: /^\d+$/.test(value) ? Number(value) : value })))
  }, [key, getRelationships])
  const loaded = documents.brands ?? {}
  const labels = ids.map((id) => {
    const brand = loaded[id]
    if (brand === null || brand === undefined) return '…'
    if (brand === false) return 'another brand'
    const { name } = brand as { name?: unknown }
    return typeof name === 'string' && name !== '' ? name : `Brand ${String(id)}`
  })
  return <span>{labels.join(', ')}</span>
}
