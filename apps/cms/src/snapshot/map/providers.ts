import type { Provider } from '../../payload-types'
import type { Located, MapContext } from './context'
import { mapSeo } from './seo'

/**
 * A provider as the snapshot carries them: references only to what is published for the brand
 * (load.ts leaves out providers whose clinics are all unpublished).
 */
export function mapProvider(provider: Provider, ctx: MapContext) {
  const at: Located = { collection: 'providers', id: String(provider.id) }
  return {
    id: String(provider.id),
    name: provider.name,
    slug: provider.slug,
    credentials: provider.credentials ?? [],
    jobTitle: provider.jobTitle,
    photo: ctx.mediaOf(provider.photo, at, 'photo'),
    bio: ctx.richText(provider.bio, at, 'bio'),
    clinics: ctx.keep('clinics', provider.clinics),
    therapies: ctx.keep('therapies', provider.therapies),
    conditions: ctx.keep('conditions', provider.conditions),
    languages: provider.languages ?? [],
    // Missing on documents saved before the field existed (MongoDB keeps them as they were).
    acceptingNewPatients: provider.acceptingNewPatients ?? true,
    npi: provider.npi || null,
    seo: mapSeo(provider.seo, ctx, at),
  }
}
