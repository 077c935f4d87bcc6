import type { AxeBuilder } from '@axe-core/playwright'

// axe-core's own types come through @axe-core/playwright (axe-core is not a direct dependency).
type Violations = Awaited<ReturnType<AxeBuilder['analyze']>>['violations']
type ViolationNode = Violations[number]['nodes'][number]

/** What axe says to fix on one element, without its "Fix any of the following:" headings. */
function summaryOf(node: ViolationNode): string {
  return (node.failureSummary ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '' && !line.endsWith(':'))
    .slice(0, 3)
    .join(' / ')
}

/** Other elements axe names as involved (the duplicate landmark, the label that clashes, …). */
function relatedTargets(node: ViolationNode): string[] {
  const related = [...node.any, ...node.all, ...node.none].flatMap((check) => check.relatedNodes ?? []).map((related) => related.target.join(' '))
  return [...new Set(related)].slice(0, 3)
}

/** axe violations as lines a person can act on: rule, impact, what to fix, and where. */
export function formatViolations(violations: Violations): string {
  return violations
    .map((violation) => {
      const nodes = violation.nodes.slice(0, 5).map((node) => {
        const related = relatedTargets(node)
        // Not "at …": Playwright would take such a line for the start of a stack trace.
        return [`    target ${node.target.join(' ')}`, `      ${summaryOf(node)}`, ...(related.length > 0 ? [`      related: ${related.join(', ')}`] : [])].join('\n')
      })
      const more = violation.nodes.length > 5 ? [`    … and ${violation.nodes.length - 5} more element(s)`] : []
      return [`- ${violation.id} (${violation.impact ?? 'no impact given'}): ${violation.help} [${violation.helpUrl}]`, ...nodes, ...more].join('\n')
    })
    .join('\n')
}
