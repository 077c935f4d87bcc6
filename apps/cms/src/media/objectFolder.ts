import type { CollectionBeforeChangeHook, CollectionBeforeOperationHook } from 'payload'
import { newObjectFolder } from './objectKeys'

/*
 * Where a new file is stored is the server's choice, never the caller's. Payload keeps a `prefix`
 * (the storage folder) sent with an upload, on a create or an update that replaces the file. On
 * object storage that would let an editor put a file next to another brand's image and overwrite
 * it, or make an image point at another brand's objects and delete them with it. And Payload
 * looks for a taken file name within the given folder only, while file names are unique across
 * all images: a folder of the caller's would turn a repeated name into an error instead of
 * `name-1.png`.
 */

/** Payload stores a new file: a create, or an update that brings a file. */
const storesNewFile = (operation: string, file: unknown) => operation === 'create' || (operation === 'update' && Boolean(file))

/**
 * Clears the folder of a new file before Payload names the file, so the name is made unique
 * across all images (as in MEDIA_DIR). An update without a file keeps its folder: Payload
 * restores it from the stored image.
 */
export const clearUploadFolder: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (!storesNewFile(operation, req.file)) return args
  const { data } = args as { data?: unknown }
  if (typeof data !== 'object' || data === null) return args
  return { ...args, data: { ...data, prefix: undefined } }
}

/**
 * With object storage: a new random folder for each new file (./objectKeys.ts), set after Payload
 * named the file and before the storage plugin writes the objects to `<folder>/<name>`.
 */
export const assignObjectFolder: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (!storesNewFile(operation, req.file)) return data
  return { ...data, prefix: newObjectFolder() }
}
