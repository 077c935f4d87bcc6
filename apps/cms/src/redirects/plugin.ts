import { PAGE_COLLECTIONS, type PageCollection } from '@clinic/schema'
import { redirectsPlugin as payloadRedirectsPlugin } from '@payloadcms/plugin-redirects'
import type { CollectionBeforeDeleteHook, CollectionConfig, Field, FilterOptions, Plugin, RelationshipField, TextField } from 'payload'
import { refId } from '../access/userBrands'
import { contentAccess } from '../collections/contentAccess'
import { brandsField } from '../fields/brands'
import { rebuildOnPublish } from '../rebuild'
import { checkRedirect } from './checkRedirect'
import { followSlugChanges } from './followSlugChanges'
import { ofBrand } from './livePage'
import { REDIRECT_ORIGINS, type RedirectOrigin } from './target'

type Id = number | string

const ORIGIN_LABELS: Record<RedirectOrigin, string> = { manual: 'Added by an editor', 'slug-change': 'Slug change', import: 'Post import' }

const isPageCollection = (slug: string): slug is PageCollection => (PAGE_COLLECTIONS as readonly string[]).includes(slug)

/** The document picker lists pages of the redirect's brand only (and Payload checks the same on save). */
const sameBrandPages: FilterOptions = ({ data, relationTo }) => {
  const brand = refId((data as { brand?: Id | { id: Id } | null } | undefined)?.brand)
  return brand === null || !isPageCollection(relationTo) ? true : ofBrand(relationTo, brand)
}

/** The plugin's `from` and `to` fields, told apart per brand and explained for editors. */
function adjustField(field: Field): Field {
  if (!('name' in field)) return field
  if (field.name === 'from' && field.type === 'text') {
    return {
      ...field,
      label: 'Old address',
      // Unique per brand (the compound index below), not across the network: two brands may both have had /blog/.
      unique: false,
      index: true,
      admin: { ...field.admin, description: 'A path on the brand\'s site, such as /blog/knee-pain-tips/. A full address of the old site is reduced to its path; the query is dropped.' },
    }
  }
  if (field.name === 'to' && field.type === 'group') {
    return {
      ...field,
      fields: field.fields.map((sub) => {
        if (!('name' in sub)) return sub
        if (sub.name === 'reference' && sub.type === 'relationship') {
          return { ...sub, filterOptions: sameBrandPages, admin: { ...sub.admin, description: 'The page of this brand it leads to; it follows the page when its slug changes.' } } as RelationshipField
        }
        if (sub.name === 'url' && sub.type === 'text') {
          return { ...sub, admin: { ...sub.admin, description: 'A path on the brand\'s site (/faq/, /request-appointment/) or a full https:// address elsewhere.' } } as TextField
        }
        return sub
      }),
    }
  }
  return field
}

/** Who made the redirect, for editors reading the list. */
const originField: Field = {
  name: 'origin',
  type: 'select',
  // Not required: API clients leave it out, and the default says an editor made it.
  defaultValue: 'manual',
  options: REDIRECT_ORIGINS.map((value) => ({ value, label: ORIGIN_LABELS[value] })),
  admin: { position: 'sidebar', readOnly: true },
}

/** A deleted brand's redirects go with it, in the brand delete's transaction; its site is gone, so nothing is rebuilt. */
const deleteBrandRedirects: CollectionBeforeDeleteHook = async ({ id, req }) => {
  await req.payload.db.deleteMany({ collection: 'redirects', where: { brand: { equals: id } }, req })
}

/** The page collections' hooks that turn a published slug change into a redirect (./followSlugChanges.ts). */
function withSlugChangeRedirects(collection: CollectionConfig & { slug: PageCollection }): CollectionConfig {
  const hooks = followSlugChanges(collection.slug)
  return {
    ...collection,
    hooks: {
      ...collection.hooks,
      beforeChange: [...(collection.hooks?.beforeChange ?? []), hooks.beforeChange],
      afterChange: [...(collection.hooks?.afterChange ?? []), hooks.afterChange],
      beforeDelete: [...(collection.hooks?.beforeDelete ?? []), hooks.beforeDelete],
    },
  }
}

/**
 * Old addresses that lead to a brand site's current pages: `@payloadcms/plugin-redirects`'s
 * `redirects` collection, scoped to one brand per redirect (staff read their brands'
 * redirects; network admins, brand admins and editors change them; contributors only read,
 * because a redirect has no draft: every save changes the site), checked by ./checkRedirect.ts
 * and published through the brand snapshot. Every redirect is permanent (301), so the plugin's
 * redirect types are not offered. A published page whose slug changes gets a redirect from
 * its old address; a page published at an old address takes it back.
 */
export const redirectsPlugin = (): Plugin => async (incoming) => {
  const config = await payloadRedirectsPlugin({
    collections: [...PAGE_COLLECTIONS],
    overrides: {
      labels: { singular: 'Redirect', plural: 'Redirects' },
      admin: {
        useAsTitle: 'from',
        defaultColumns: ['from', 'to.type', 'brand', 'origin', 'updatedAt'],
        group: 'Content',
        description: 'Old addresses of a brand\'s site and the page each leads to now. Added when a published page\'s slug changes and by post imports; the site build publishes them.',
      },
      // Not the plugin's public read: visitors get redirects through the brand sites.
      access: contentAccess({ collection: 'redirects', brandField: 'brand', drafts: false }),
      hooks: { beforeValidate: [checkRedirect] },
      indexes: [{ fields: ['brand', 'from'], unique: true }],
      fields: ({ defaultFields }) => [...defaultFields.map(adjustField), brandsField({ name: 'brand' }), originField],
    },
  })(incoming)
  const collections = (config.collections ?? []).map((collection) => {
    // Redirects change what a brand site publishes, so saving one rebuilds it.
    if (collection.slug === 'redirects') return rebuildOnPublish(collection)
    if (collection.slug === 'brands') {
      return { ...collection, hooks: { ...collection.hooks, beforeDelete: [...(collection.hooks?.beforeDelete ?? []), deleteBrandRedirects] } }
    }
    const slug = collection.slug
    return isPageCollection(slug) ? withSlugChangeRedirects({ ...collection, slug }) : collection
  })
  return { ...config, collections }
}
