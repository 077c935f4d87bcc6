/**
 * What the end-to-end suite and the benchmark take from the site (`site/testing`): the route
 * map and appointment rules the pages use, the preview server, and the page-weight measurer.
 * Other workspaces import these through the package, never by a relative path.
 */
export { ARTICLES_PER_PAGE, routes } from '../src/lib/routes'
export { appointmentFormOptions, takesAppointmentRequests } from '../src/lib/appointments'
export { indexSite } from '../src/lib/siteIndex'
export { type RunningServer, contentTypeOf, startMediaServer, startSiteServer } from './lib/static-server'
export { type PageWeight, PHONE, measurePages, pageType } from './lib/page-weights'
