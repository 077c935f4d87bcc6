import BookingCallToAction from './BookingCallToAction.astro'
import BrandContact from './BrandContact.astro'
import ClinicList from './ClinicList.astro'
import Comparison from './Comparison.astro'

/**
 * The site's components an MDX page may use without importing them, each fed from the brand's
 * snapshot: `<Comparison slug="…" advice />`, `<ClinicList />`, `<BookingCallToAction />`,
 * `<BrandContact />`. Pages pass them as `<Content components={mdxComponents} />`.
 */
export const mdxComponents = { BookingCallToAction, BrandContact, ClinicList, Comparison }
