import fs from 'node:fs/promises'
import path from 'node:path'
import { z } from 'zod'

/** The manifest's file name inside a backup folder. */
export const MANIFEST_FILE = 'manifest.json'
/** The media folder's name inside a backup folder. */
export const MEDIA_FOLDER = 'media'

const BackupManifestSchema = z.object({
  /** Bumped when the layout of a backup folder changes. */
  format: z.literal(1),
  /** When the database copy was taken (ISO 8601). */
  createdAt: z.iso.datetime(),
  /** The version of the CMS that wrote the backup (apps/cms/package.json). */
  cmsVersion: z.string(),
  database: z.object({
    kind: z.literal('sqlite'),
    /** The copy's file name inside the backup folder. */
    file: z.string().regex(/^[^/\\]+$/, 'database.file must be a file name without folders'),
    bytes: z.number().int().nonnegative(),
    /** The database file the copy was taken from. */
    source: z.string(),
    /** The last migration recorded in the copy (`dev`: a schema pushed in development), or null. */
    lastMigration: z.object({ name: z.string(), batch: z.number() }).nullable(),
  }),
  media: z.discriminatedUnion('kind', [
    /** The media folder was copied into the backup's `media/` folder. */
    z.object({ kind: z.literal('folder'), source: z.string(), files: z.number().int().nonnegative(), bytes: z.number().int().nonnegative() }),
    /** Media live in object storage: not in the backup. */
    z.object({ kind: z.literal('objectStorage'), bucket: z.string(), publicUrl: z.string() }),
  ]),
})

/** What a backup folder holds (`manifest.json`). */
export type BackupManifest = z.infer<typeof BackupManifestSchema>

/** Writes the manifest into the backup folder `dir`. */
export async function writeManifest(dir: string, manifest: BackupManifest): Promise<void> {
  await fs.writeFile(path.join(dir, MANIFEST_FILE), `${JSON.stringify(BackupManifestSchema.parse(manifest), null, 2)}\n`)
}

/** Reads and checks the manifest of the backup folder `dir`; the error says what is wrong with it. */
export async function readManifest(dir: string): Promise<BackupManifest> {
  const file = path.join(dir, MANIFEST_FILE)
  let text: string
  try {
    text = await fs.readFile(file, 'utf8')
  } catch {
    throw new Error(`${file} cannot be read: is ${dir} a folder written by \`pnpm --filter cms backup\`?`)
  }
  let data: unknown
  try {
    data = JSON.parse(text)
  } catch {
    throw new Error(`${file} is not JSON: the backup folder is damaged.`)
  }
  const result = BackupManifestSchema.safeParse(data)
  if (!result.success) throw new Error(`${file} is not a backup manifest: ${result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`)
  return result.data
}
