import { seoPlugin } from '@payloadcms/plugin-seo'
import type { CollectionConfig, Config, Field, Plugin } from 'payload'
import { seoGroup } from './fields'
import { generateDescription, generateImage, generateTitle, generateURL } from './generate'
import { SEO_COLLECTIONS, isSeoCollection } from './pages'

const isSeoField = (field: Field) => 'name' in field && (field.name === 'meta' || field.name === 'seo')

/** The plugin's own `meta` group (or a collection's earlier `seo` group) replaced by ours, where the page's fields end. */
function withSeoGroup(collection: CollectionConfig): CollectionConfig {
  if (!isSeoCollection(collection.slug)) return collection
  return { ...collection, fields: [...collection.fields.filter((field) => !isSeoField(field)), seoGroup()] }
}

/**
 * Search and social fields on every collection whose documents are pages of a brand site
 * (src/seo/pages.ts), through `@payloadcms/plugin-seo`: its Auto-generate endpoints (which check
 * that the editor may read the document), its field components, length hints, overview and
 * search-result preview. The fields are stored as `seo` (the snapshot's name) rather than the
 * plugin's `meta`; defaults come from the page's title, lead and main image (src/seo/generate.ts).
 */
export const seo: Plugin = (config: Config): Config => {
  const withPlugin = seoPlugin({
    collections: [...SEO_COLLECTIONS],
    uploadsCollection: 'media',
    generateTitle,
    generateDescription,
    generateImage,
    generateURL,
  })(config)
  return { ...withPlugin, collections: withPlugin.collections?.map(withSeoGroup) }
}
