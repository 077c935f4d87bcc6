import type { CollectionConfig } from 'payload'
import { brandScoped } from '../access/brandScoped'
import { isStaff } from '../access/isStaff'

/**
 * Access shared by every brand-scoped content collection: staff create, and read, change
 * or delete only what belongs to their brands; the public reads nothing directly.
 */
export function contentAccess(field: 'brands' | 'brand'): NonNullable<CollectionConfig['access']> {
  const scoped = brandScoped(field)
  return {
    read: scoped,
    readVersions: scoped,
    create: isStaff,
    update: scoped,
    delete: scoped,
  }
}

/** Versions with drafts, as every content collection keeps them. */
export const draftVersions: NonNullable<CollectionConfig['versions']> = {
  drafts: true,
  maxPerDoc: 50,
}
