import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

/** The first line of `hugo version`, or null when hugo is not on PATH (install: `apt-get install hugo`). */
export function hugoVersion(): string | null {
  const result = spawnSync('hugo', ['version'], { encoding: 'utf8' })
  if (result.error || result.status !== 0) return null
  return result.stdout.trim().split('\n')[0] || null
}

/** Every index.html under `dir`. */
export function countPages(dir: string): number {
  let pages = 0
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(current, entry.name))
      else if (entry.name === 'index.html') pages += 1
    }
  }
  walk(dir)
  return pages
}

/**
 * Hugo always writes `<list>/page/1/index.html`, a tiny redirect to `<list>/` (disableAliases
 * does not cover it); the Astro site has no such page. Removed after the timed build so the page
 * counts compare like for like. Returns how many were removed.
 */
export function removePageOneRedirects(dir: string): number {
  let removed = 0
  const walk = (current: string) => {
    for (const entry of fs.readdirSync(current, { withFileTypes: true })) {
      if (!entry.isDirectory()) continue
      const full = path.join(current, entry.name)
      const stub = path.join(full, '1', 'index.html')
      if (entry.name === 'page' && fs.existsSync(stub) && fs.readFileSync(stub, 'utf8').includes('http-equiv="refresh"')) {
        fs.rmSync(path.join(full, '1'), { recursive: true })
        removed += 1
        if (fs.readdirSync(full).length === 0) fs.rmdirSync(full)
        continue
      }
      walk(full)
    }
  }
  walk(dir)
  return removed
}

/**
 * Runs `hugo --quiet --source <projectDir> --destination <outDir> --cacheDir <cacheDir>` into
 * a fresh outDir with a fresh cache (so remote images are downloaded and resized, as the Astro
 * build does every time). Resolves with the seconds of the hugo process alone and the pages;
 * rejects with hugo's output when it fails.
 */
export function buildHugoSite({ projectDir, outDir, cacheDir }: { projectDir: string; outDir: string; cacheDir: string }): Promise<{ seconds: number; pages: number; aliasesRemoved: number; output: string }> {
  fs.rmSync(outDir, { recursive: true, force: true })
  fs.rmSync(cacheDir, { recursive: true, force: true })
  fs.mkdirSync(cacheDir, { recursive: true })
  return new Promise((resolve, reject) => {
    const started = performance.now()
    const child = spawn('hugo', ['--quiet', '--source', projectDir, '--destination', outDir, '--cacheDir', cacheDir], { stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk))
    child.on('error', (error) => reject(new Error(`could not start hugo: ${error.message}`)))
    child.on('close', (code) => {
      const seconds = (performance.now() - started) / 1000
      if (code !== 0) {
        reject(new Error(`hugo failed (exit code ${code}) for ${projectDir}:\n${output.trim().split('\n').slice(-30).join('\n')}`))
        return
      }
      const aliasesRemoved = removePageOneRedirects(outDir)
      resolve({ seconds, pages: countPages(outDir), aliasesRemoved, output: output.trim() })
    })
  })
}
