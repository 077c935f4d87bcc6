#!/usr/bin/env node
// Fails on a high or critical advisory in the dependencies. First asks the registry, as
// `pnpm audit --prod --audit-level high`; when its audit endpoint cannot be reached (offline
// machines, registry mirrors without it), checks every version in pnpm-lock.yaml against the
// advisories and minimum versions kept in security/advisories.json instead, and says so.
//
//   node scripts/audit.mjs
import { spawnSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const FAILING = new Set(['high', 'critical'])

/** Every `name@version` in the lockfile's `packages:` section. */
function lockedPackages() {
  const text = readFileSync(path.join(root, 'pnpm-lock.yaml'), 'utf8')
  const section = text.slice(text.indexOf('\npackages:\n'), text.indexOf('\nsnapshots:\n'))
  const found = []
  for (const match of section.matchAll(/^ {2}'?(@?[^@\s']+)@([^(:'\s]+)[^:]*'?:\s*$/gm)) found.push({ name: match[1], version: match[2] })
  return found
}

/** -1, 0 or 1 for two x.y.z versions (a pre-release counts as before its release). */
function compareVersions(a, b) {
  const parse = (value) => {
    const [core, pre] = value.split('-', 2)
    return { parts: core.split('.').map((part) => Number.parseInt(part, 10) || 0), pre }
  }
  const left = parse(a)
  const right = parse(b)
  for (let index = 0; index < 3; index += 1) {
    const difference = (left.parts[index] ?? 0) - (right.parts[index] ?? 0)
    if (difference !== 0) return Math.sign(difference)
  }
  if (left.pre && !right.pre) return -1
  if (!left.pre && right.pre) return 1
  return 0
}

const major = (version) => version.split('.')[0]

function offlineCheck(reason) {
  const list = JSON.parse(readFileSync(path.join(root, 'security/advisories.json'), 'utf8'))
  const locked = lockedPackages()
  if (locked.length === 0) throw new Error('No packages found in pnpm-lock.yaml: is its format new?')
  const problems = []
  for (const { name, version } of locked) {
    for (const rule of list.minimumVersions) {
      const applies = rule.package.endsWith('/') ? name.startsWith(rule.package) : name === rule.package
      if (applies && compareVersions(version, rule.version) < 0) problems.push({ severity: rule.severity, text: `${name}@${version} is older than ${rule.version}: ${rule.reason}` })
    }
    for (const advisory of list.advisories) {
      if (advisory.package === name && major(version) === major(advisory.patched) && compareVersions(version, advisory.patched) < 0) {
        problems.push({ severity: advisory.severity, text: `${name}@${version}: ${advisory.id} (${advisory.severity}) ${advisory.title}; fixed in ${advisory.patched}` })
      }
    }
  }
  console.log(`› Audit: ${reason}; checked ${locked.length} locked packages against security/advisories.json (${list.advisories.length} advisories, ${list.minimumVersions.length} minimum versions, updated ${list.updated}).`)
  for (const problem of problems) console.log(`  ${FAILING.has(problem.severity) ? '✗' : '!'} ${problem.text}`)
  return problems.filter((problem) => FAILING.has(problem.severity)).length
}

const online = spawnSync('pnpm', ['audit', '--prod', '--audit-level', 'high', '--json'], { cwd: root, encoding: 'utf8', timeout: 120_000 })
/** The registry's report, or null when the audit endpoint gave none. */
function registryReport() {
  try {
    return JSON.parse(online.stdout)
  } catch {
    return null
  }
}
const report = registryReport()
let failing
if (report && report.metadata && report.metadata.vulnerabilities) {
  const counts = report.metadata.vulnerabilities
  failing = (counts.high ?? 0) + (counts.critical ?? 0)
  console.log(`› Audit (registry): ${Object.entries(counts).map(([level, count]) => `${count} ${level}`).join(', ')}.`)
  for (const advisory of Object.values(report.advisories ?? {})) {
    if (FAILING.has(advisory.severity)) console.log(`  ✗ ${advisory.module_name} ${advisory.vulnerable_versions}: ${advisory.github_advisory_id ?? advisory.id} ${advisory.title}`)
  }
} else {
  const said = `${online.stdout ?? ''}${online.stderr ?? ''}`.match(/responded with \d+|ERR_PNPM_[A-Z_]+|ENOTFOUND|ECONNREFUSED|ETIMEDOUT/)
  failing = offlineCheck(`the registry's audit endpoint could not be used (${said ? said[0] : `exit ${online.status}`})`)
}
if (failing > 0) {
  console.error(`✗ ${failing} high or critical advisor${failing === 1 ? 'y' : 'ies'}: update the packages named above.`)
  process.exit(1)
}
console.log('› No high or critical advisories.')
