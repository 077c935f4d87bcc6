/*
 * The `lastError` of a failed rebuild (written by ./postBuildHook.ts, ./runLocalSiteBuild.ts,
 * ./reclaimStaleRebuilds.ts and the site's build script) as one short sentence for editors.
 */

/** A contract problem as the site build prints it: `brand <slug>: <collection> <id> field <path>: <message>` (formatSnapshotProblems in @clinic/schema). */
const SNAPSHOT_PROBLEM = /^\s*brand [a-z0-9-]+: (\S+)(?: (\S+))? field (\S+): (.+)$/

/** `articles` → `Article`; the snapshot names collections in the plural. */
const SINGULAR: Record<string, string> = {
  articles: 'Article',
  comparisons: 'Comparison',
  faqs: 'FAQ',
  therapies: 'Therapy',
  conditions: 'Condition',
  clinics: 'Clinic',
  providers: 'Provider',
  authors: 'Author',
  brand: 'The brand',
}

const MAX_LENGTH = 300

const shorten = (text: string) => (text.length > MAX_LENGTH ? `${text.slice(0, MAX_LENGTH - 1)}…` : text)

const sentence = (text: string) => shorten(/[.!?…]$/.test(text) ? text : `${text}.`)

/** The first line of the site build's output that says what failed (its `✗` lines first), without the tool's markers. */
function firstTellingLine(lines: readonly string[]): string | null {
  const marked = lines.filter((line) => line.trimStart().startsWith('✗'))
  for (const raw of [...marked, ...lines]) {
    const line = raw.replace(/^✗\s*(\[\d+\/\d+\]\s*[a-z0-9-]+:\s*)?/, '').trim()
    if (line === '' || /^`.*` (exited with code|was stopped)/.test(line) || /^\d+ of \d+ brands? failed/.test(line)) continue
    return line
  }
  return null
}

/**
 * One sentence an editor can act on, from a failed rebuild's `lastError`: a page the site's
 * snapshot contract refused (naming the document and field), the build service's HTTP answer,
 * a timeout, an interrupted rebuild; otherwise "The site build failed" and the first telling line.
 */
export function plainReason(lastError: string | null | undefined): string {
  const text = (lastError ?? '').trim()
  if (text === '') return 'The site build failed without saying why; open the rebuild record or ask a network admin to check the CMS log.'
  const lines = text.split('\n')

  const problems = lines.map((line) => SNAPSHOT_PROBLEM.exec(line)).filter((match) => match !== null)
  const [first] = problems
  if (first) {
    const [, collection = '', id, field = '', message = ''] = first
    const what = `${SINGULAR[collection] ?? collection}${id && !id.startsWith('#') ? ` ${id}` : ''}`
    const more = problems.length > 1 ? ` (and ${problems.length - 1} more problem${problems.length === 2 ? '' : 's'})` : ''
    return sentence(`${what} was refused by the site: field "${field}": ${message.replace(/\.$/, '')}${more}`)
  }

  const http = /^the build hook answered HTTP (\d{3})/.exec(text)
  if (http) return `The build service answered ${http[1]}, so the site was not rebuilt.`
  const slow = /^the build hook did not answer within (\d+) ms/.exec(text)
  if (slow) return `The build service did not answer within ${Math.round(Number(slow[1]) / 1000)} s.`
  if (text.startsWith('could not reach the build hook')) return 'The build service could not be reached.'
  if (text.startsWith('interrupted:')) return 'The CMS stopped while the site was being rebuilt, and the tries that followed did not succeed.'
  const stopped = /^`[^`]*` was stopped after (\d+) ms/.exec(text)
  if (stopped) return `The site build took longer than ${Math.round(Number(stopped[1]) / 60_000)} minutes and was stopped.`

  const telling = firstTellingLine(lines.slice(lines[0]?.endsWith('last output:') ? 1 : 0)) ?? lines[0] ?? text
  return sentence(`The site build failed: ${telling}`)
}
