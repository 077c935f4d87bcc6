import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { BrandSnapshot, PageCollection } from '@clinic/schema'
import { CMS_ROOT, childProcessEnv, siteCommand } from '../env'
import { oneAtATime } from '../oneAtATime'

/** A preview that takes longer than this is stopped and reported. */
const RENDER_TIMEOUT_MS = 120_000
/** Rendered previews kept in memory, by the digest of what was rendered. */
const CACHE_SIZE = 20
/** Output lines kept for the error message of a failed render. */
const TAIL_LINES = 15

/** The site's renderer could not produce the page; `message` says why, for the editor. */
export class PreviewRenderError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'PreviewRenderError'
  }
}

export interface RenderPreviewOptions {
  /** Command and arguments that render `--snapshot <file> --out <file>`; the site's `render-preview` script (SITE_COMMAND) unless given (tests). */
  command?: readonly [string, ...string[]]
}

/** The site renderer needs none of the CMS's secrets or settings. */
const NOT_FOR_RENDERER = ['NODE_ENV', 'PAYLOAD_SECRET', 'DATABASE_URI', 'BUILD_TOKEN', 'CMS_BUILD_TOKEN', 'SNAPSHOT_DIR', 'SITE_SNAPSHOT_FILE', 'SITE_PREVIEW_ARTICLE']

const cache = new Map<string, string>()
/** Renders of this process, one after the other: they share apps/site and the machine's cores. */
const renderInTurn = oneAtATime(render)

/** The page a preview renders: one document of a page collection of the snapshot. */
export interface PreviewTarget {
  collection: PageCollection
  id: string
}

/**
 * Renders the page of one document of `snapshot` (an article, comparison, therapy, condition,
 * clinic or provider) with the site's own pages and components (apps/site, `render-preview`), in a
 * child process: about two seconds. Renders run one at a time, and the same content is rendered
 * once (an unchanged draft opened again is served from memory).
 */
export function renderDraftPreview(snapshot: BrandSnapshot, target: PreviewTarget, options: RenderPreviewOptions = {}): Promise<string> {
  // The same content makes the same page, whenever the snapshot was made.
  const key = createHash('sha256').update(`${target.collection}:${target.id}`).update('\n').update(JSON.stringify({ ...snapshot, generatedAt: null })).digest('hex')
  const cached = cache.get(key)
  if (cached !== undefined) return Promise.resolve(cached)
  return renderInTurn(snapshot, target, options.command ?? siteCommand('render-preview')).then((html) => {
    cache.set(key, html)
    if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value as string)
    return html
  })
}

async function render(snapshot: BrandSnapshot, target: PreviewTarget, [command, ...args]: readonly [string, ...string[]]): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'cms-preview-'))
  try {
    const snapshotFile = path.join(dir, 'snapshot.json')
    const outFile = path.join(dir, 'page.html')
    await writeFile(snapshotFile, JSON.stringify(snapshot))
    const document = `${target.collection}:${target.id}`
    await run(command, [...args, '--snapshot', snapshotFile, '--out', outFile], childProcessEnv({ SITE_PREVIEW_DOCUMENT: document, ASTRO_TELEMETRY_DISABLED: '1' }, NOT_FOR_RENDERER))
    return await readFile(outFile, 'utf8')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const tail: string[] = []
    const child = spawn(command, args, { cwd: CMS_ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] })
    const keep = (chunk: Buffer) => {
      for (const line of chunk.toString('utf8').split('\n')) {
        if (line.trim() === '') continue
        tail.push(line.trimEnd())
        if (tail.length > TAIL_LINES) tail.shift()
      }
    }
    child.stdout.on('data', keep)
    child.stderr.on('data', keep)
    const timer = setTimeout(() => child.kill('SIGTERM'), RENDER_TIMEOUT_MS)
    child.on('error', (error) => {
      clearTimeout(timer)
      reject(new PreviewRenderError(`The site renderer could not be started (${command}): ${error.message}`))
    })
    child.on('close', (code, signal) => {
      clearTimeout(timer)
      if (code === 0) resolve()
      else reject(new PreviewRenderError(`The site renderer ${signal ? `was stopped (${signal})` : `failed (exit code ${code})`}:\n${tail.join('\n')}`))
    })
  })
}
