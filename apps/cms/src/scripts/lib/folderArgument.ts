import path from 'node:path'
import { parseArgs } from 'node:util'

/**
 * The one folder option of a command line (`--out <folder>`, `--from <folder>`), as an absolute
 * path resolved against `callerDir` (where the command was typed: `env.callerDir`), not apps/cms. Prints
 * the usage and exits on `--help` (0) or a missing or unknown option (2).
 */
export function folderArgument(option: string, usage: string, callerDir: string): string {
  let values: Record<string, string | boolean | undefined>
  try {
    ;({ values } = parseArgs({ options: { [option]: { type: 'string' }, help: { type: 'boolean', default: false } } }))
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${usage}`)
    process.exit(2)
  }
  if (values.help === true) {
    console.error(usage)
    process.exit(0)
  }
  const folder = values[option]
  if (typeof folder !== 'string') {
    console.error(usage)
    process.exit(2)
  }
  return path.resolve(callerDir, folder)
}
