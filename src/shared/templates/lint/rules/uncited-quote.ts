import type { LintRule, RuleFinding } from '../types'

/** Every quoted text points at a citation that is still in the draft (deleting a citation orphans its quote). */
export const uncitedQuote: LintRule = {
  id: 'uncited-quote',
  check({ citations, quotedRuns }) {
    const ids = new Set(citations.map((c) => c.attrs.id))
    const findings: RuleFinding[] = []
    const reported = new Set<string>()
    for (const run of quotedRuns) {
      if (ids.has(run.citeId) || reported.has(run.citeId)) continue
      reported.add(run.citeId)
      const shown = run.text.length > 40 ? `${run.text.slice(0, 40)}…` : run.text
      findings.push({ rule: this.id, severity: 'error', message: `The quotation "${shown}" has no citation.`, target: { kind: 'node', path: run.path } })
    }
    return findings
  },
}
