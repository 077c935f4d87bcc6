import { type S3StorageOptions, s3Storage } from '@payloadcms/storage-s3'
import type { Plugin } from 'payload'
import { sanitizeFilename } from 'payload/shared'
import type { Env } from '../env'
import { MEDIA_KEY_PREFIX, objectKey, publicObjectUrl } from './objectKeys'

type ObjectStorage = NonNullable<Env['s3']>

/** The S3 client's settings for S3_*: AWS by region, or any S3-compatible service at S3_ENDPOINT. */
export function s3ClientConfig(s3: ObjectStorage): S3StorageOptions['config'] {
  return {
    region: s3.region,
    credentials: { accessKeyId: s3.accessKeyId, secretAccessKey: s3.secretAccessKey },
    ...(s3.endpoint === null
      ? {}
      : {
          endpoint: s3.endpoint,
          // `<endpoint>/<bucket>/<key>`: every S3-compatible service answers it, while bucket
          // subdomains need DNS (or a setting) that MinIO and self-hosted services often lack.
          forcePathStyle: true,
          // The SDK's default checksums send streamed bodies as `aws-chunked` with a trailer,
          // which several S3-compatible services store verbatim: the image would be corrupt.
          requestChecksumCalculation: 'WHEN_REQUIRED',
          responseChecksumValidation: 'WHEN_REQUIRED',
        }),
  }
}

/**
 * Media in object storage when S3_* is set (`env.s3`); without it, uploads stay in MEDIA_DIR
 * exactly as before. The storage fields (`prefix`, `_objectKey`) exist either way, so that one
 * database schema (and one set of migrations) serves both.
 *
 * With object storage:
 * - the original and every image size go to the bucket, under `media/<random folder>/`
 *   (./objectKeys.ts, ./objectFolder.ts); nothing is written to MEDIA_DIR;
 * - a document's `url` and each size's `url` are the public object URLs on S3_PUBLIC_URL, so
 *   snapshots carry them and site builds download the images from there, not from the CMS;
 * - the CMS does not serve the files (`/api/media/file/…`): they are published images, public by
 *   design at S3_PUBLIC_URL, as they are today at the CMS's file route. Who sees and changes
 *   image documents is unchanged (src/collections/Media/access.ts);
 * - deleting an image deletes its objects; replacing its file deletes the old ones.
 */
export function mediaStorage(env: Env): Plugin[] {
  const { s3 } = env
  return [
    s3Storage({
      enabled: s3 !== null,
      alwaysInsertFields: true,
      // Unused while disabled; the plugin still needs a name.
      bucket: s3?.bucket ?? 'media-in-media-dir',
      config: s3 === null ? {} : s3ClientConfig(s3),
      collections: {
        media: {
          prefix: MEDIA_KEY_PREFIX,
          // The files are read at S3_PUBLIC_URL, never through the CMS (see above).
          disablePayloadAccessControl: true,
          ...(s3 === null
            ? {}
            : {
                // The same key the plugin writes: the document's folder and the sanitized name.
                generateFileURL: ({ filename, prefix }) => publicObjectUrl(s3.publicUrl, objectKey(prefix, sanitizeFilename(filename))),
              }),
        },
      },
    }),
  ]
}
