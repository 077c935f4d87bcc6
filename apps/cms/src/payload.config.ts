import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'
import sharp from 'sharp'
import { Articles } from './collections/Articles'
import { Authors } from './collections/Authors'
import { Brands } from './collections/Brands'
import { Clinics } from './collections/Clinics'
import { Comparisons } from './collections/Comparisons'
import { Conditions } from './collections/Conditions'
import { Faqs } from './collections/Faqs'
import { Media } from './collections/Media'
import { Rebuilds } from './collections/Rebuilds'
import { Therapies } from './collections/Therapies'
import { Users } from './collections/Users'
import { databaseAdapter } from './db'
import { env } from './env'
import { rebuildOnPublish } from './rebuild'
import { bodyEditor } from './richText/editor'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  serverURL: env.serverUrl,
  secret: env.PAYLOAD_SECRET,
  db: databaseAdapter(env),
  editor: bodyEditor(),
  sharp,
  admin: {
    user: Users.slug,
    meta: { titleSuffix: ' · Clinic CMS' },
    // The built-in avatar, not Gravatar: the admin loads nothing from third parties.
    avatar: 'default',
    importMap: { baseDir: dirname },
  },
  collections: [
    // Everything a brand site shows: publishing, unpublishing or deleting it rebuilds those sites.
    ...[Articles, Comparisons, Faqs, Therapies, Conditions, Brands, Clinics, Authors].map(rebuildOnPublish),
    Media,
    Users,
    Rebuilds,
  ],
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
  graphQL: { disablePlaygroundInProduction: true },
  telemetry: false,
})
