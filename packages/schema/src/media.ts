import { z } from 'zod'
import { HttpUrlSchema, IdSchema, NonEmptyTextSchema } from './common'

/** One resized rendition of an image. */
export const MediaSizeSchema = z.object({
  /** Name of the size in the CMS, e.g. `card`. */
  name: z.string().min(1),
  /** Absolute URL of the rendition. */
  url: HttpUrlSchema,
  width: z.int().positive(),
  height: z.int().positive(),
})

/** An image with its required alternative text. */
export const MediaSchema = z.object({
  id: IdSchema,
  /** Absolute http(s) URL of the original file. */
  url: HttpUrlSchema,
  /** What the image shows, for people who cannot see it. Never empty. */
  alt: NonEmptyTextSchema,
  width: z.int().positive(),
  height: z.int().positive(),
  mimeType: z.string().regex(/^image\//, 'media must be an image'),
  /** Smaller renditions, widest last. */
  sizes: z.array(MediaSizeSchema),
})

export type Media = z.output<typeof MediaSchema>
export type MediaSize = z.output<typeof MediaSizeSchema>
