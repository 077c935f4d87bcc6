import { spawn } from 'node:child_process'
import path from 'node:path'
import { type CmsProcess, healthy, startCmsProcess, whenCmsAnswers } from '../../../src/server/cmsProcess'
import { e2eOnlyEnv } from '../e2eEnv'

export type { CmsProcess }

/** apps/cms: where the servers and scripts run. */
const CMS_DIR = path.resolve(import.meta.dirname, '../../..')

const verbose = (label: string) => (text: string) => {
  if (e2eOnlyEnv.scaleOutVerbose) for (const line of text.trimEnd().split('\n')) console.log(`[${label}] ${line}`)
}

/** Runs a tsx script of apps/cms to its end; rejects with its output when it fails. */
export async function runScript(script: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  let output = ''
  const child = spawn(process.execPath, ['--import', 'tsx', script, ...args], { cwd: CMS_DIR, env, stdio: ['ignore', 'pipe', 'pipe'] })
  const keep = (chunk: Buffer) => {
    output += chunk.toString()
    verbose(path.basename(script))(chunk.toString())
  }
  child.stdout.on('data', keep)
  child.stderr.on('data', keep)
  const code = await new Promise<number | null>((resolve, reject) => {
    child.once('error', reject)
    child.once('exit', resolve)
  })
  if (code !== 0) throw new Error(`${script} ${args.join(' ')} exited with ${code}:\n${output.slice(-5_000)}`)
  return output
}

/** Starts the CMS server (production build) on `port` and resolves once `/api/health` answers 200. */
export async function startCms(port: number, env: NodeJS.ProcessEnv, label: string): Promise<CmsProcess> {
  const server = startCmsProcess({ port, env, hostname: 'localhost', onOutput: verbose(label) })
  try {
    await whenCmsAnswers(server, healthy(server), 120_000)
  } catch (error) {
    await server.stop('SIGKILL')
    throw error
  }
  return server
}
