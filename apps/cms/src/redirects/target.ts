import { PAGE_COLLECTIONS, type PageCollection } from '@clinic/schema'
import { refId } from '../access/userBrands'

type Id = number | string

/** Where a redirect leads: a page of the brand (a document, wherever its slug moves later) or a fixed address. */
export type RedirectTarget = { type: 'reference'; reference: { relationTo: PageCollection; value: Id } } | { type: 'custom'; url: string }

/** Who made a redirect: an editor, the CMS when a published document's slug changed, or a post import. */
export const REDIRECT_ORIGINS = ['manual', 'slug-change', 'import'] as const

export type RedirectOrigin = (typeof REDIRECT_ORIGINS)[number]

const isPageCollection = (value: unknown): value is PageCollection => (PAGE_COLLECTIONS as readonly unknown[]).includes(value)

/**
 * The `to` group of a redirect as stored (the plugin's `type`, `reference`, `url`), read
 * defensively: a reference may arrive populated or as an id, and a missing part gives null.
 */
export function readTarget(to: unknown): RedirectTarget | null {
  if (typeof to !== 'object' || to === null) return null
  const { type, reference, url } = to as { type?: unknown; reference?: unknown; url?: unknown }
  if (type === 'custom') return typeof url === 'string' && url !== '' ? { type, url } : null
  if (type !== 'reference' || typeof reference !== 'object' || reference === null) return null
  const { relationTo, value } = reference as { relationTo?: unknown; value?: unknown }
  const id = refId(value as Id | { id: Id } | null | undefined)
  return isPageCollection(relationTo) && id !== null ? { type, reference: { relationTo, value: id } } : null
}
