import type { Brand, Media } from '@clinic/schema'
import { getImage } from 'astro:assets'
import { canonicalUrl } from './routes'

/**
 * An absolute URL on the brand's own domain for an image the build copies into the site
 * (for Open Graph and JSON-LD), so nothing a visitor or a crawler loads comes from the CMS.
 */
export async function publicImageUrl(media: Media, domain: string, base: string, width = 1200): Promise<string> {
  const scaled = Math.min(width, media.width)
  const image = await getImage({ src: media.url, width: scaled, height: Math.round((media.height * scaled) / media.width), format: 'jpeg' })
  return canonicalUrl(domain, base, image.src)
}

/** The brand with its logo URL moved onto its own domain, for structured data. */
export async function brandWithPublicLogo(brand: Brand, base: string): Promise<Brand> {
  if (!brand.logo) return brand
  return { ...brand, logo: { ...brand.logo, url: await publicImageUrl(brand.logo, brand.domain, base, brand.logo.width) } }
}
