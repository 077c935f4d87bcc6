import { APPOINTMENT_ENDPOINT_PATH } from '@clinic/schema'
import type { Brand } from '../../payload-types'
import type { MapContext } from './context'
import { mapSeo } from './seo'

/** The brand's own part of its snapshot: identity, theme, contact and where appointments are requested. */
export function mapBrand(brand: Brand, ctx: MapContext, serverUrl: string) {
  const acceptsAppointments = brand.acceptsAppointments ?? true
  return {
    id: String(brand.id),
    name: brand.name,
    slug: brand.slug,
    kind: brand.kind,
    tagline: brand.tagline,
    domain: brand.domain,
    theme: brand.theme,
    logo: ctx.mediaOf(brand.logo, { collection: 'brand', id: String(brand.id) }, 'logo'),
    contact: { phone: brand.contact?.phone || null, email: brand.contact?.email || null },
    socialLinks: (brand.socialLinks ?? []).map(({ platform, url }) => ({ platform, url })),
    acceptsAppointments,
    // The CMS's public endpoint, where the site's appointment form posts.
    appointmentUrl: acceptsAppointments ? `${serverUrl.replace(/\/+$/, '')}${APPOINTMENT_ENDPOINT_PATH}` : null,
    medicalDisclaimer: brand.medicalDisclaimer,
    privacyNotice: brand.privacyNotice,
    seo: mapSeo(brand.seo, ctx, { collection: 'brand', id: String(brand.id) }),
  }
}
