import type { CollectionConfig } from 'payload'

/** Collections that hold limits shared by every CMS process (rate limits, duplicate windows). */
export const limitCollections: CollectionConfig[] = []
