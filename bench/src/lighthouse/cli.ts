/**
 * `pnpm --filter bench lighthouse --site-dir <dir> [--base-path /] [--json <file>] [--chrome-path <path>]`:
 * Lighthouse on the first page (in path order) of every page type of a built brand, plus the
 * 404 page, as a table. Exit code 0 when every page scored 100 in every category, 1 otherwise,
 * 2 on bad usage.
 */
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { parseArgs } from 'node:util'
import { chromiumPath } from '../env'
import { pagesOfEachType, runLighthouse } from './runner'
import { CATEGORIES, formatResults } from './summary'

const USAGE = 'usage: pnpm --filter bench lighthouse --site-dir <dir> [--base-path /] [--json <file>] [--chrome-path <path>]'

function options() {
  try {
    const { values } = parseArgs({ options: { 'site-dir': { type: 'string' }, 'base-path': { type: 'string', default: '/' }, json: { type: 'string' }, 'chrome-path': { type: 'string' } } })
    if (values['site-dir'] !== undefined) return { ...values, siteDir: path.resolve(values['site-dir']) }
    console.error(`✖ --site-dir is required\n${USAGE}`)
  } catch (error) {
    console.error(`✖ ${(error as Error).message}\n${USAGE}`)
  }
  return process.exit(2)
}

async function main(): Promise<number> {
  const values = options()
  const pages = await pagesOfEachType(values.siteDir)
  const started = performance.now()
  const results = await runLighthouse({
    siteDir: values.siteDir,
    basePath: values['base-path'],
    pages,
    chromePath: values['chrome-path'] ?? chromiumPath(),
    onProgress: (event) => {
      if (event.phase === 'start') console.error(`› ${event.index + 1}/${event.total} ${event.page.type}: /${event.page.path}`)
      else console.error(`  ${CATEGORIES.map((id) => `${id} ${event.result.scores[id] ?? '–'}`).join(', ')}`)
    },
  })
  console.error(`› ${results.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  if (values.json) await writeFile(values.json, `${JSON.stringify(results, null, 2)}\n`)
  process.stdout.write(`${formatResults(results)}\n`)
  return results.every((r) => CATEGORIES.every((id) => r.scores[id] === 100)) ? 0 : 1
}

try {
  process.exitCode = await main()
} catch (error) {
  console.error(`✖ ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`)
  process.exitCode = 1
}
