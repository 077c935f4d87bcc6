/**
 * Playwright 1.65's JSON reporter writes nothing when global setup fails (its onEnd reads the
 * suite that onBegin, never called then, would have set), which would leave the repo's
 * test-all without a report for this package. This writes a minimal report of the same shape
 * in its place, carrying the setup error, so the summary names the failed step.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import type { FullConfig } from '@playwright/test'

/** Where the configured `json` reporter writes, or null when there is none. */
function jsonReportFile(config: FullConfig): string | null {
  for (const [name, options] of config.reporter) {
    const outputFile = (options as { outputFile?: unknown } | undefined)?.outputFile
    if (name === 'json' && typeof outputFile === 'string') return path.resolve(config.configFile === undefined ? config.rootDir : path.dirname(config.configFile), outputFile)
  }
  return null
}

/** Writes a JSON report holding only `error`, as Playwright reports errors outside tests. */
export function writeSetupFailureReport(config: FullConfig, error: unknown): void {
  const file = jsonReportFile(config)
  if (file === null) return
  const message = error instanceof Error ? error.message : String(error)
  const report = {
    config: { rootDir: config.rootDir },
    suites: [],
    errors: [{ message: `global setup failed: ${message}` }],
    stats: { startTime: new Date().toISOString(), duration: 0, expected: 0, skipped: 0, unexpected: 0, flaky: 0 },
  }
  mkdirSync(path.dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
}
