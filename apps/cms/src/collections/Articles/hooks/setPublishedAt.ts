import type { CollectionBeforeChangeHook } from 'payload'

/** Stamps the first publication date, unless the editor chose one. */
export const setPublishedAt: CollectionBeforeChangeHook = ({ data }) => {
  if (data._status === 'published' && !data.publishedAt) {
    return { ...data, publishedAt: new Date().toISOString() }
  }
  return data
}
