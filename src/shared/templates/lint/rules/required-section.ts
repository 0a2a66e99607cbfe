import type { LintRule, RuleFinding } from '../types'
import { hasOwnText } from '../guidance'

/** Every required template section is present (as a level-1 heading) and has text of its own. */
export const requiredSection: LintRule = {
  id: 'required-section',
  check({ template, sections }) {
    if (!template) return []
    const findings: RuleFinding[] = []
    for (const section of template.sections.filter((s) => s.required)) {
      const span = sections.find((s) => s.section?.id === section.id)
      if (!span) {
        findings.push({ rule: this.id, severity: 'error', message: `The required section "${section.title}" is missing.`, target: null })
      } else if (!hasOwnText(span.body, template)) {
        findings.push({ rule: this.id, severity: 'error', message: `The required section "${section.title}" is empty.`, target: { kind: 'node', path: [span.heading.index] } })
      }
    }
    return findings
  },
}
