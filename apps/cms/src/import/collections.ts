import type { CollectionConfig } from 'payload'
import { ImportedPosts } from './records/ImportedPosts'
import { Imports } from './records/Imports'

/** The collections of post imports: the import records with their reports, and what each imported post became. */
export const importCollections: CollectionConfig[] = [Imports, ImportedPosts]
