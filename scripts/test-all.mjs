#!/usr/bin/env node
// Runs every workspace package's `test` script through turbo, then reads the
// JSON reports the runners wrote and prints one table and one summary line.
//
// Report convention: a package's `test` script writes each runner's JSON
// report to `<package>/.test-results/<runner>.json` (vitest's `json` reporter,
// Playwright's `json` reporter). A package with a `test` script that leaves no
// report, or a report in which no test ran, fails the run.
//
// The last line printed is always `N passed, N failed, N skipped`.
import { spawnSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { stripVTControlCharacters } from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
/** The workspace's package locations, as in pnpm-workspace.yaml: `group/*` or one folder. */
const workspaceDirs = ['apps/*', 'packages/*', 'e2e']
const reportDir = '.test-results'

if (process.argv.length > 2) {
  console.error(
    'test-all takes no arguments: it runs every package. To run one package: pnpm --filter <name> test',
  )
  process.exit(2)
}

/** Workspace packages that define a `test` script. */
function packagesWithTests() {
  const found = []
  const dirs = workspaceDirs.flatMap((pattern) => {
    if (!pattern.endsWith('/*')) return [path.join(root, pattern)]
    const groupDir = path.join(root, pattern.slice(0, -2))
    if (!existsSync(groupDir)) return []
    return readdirSync(groupDir, { withFileTypes: true })
      .filter((entry) => entry.isDirectory())
      .map((entry) => path.join(groupDir, entry.name))
  })
  for (const dir of dirs) {
    const manifestPath = path.join(dir, 'package.json')
    if (!existsSync(manifestPath)) continue
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8'))
    if (manifest.scripts?.test) {
      found.push({ name: manifest.name ?? path.basename(dir), dir, rel: path.relative(root, dir) })
    }
  }
  return found.sort((a, b) => a.rel.localeCompare(b.rel))
}

/**
 * Counts from one report file: { runner, passed, failed, skipped, notes, warnings },
 * where notes explain failures and warnings do not fail the run.
 * Throws with a readable message when the file is not a report we know.
 */
function readReport(file) {
  const report = JSON.parse(readFileSync(file, 'utf8'))
  const notes = []

  // vitest's json reporter (Jest-compatible shape).
  if (typeof report.numTotalTests === 'number') {
    let failed = report.numFailedTests ?? 0
    // A test file that fails to load has no failing test, only a failed suite.
    const brokenFiles = (report.testResults ?? []).filter(
      (file) =>
        file.status === 'failed' &&
        !(file.assertionResults ?? []).some((test) => test.status === 'failed'),
    )
    for (const broken of brokenFiles) {
      notes.push(`${path.relative(root, broken.name)} failed to run: ${firstLine(broken.message)}`)
    }
    failed += brokenFiles.length
    // "No test files found" also ends with success: false; that case is
    // reported as "no test was executed" below rather than as a failure here.
    if (report.success === false && failed === 0 && report.numTotalTests > 0) {
      notes.push('vitest reported the run as failed (unhandled error?); see its output above')
      failed = 1
    }
    return {
      runner: 'vitest',
      passed: report.numPassedTests ?? 0,
      failed,
      skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
      notes,
      warnings: [],
    }
  }

  // Playwright's json reporter.
  if (report.stats && typeof report.stats.expected === 'number') {
    const { expected = 0, unexpected = 0, skipped = 0, flaky = 0 } = report.stats
    let failed = unexpected
    // Errors outside tests (global setup, web server) leave the counts at zero.
    for (const error of report.errors ?? []) {
      notes.push(`playwright error: ${firstLine(error.message)}`)
    }
    if ((report.errors ?? []).length > 0 && failed === 0) failed = 1
    const warnings = flaky > 0 ? [`${flaky} flaky test(s) passed only on retry`] : []
    return { runner: 'playwright', passed: expected + flaky, failed, skipped, notes, warnings }
  }

  throw new Error('not a vitest or Playwright JSON report')
}

function firstLine(text) {
  // Without colour codes, so notes stay readable in CI logs.
  return stripVTControlCharacters(String(text ?? '')).split('\n').find(Boolean) ?? ''
}

function printTable(rows) {
  const header = ['package', 'runner', 'passed', 'failed', 'skipped', 'status']
  const cells = rows.map((row) => [
    row.pkg,
    row.runner,
    String(row.passed),
    String(row.failed),
    String(row.skipped),
    row.status,
  ])
  const widths = header.map((title, i) => Math.max(title.length, ...cells.map((line) => line[i].length)))
  const numeric = new Set([2, 3, 4])
  const format = (line) =>
    line
      .map((cell, i) => (numeric.has(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
      .join('  ')
      .trimEnd()
  console.log(format(header))
  console.log(widths.map((width) => '─'.repeat(width)).join('  '))
  for (const line of cells) console.log(format(line))
}

const packages = packagesWithTests()
for (const pkg of packages) {
  rmSync(path.join(pkg.dir, reportDir), { recursive: true, force: true })
}

// One package at a time: the suites build Next and Astro apps and drive Chromium, and on two
// cores running them side by side only makes each slower and timing-sensitive.
const turbo = spawnSync('pnpm', ['exec', 'turbo', 'run', 'test', '--continue', '--concurrency=1'], {
  cwd: root,
  stdio: 'inherit',
})
if (turbo.error) console.error(`Could not start turbo: ${turbo.error.message}`)
const turboFailed = turbo.status !== 0

const rows = []
const problems = []
const warnings = []
for (const pkg of packages) {
  const dir = path.join(pkg.dir, reportDir)
  const files = existsSync(dir)
    ? readdirSync(dir)
        .filter((file) => file.endsWith('.json'))
        .sort()
    : []
  if (files.length === 0) {
    rows.push({ pkg: pkg.name, runner: '-', passed: 0, failed: 1, skipped: 0, status: 'NO REPORT' })
    problems.push(
      `${pkg.name}: its test script wrote no report to ${pkg.rel}/${reportDir}/*.json ` +
        '(did it crash before running, or is the reporter missing from its test script?)',
    )
    continue
  }
  for (const file of files) {
    const rel = `${pkg.rel}/${reportDir}/${file}`
    let counts
    try {
      counts = readReport(path.join(dir, file))
    } catch (error) {
      rows.push({ pkg: pkg.name, runner: file, passed: 0, failed: 1, skipped: 0, status: 'BAD REPORT' })
      problems.push(`${rel}: cannot be read (${error.message})`)
      continue
    }
    let status = counts.failed > 0 ? 'FAIL' : 'ok'
    if (counts.passed + counts.failed === 0) {
      status = 'NO TESTS'
      counts.failed = 1
      problems.push(`${rel}: no test was executed`)
    }
    for (const note of counts.notes) problems.push(`${rel}: ${note}`)
    for (const warning of counts.warnings) warnings.push(`${rel}: ${warning}`)
    rows.push({ pkg: pkg.name, ...counts, status })
  }
}

const total = rows.reduce(
  (sum, row) => ({
    passed: sum.passed + row.passed,
    failed: sum.failed + row.failed,
    skipped: sum.skipped + row.skipped,
  }),
  { passed: 0, failed: 0, skipped: 0 },
)
if (packages.length === 0) {
  problems.push('no workspace package has a test script')
  total.failed += 1
}
if (turboFailed) {
  problems.push(`turbo run test exited with ${turbo.status ?? turbo.signal}; see its output above`)
  if (total.failed === 0) total.failed = 1
}

console.log('')
printTable(rows)
if (problems.length + warnings.length > 0) {
  console.log('')
  for (const warning of warnings) console.log(`! ${warning}`)
  for (const problem of problems) console.log(`✗ ${problem}`)
}
console.log('')
console.log(`${total.passed} passed, ${total.failed} failed, ${total.skipped} skipped`)
process.exitCode = total.failed > 0 || turboFailed ? 1 : 0
