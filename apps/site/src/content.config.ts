import { ArticleSchema, AuthorSchema, BrandSchema, ClinicSchema, ComparisonSchema, ConditionSchema, FaqSchema, TherapySchema } from '@clinic/schema'
import { defineCollection } from 'astro:content'
import { snapshotLoader } from './loaders/snapshotLoader'

/*
 * One brand per build: every collection is read from the one validated snapshot named by
 * SITE_SNAPSHOT_FILE (see src/loaders/snapshotLoader.ts for why a loader and not a JSON import).
 *
 * The schemas only give `getCollection` its types. The loader does not call `parseData`:
 * the whole snapshot was validated by `parseBrandSnapshot`, which also checks what a
 * per-entry schema cannot (references between documents) and names brand, document and field.
 */
export const collections = {
  brand: defineCollection({ loader: snapshotLoader('brand', (snapshot) => [snapshot.brand]), schema: BrandSchema }),
  articles: defineCollection({ loader: snapshotLoader('articles', (snapshot) => snapshot.articles), schema: ArticleSchema }),
  therapies: defineCollection({ loader: snapshotLoader('therapies', (snapshot) => snapshot.therapies), schema: TherapySchema }),
  clinics: defineCollection({ loader: snapshotLoader('clinics', (snapshot) => snapshot.clinics), schema: ClinicSchema }),
  conditions: defineCollection({ loader: snapshotLoader('conditions', (snapshot) => snapshot.conditions), schema: ConditionSchema }),
  authors: defineCollection({ loader: snapshotLoader('authors', (snapshot) => snapshot.authors), schema: AuthorSchema }),
  faqs: defineCollection({ loader: snapshotLoader('faqs', (snapshot) => snapshot.faqs), schema: FaqSchema }),
  comparisons: defineCollection({ loader: snapshotLoader('comparisons', (snapshot) => snapshot.comparisons), schema: ComparisonSchema }),
}
