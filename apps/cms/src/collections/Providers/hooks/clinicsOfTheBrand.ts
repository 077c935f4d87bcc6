import { type FieldHook, type FilterOptions, ValidationError } from 'payload'
import { refIds } from '../../../access/userBrands'

interface ProviderData {
  brand?: unknown
  clinics?: unknown
}

const brandOf = (data: ProviderData | undefined) => refIds(data?.brand)[0] ?? null

/** The admin offers only the clinics of the provider's brand (every readable one before a brand is chosen). */
export const clinicsOfTheProvidersBrand: FilterOptions = ({ data }) => {
  const brand = brandOf(data as ProviderData | undefined)
  return brand === null ? true : { brand: { equals: brand } }
}

/**
 * A provider practises at clinics of their own brand only. Checked on every save, drafts and
 * autosaves included (Payload applies `filterOptions` on validated saves only), so no draft can
 * tie a provider to another brand's clinic through the API. The message is the same for another
 * brand's clinic and for an id that names no clinic, so it tells nothing about other brands.
 */
export const refuseOtherBrandsClinics: FieldHook = async ({ collection, data, originalDoc, path, req, value }) => {
  const provider: ProviderData = { ...(originalDoc as ProviderData | undefined), ...(data as ProviderData | undefined) }
  const brand = brandOf(provider)
  const clinicIds = refIds(value ?? provider.clinics)
  if (brand === null || clinicIds.length === 0) return value
  const { docs } = await req.payload.find({
    collection: 'clinics',
    where: { and: [{ id: { in: clinicIds } }, { brand: { equals: brand } }] },
    select: {},
    depth: 0,
    draft: true,
    pagination: false,
    overrideAccess: true,
    req,
  })
  const ofTheBrand = new Set(docs.map((doc) => String(doc.id)))
  const others = clinicIds.map(String).filter((id) => !ofTheBrand.has(id))
  if (others.length === 0) return value
  const message = `A provider practises only at clinics of their own brand: remove clinic ${others.join(', ')}, which is not a clinic of this provider's brand.`
  throw new ValidationError({ collection: collection?.slug, errors: [{ path: path.join('.'), message }], req })
}
