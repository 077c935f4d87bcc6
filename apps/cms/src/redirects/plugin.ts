import type { Plugin } from 'payload'

/** Old addresses that lead to a brand site's current pages (imported posts, changed slugs). */
export const redirectsPlugin = (): Plugin => (config) => config
