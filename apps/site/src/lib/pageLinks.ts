import type { SitePage } from '@clinic/schema'
import { type Routes, sitePageHref } from './routes'
import type { SiteData } from './siteIndex'

/**
 * Where a rich-text link to one of the site's fixed pages leads on this brand's site, or null
 * when the words should stay without a link. A brand that takes no appointment requests links
 * to no request page anywhere (header, footer, booking boxes), so a "request an appointment"
 * link (often a converted "book now") leads to the locations, where each clinic's phone number
 * and booking link are; a brand without clinics (a publication) has nowhere to send it.
 */
export function sitePageLinkHref(site: Pick<SiteData, 'brand' | 'clinics'>, r: Routes, page: SitePage): string | null {
  if (page === 'request-appointment' && !site.brand.acceptsAppointments) return site.clinics.length > 0 ? r.locations() : null
  return sitePageHref(r, page)
}
