import type { LintRule } from '../types'

/** The briefing carries a classification marking when the template requires one, and a marking the template knows. */
export const classification: LintRule = {
  id: 'classification',
  check({ template, briefing }) {
    if (!template) return []
    const value = briefing.meta.classification.trim()
    const target = { kind: 'meta', field: 'classification' } as const
    if (value === '') {
      return template.classification.required ? [{ rule: this.id, severity: 'error', message: 'The briefing has no classification marking.', target }] : []
    }
    const known = template.classification.options
    if (known.length > 0 && !known.includes(value)) {
      return [{ rule: this.id, severity: 'warning', message: `"${value}" is not one of this template's markings (${known.join(', ')}).`, target }]
    }
    return []
  },
}
