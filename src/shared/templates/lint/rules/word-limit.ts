import type { LintRule } from '../types'
import { wordCount } from '../word-count'

/** The whole document stays within the template's word limit, when it has one. */
export const wordLimit: LintRule = {
  id: 'word-limit',
  check({ template, briefing }) {
    const limit = template?.wordLimit
    if (!limit) return []
    const count = wordCount(briefing.doc)
    if (count <= limit) return []
    return [{ rule: this.id, severity: 'warning', message: `The briefing has ${count} words; the template allows ${limit}.`, target: null }]
  },
}
