import type { Author } from '../../payload-types'
import type { MapContext } from './context'

/** An author as the snapshot carries them; unset text fields become empty strings. */
export function mapAuthor(author: Author, ctx: MapContext) {
  return {
    id: String(author.id),
    name: author.name,
    slug: author.slug,
    credentials: author.credentials ?? '',
    jobTitle: author.jobTitle ?? '',
    bio: author.bio ?? '',
    photo: ctx.mediaOf(author.photo, { collection: 'authors', id: String(author.id) }, 'photo'),
    // Their profile, when it is published for this brand; otherwise the byline links nowhere.
    provider: ctx.keep('providers', [author.provider])[0] ?? null,
  }
}
