import type { LintRule, RuleFinding } from '../types'
import { inlineText } from '../text'
import { isGuidanceText } from '../guidance'

/** Drafting placeholders: [insert…], TBC/TBD/TBA, XX or ×× (as in "XX%" or "××市"), TODO, lorem ipsum. */
const PLACEHOLDERS: readonly RegExp[] = [
  /\[\s*insert\b[^\]]*\]/i,
  /\bTB[CDA]\b/,
  // Capitals only and not inside a word, so "XXL" or a lower-case "xx" in prose is not flagged.
  /(?<![A-Za-z])X{2,}(?![A-Za-z])|×{2,}/u,
  /\bTODO\b/,
  /\blorem ipsum\b/i,
]

/** No drafting placeholders ("[insert…]", "TBC", "XX", "TODO", "lorem ipsum") or template guidance left in the text. */
export const placeholders: LintRule = {
  id: 'placeholder',
  check({ textblocks, template }) {
    const findings: RuleFinding[] = []
    for (const block of textblocks) {
      const target = { kind: 'node', path: block.path } as const
      if (isGuidanceText(block.node, template)) {
        findings.push({ rule: this.id, severity: 'warning', message: 'The template guidance is still in the text; replace it with your own.', target })
        continue
      }
      const text = inlineText(block.node)
      for (const pattern of PLACEHOLDERS) {
        const match = pattern.exec(text)
        if (match) findings.push({ rule: this.id, severity: 'warning', message: `Placeholder "${match[0]}" left in.`, target })
      }
    }
    return findings
  },
}
