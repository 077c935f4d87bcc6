import { spawn } from 'node:child_process'
import path from 'node:path'
import { childEnv } from './testEnv'

const CMS_ROOT = path.resolve(import.meta.dirname, '../../..')

/** What a command-line script printed, and how it ended. */
export interface ScriptRun {
  code: number | null
  stdout: string
  stderr: string
}

/**
 * Runs one of the CMS's command-line scripts (`src/scripts/<name>.ts`) under tsx, as
 * `pnpm --filter cms <name>` does, with this process's environment plus `env`.
 */
export function runCmsScript(name: string, args: string[], env: Record<string, string> = {}): Promise<ScriptRun> {
  const child = spawn(process.execPath, ['--import', 'tsx', '--no-deprecation', path.join('src', 'scripts', `${name}.ts`), ...args], {
    cwd: CMS_ROOT,
    env: childEnv(env),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stdout = ''
  let stderr = ''
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolve, reject) => {
    child.once('error', reject)
    child.once('close', (code) => resolve({ code, stdout, stderr }))
  })
}
