import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

/** Chromium's flags: headless, and nothing running in the background that would skew timings. */
export const CHROME_FLAGS = ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run']

/** A running Chromium with a DevTools port. */
export interface RunningChrome {
  port: number
  kill(): Promise<void>
}

interface ChromeLauncher {
  launch(options: { chromePath: string; chromeFlags: string[]; logLevel: 'silent'; handleSIGINT: boolean }): Promise<{ port: number; kill(): void | Promise<void> }>
}

/** chrome-launcher as lighthouse's own dependency (pnpm does not hoist it); undefined when it cannot be loaded. */
async function loadChromeLauncher(): Promise<ChromeLauncher | undefined> {
  try {
    const fromLighthouse = createRequire(fileURLToPath(import.meta.resolve('lighthouse')))
    return (await import(pathToFileURL(fromLighthouse.resolve('chrome-launcher')).href)) as ChromeLauncher
  } catch {
    // Fall back to starting Chromium ourselves.
    return undefined
  }
}

/** Reads the DevTools port Chromium prints on stderr. */
function devToolsPort(child: ReturnType<typeof spawn>, chromePath: string): Promise<number> {
  return new Promise((resolve, reject) => {
    let output = ''
    const timer = setTimeout(() => reject(new Error(`Chromium (${chromePath}) printed no DevTools port within 30 s:\n${output}`)), 30_000)
    child.once('error', (error) => reject(new Error(`Could not start Chromium (${chromePath}): ${error.message}`)))
    child.once('exit', (code) => reject(new Error(`Chromium (${chromePath}) exited (code ${code}) before it was ready:\n${output}`)))
    child.stderr?.on('data', (chunk: Buffer) => {
      output += chunk
      const match = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(output)
      if (match) {
        clearTimeout(timer)
        resolve(Number(match[1]))
      }
    })
  })
}

/** Starts Chromium with a DevTools port, through chrome-launcher when it loads. */
export async function launchChrome(chromePath: string): Promise<RunningChrome> {
  const launcher = await loadChromeLauncher()
  if (launcher?.launch) {
    const chrome = await launcher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent', handleSIGINT: true })
    return { port: chrome.port, kill: async () => chrome.kill() }
  }
  const profile = mkdtempSync(path.join(os.tmpdir(), 'lighthouse-chrome-'))
  const child = spawn(chromePath, [...CHROME_FLAGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] })
  const kill = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((resolve) => child.once('exit', resolve))
      child.kill('SIGTERM')
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))])
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL')
    }
    rmSync(profile, { recursive: true, force: true })
  }
  try {
    const port = await devToolsPort(child, chromePath)
    child.stderr.resume()
    return { port, kill }
  } catch (error) {
    await kill()
    throw error
  }
}
