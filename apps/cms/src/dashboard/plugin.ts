import type { CollectionConfig, Plugin } from 'payload'
import { isSiteCollection } from './siteStatus'
import { siteStatusEndpoint } from './siteStatusEndpoint'

/** The sidebar's "On the site" (./SiteStatusField.tsx). */
export const SITE_STATUS_FIELD = '/dashboard/SiteStatusField#SiteStatusField'

/** The brand dashboard above Payload's collection cards (./BrandDashboard.tsx). */
export const BRAND_DASHBOARD = '/dashboard/BrandDashboard#BrandDashboard'

function withSiteStatus(collection: CollectionConfig): CollectionConfig {
  if (!isSiteCollection(collection.slug)) return collection
  return {
    ...collection,
    endpoints: [...(Array.isArray(collection.endpoints) ? collection.endpoints : []), siteStatusEndpoint(collection.slug)],
    fields: [
      // A `ui` field stores nothing. First, so it heads the sidebar: what happened to the last publish.
      { name: 'siteStatus', label: 'On the site', type: 'ui', admin: { position: 'sidebar', disableListColumn: true, components: { Field: SITE_STATUS_FIELD } } },
      ...collection.fields,
    ],
  }
}

/**
 * What editors learn about their brands: each document that a brand site shows tells in its
 * sidebar whether its latest publish is live (`GET /api/<collection>/:id/site-status`), and the
 * admin's dashboard opens with what needs the user's attention, per brand (see docs/dashboard.md).
 */
export const dashboardPlugin: Plugin = (config) => ({
  ...config,
  admin: {
    ...config.admin,
    components: { ...config.admin?.components, beforeDashboard: [...(config.admin?.components?.beforeDashboard ?? []), BRAND_DASHBOARD] },
  },
  collections: (config.collections ?? []).map(withSiteStatus),
})
