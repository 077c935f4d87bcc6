/**
 * Writes brand snapshots through the Local API, for builds on the same machine:
 *   pnpm --filter cms snapshot --brand <slug> [--out file.json]
 *   pnpm --filter cms snapshot --all --out-dir <dir>
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { SnapshotValidationError } from '@clinic/schema'
import { getPayload } from 'payload'
import config from '../payload.config'
import { env } from '../env'
import { buildBrandSnapshot } from '../snapshot/buildSnapshot'

const usage = 'usage: snapshot --brand <slug> [--out <file>] | --all --out-dir <dir>'
const { values } = parseArgs({
  options: {
    brand: { type: 'string' },
    out: { type: 'string' },
    all: { type: 'boolean', default: false },
    'out-dir': { type: 'string' },
  },
})
if ((values.brand === undefined) === !values.all || (values.all && values['out-dir'] === undefined)) {
  console.error(usage)
  process.exit(2)
}

// Paths are given relative to where the command was typed, not to apps/cms.
const fromCaller = (file: string) => path.resolve(env.callerDir, file)

async function writeJson(file: string, value: unknown) {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  await fs.writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`)
  await fs.rename(temporary, file)
}

const payload = await getPayload({ config })
try {
  const slugs = values.all
    ? (await payload.find({ collection: 'brands', where: { _status: { equals: 'published' } }, depth: 0, pagination: false, overrideAccess: true, sort: 'slug' })).docs.map((brand) => brand.slug)
    : [values.brand as string]
  if (slugs.length === 0) throw new Error('There are no published brands in the database: publish one in the admin, or run `pnpm seed` for the demo network.')
  for (const slug of slugs) {
    const snapshot = await buildBrandSnapshot(payload, slug, { serverUrl: env.serverUrl })
    if (values.all) {
      const file = fromCaller(path.join(values['out-dir'] as string, `${slug}.json`))
      await writeJson(file, snapshot)
      console.error(`› ${slug}: ${snapshot.articles.length} articles, ${snapshot.clinics.length} clinics → ${file}`)
    } else if (values.out) {
      await writeJson(fromCaller(values.out), snapshot)
      console.error(`› ${slug} → ${fromCaller(values.out)}`)
    } else {
      process.stdout.write(`${JSON.stringify(snapshot, null, 2)}\n`)
    }
  }
} catch (error) {
  console.error(`✖ ${error instanceof SnapshotValidationError || error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
