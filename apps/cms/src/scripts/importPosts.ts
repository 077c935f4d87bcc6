/**
 * Imports a clinic's existing posts into a brand as drafts, from the command line:
 *   pnpm --filter cms import-posts --brand <slug> [--dry-run] [--report <file.json>]
 *     [--images-from <url-or-folder>] [--overwrite-published] <file-or-folder>...
 * Files are WordPress exports (.xml), saved pages (.html) and zips of them; folders are read
 * with everything in them. Progress per post and a summary go to stderr; the report (the
 * contract's ImportReportSchema) to --report. Exits 1 when any input or post failed.
 */
import fs from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { getPayload } from 'payload'
import { importLimitsFromEnv } from '../import/limits'
import { collectInputs } from '../import/inputFiles'
import { ImportBrandNotFoundError, runImport } from '../import/runImport'
import { importSummary } from '../import/records/importRecord'
import type { PostProgress } from '../import/write/writeImport'
import { parseImagesFrom } from '../import/write/imageSource'
import config from '../payload.config'
import { env } from '../env'

const usage = 'usage: import-posts --brand <slug> [--dry-run] [--report <file.json>] [--images-from <url-or-folder>] [--overwrite-published] <file-or-folder>...'

let parsed: ReturnType<typeof parse>
function parse() {
  return parseArgs({
    allowPositionals: true,
    options: {
      brand: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
      report: { type: 'string' },
      'images-from': { type: 'string' },
      'overwrite-published': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
}
try {
  parsed = parse()
} catch (error) {
  console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
  process.exit(2)
}
const { values, positionals } = parsed
if (values.help) {
  console.error(usage)
  process.exit(0)
}
if (values.brand === undefined || positionals.length === 0) {
  console.error(usage)
  process.exit(2)
}

// Paths are given relative to where the command was typed, not to apps/cms.
const cwd = env.callerDir

async function writeJson(file: string, value: unknown) {
  await fs.mkdir(path.dirname(file), { recursive: true })
  const temporary = `${file}.${process.pid}.tmp`
  await fs.writeFile(temporary, `${JSON.stringify(value, null, 2)}\n`)
  await fs.rename(temporary, file)
}

const MARK: Record<PostProgress['status'], string> = { new: '+', update: '~', skipped: '-', failed: '✖' }
const LABEL: Record<PostProgress['status'], string> = { new: 'new', update: 'update', skipped: 'left alone', failed: 'FAILED' }

function progress(event: PostProgress) {
  const width = String(event.total).length
  const warnings = event.warnings > 0 ? ` (${event.warnings} warning${event.warnings === 1 ? '' : 's'})` : ''
  const reason = event.reason ? `\n      ${event.reason}` : ''
  console.error(`[${String(event.index).padStart(width)}/${event.total}] ${MARK[event.status]} ${LABEL[event.status]}: ${event.title} ← ${event.source}${warnings}${reason}`)
}

const limits = importLimitsFromEnv()
const payload = await getPayload({ config })
try {
  const imagesFrom = values['images-from'] === undefined ? null : parseImagesFrom(values['images-from'], cwd)
  const inputs = await collectInputs(positionals.map((entry) => path.resolve(cwd, entry)), limits)
  for (const problem of inputs.problems) console.error(`! ${problem}`)
  if (inputs.files.length === 0) throw new Error('No .xml, .html or .zip files were found in what you gave.')
  console.error(`› ${values['dry-run'] ? 'Previewing' : 'Importing'} ${inputs.files.length} file${inputs.files.length === 1 ? '' : 's'} into ${values.brand}${values['dry-run'] ? ' (dry run: nothing is written)' : ''}`)
  const result = await runImport(payload, {
    brand: values.brand,
    files: inputs.files,
    imageFiles: inputs.images,
    dryRun: values['dry-run'],
    overwritePublished: values['overwrite-published'],
    user: null,
    limits,
    imagesFrom,
    trustedImageSources: true,
    onPost: progress,
  })
  const { report } = result
  console.error(`\n${importSummary(report)}`)
  if (result.importId !== null) console.error(`\nRecorded as import ${String(result.importId)} (Administration › Post imports).`)
  if (values.report !== undefined) {
    const file = path.resolve(cwd, values.report)
    await writeJson(file, report)
    console.error(`Report written to ${file}`)
  }
  process.exitCode = report.errors.length > 0 ? 1 : 0
} catch (error) {
  console.error(`✖ ${error instanceof ImportBrandNotFoundError || error instanceof Error ? error.message : String(error)}`)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
