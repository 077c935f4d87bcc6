import type { CollectionConfig } from 'payload'

/** The collections of post imports: the import records with their reports, and what each imported post became. */
export const importCollections: CollectionConfig[] = []
