import type { BriefingMeta } from '../../../model'
import type { LintRule, RuleFinding } from '../types'

/** Header fields stored directly on the meta object; the rest live in `meta.fields`. */
const META_KEYS = new Set(['title', 'recipient', 'author', 'contact', 'reference', 'date', 'dueDate'])

function fieldValue(meta: BriefingMeta, key: string): string {
  const direct: unknown = META_KEYS.has(key) ? (meta as Record<string, unknown>)[key] : meta.fields[key]
  return typeof direct === 'string' ? direct.trim() : ''
}

/** The title and every header field the template requires are filled in, and choice fields hold one of their choices. */
export const headerFields: LintRule = {
  id: 'header-field',
  check({ template, briefing }) {
    const findings: RuleFinding[] = []
    if (briefing.meta.title.trim() === '') {
      findings.push({ rule: this.id, severity: 'warning', message: 'The briefing has no title.', target: { kind: 'meta', field: 'title' } })
    }
    for (const field of template?.fields ?? []) {
      if (field.key === 'classification') continue
      const value = fieldValue(briefing.meta, field.key)
      const target = { kind: 'meta', field: field.key } as const
      if (value === '') {
        if (field.required) findings.push({ rule: this.id, severity: 'warning', message: `The header field "${field.label}" is empty.`, target })
      } else if (field.options && !field.options.includes(value)) {
        findings.push({ rule: this.id, severity: 'warning', message: `"${field.label}" should be one of: ${field.options.join(', ')}.`, target })
      }
    }
    return findings
  },
}
