/**
 * `pnpm --filter cms bench:wxr --out <dir> [--posts 1000]`: writes the benchmark's import input,
 * a generated WordPress export and the images it points at (see benchWxr.ts), into `<dir>`.
 * The last stdout line is JSON: `{ "file": <export.xml>, "imagesDir": <folder for --images-from> }`.
 */
import path from 'node:path'
import { parseArgs } from 'node:util'
import { env } from '../env'
import { writeGeneratedImport } from './benchWxr'

const usage = 'usage: bench:wxr --out <dir> [--posts 1000]'

function options(): { out: string; posts: number } {
  try {
    const { values } = parseArgs({ options: { out: { type: 'string' }, posts: { type: 'string', default: '1000' } } })
    const posts = Number(values.posts)
    if (values.out !== undefined && Number.isInteger(posts) && posts >= 1) {
      // Paths are given relative to where the command was typed, not to apps/cms.
      return { out: path.resolve(env.callerDir, values.out), posts }
    }
    console.error(`✖ --out is required and --posts must be an integer ≥ 1, got "${values.posts}"\n${usage}`)
  } catch (error) {
    console.error(`✖ ${(error as Error).message}\n${usage}`)
  }
  return process.exit(2)
}

const { out, posts } = options()
console.log(JSON.stringify(writeGeneratedImport(out, posts)))
