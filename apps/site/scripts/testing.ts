/**
 * What the end-to-end suite and the benchmark take from the site (`site/testing`): the route
 * map and appointment rules the pages use, the page types, the HTML reader, the page-weight
 * measurer and the static file server. Other workspaces import these through the package,
 * never by a relative path.
 */
export { ARTICLES_PER_PAGE, routes } from '../src/lib/routes'
export { appointmentFormOptions, takesAppointmentRequests } from '../src/lib/appointments'
export { indexSite } from '../src/lib/siteIndex'
export { type RunningServer, contentTypeOf, startMediaServer, startSiteServer } from './lib/static-server'
export { PAGE_TYPES, PAGE_TYPE_PATTERNS, type PageType, classifyPath, pageType, slugOfPath } from './lib/page-types'
export { type Tag, documentTitle, elementIds, metaContent, srcsetUrls, startTags, visibleText } from './lib/html-reader'
export { type PageMeasurement, type PageWeight, measurePages, pageMeasurer } from './lib/page-weight/measure'
export { PHONE } from './lib/page-weight/images'
export { landingPagePaths } from './lib/landing-files'
export { SEARCH_INDEX_DIR, type SearchIndexStats } from './lib/search-index'
export { parseSearchIndexLines } from './lib/search-index-report'
