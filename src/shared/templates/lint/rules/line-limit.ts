import type { LintRule, RuleFinding } from '../types'
import { estimateLines } from '../estimate'
import { ownText } from '../guidance'

/** A section with a line limit (the US memo's BLUF: 4 lines) fits it at the template's font and page width. */
export const lineLimit: LintRule = {
  id: 'line-limit',
  check({ template, sections }) {
    if (!template) return []
    const findings: RuleFinding[] = []
    for (const span of sections) {
      const limit = span.section?.lineLimit
      if (!limit) continue
      const lines = estimateLines(ownText(span.body, template), template)
      if (lines > limit) {
        findings.push({
          rule: this.id,
          severity: 'error',
          message: `"${span.section!.title}" runs to about ${lines} lines; the template allows ${limit}.`,
          target: { kind: 'node', path: [span.heading.index] },
        })
      }
    }
    return findings
  },
}
