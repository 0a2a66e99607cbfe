import type { LintRule, RuleFinding } from '../types'
import { countText } from '../text'
import { ownText } from '../guidance'

/** A section with a word limit stays within it (CJK characters count one each). */
export const sectionWordLimit: LintRule = {
  id: 'section-word-limit',
  check({ template, sections }) {
    const findings: RuleFinding[] = []
    for (const span of sections) {
      const limit = span.section?.wordLimit
      if (!limit) continue
      const { words, cjk } = countText(ownText(span.body, template))
      const count = words + cjk
      if (count > limit) {
        findings.push({
          rule: this.id,
          severity: 'warning',
          message: `"${span.section!.title}" has ${count} words; the template allows ${limit}.`,
          target: { kind: 'node', path: [span.heading.index] },
        })
      }
    }
    return findings
  },
}
