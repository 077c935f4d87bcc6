import { randomBytes } from 'node:crypto'
import type { Env } from '../env'

/*
 * Where an image's files live in the bucket and at which public URL. Pure functions without the
 * storage plugin, so the admin's proxy (src/proxy.ts) can read the media origin cheaply.
 *
 * Keys are `media/<folder>/<file name>`: every upload gets a new random folder
 * ({@link newObjectFolder}), so
 * - uploads never overwrite each other: Payload makes a file name unique among the images'
 *   names only, not among their resized copies (`knee-320x240.png` could be another image's
 *   thumbnail), and on object storage there is no folder on disk that would catch it;
 * - a URL cannot be guessed from a file name: an image uploaded for an unpublished article is
 *   at a public but unlisted address until a published page shows it.
 */

/** The key prefix of every image in the bucket. */
export const MEDIA_KEY_PREFIX = 'media'

/** A new random folder for one upload's files (the original and its sizes), below {@link MEDIA_KEY_PREFIX}. */
export function newObjectFolder(): string {
  return `${MEDIA_KEY_PREFIX}/${randomBytes(16).toString('hex')}`
}

/** The segments of a folder, without empty, `.` and `..` segments (a stored prefix is a key, never a path to leave). */
const segmentsOf = (folder: string) => folder.split(/[/\\]+/).filter((segment) => segment !== '' && segment !== '.' && segment !== '..')

/**
 * The object key of `filename` in a document's folder (its stored `prefix`). Images stored before
 * they had a folder (uploaded to MEDIA_DIR, then copied to the bucket) are directly below
 * {@link MEDIA_KEY_PREFIX}, which is where the storage plugin looks for them too.
 */
export function objectKey(folder: string | null | undefined, filename: string): string {
  const segments = segmentsOf(folder ?? '')
  return [...(segments.length > 0 ? segments : [MEDIA_KEY_PREFIX]), filename].join('/')
}

/** The public URL of an object: `publicUrl` (S3_PUBLIC_URL, no trailing slash) and the key, each segment URL-encoded. */
export function publicObjectUrl(publicUrl: string, key: string): string {
  return `${publicUrl}/${key.split('/').map(encodeURIComponent).join('/')}`
}

/** The origin images are loaded from besides the CMS itself (for Content-Security-Policy `img-src`), or null without object storage. */
export function mediaOrigin(env: Pick<Env, 's3'>): string | null {
  return env.s3 === null ? null : new URL(env.s3.publicUrl).origin
}
