import type { Briefing } from '../model'
import { findTemplate } from './get-template'
import type { BriefingTemplate } from './types'
import { LINT_RULES } from './lint/rules'
import { buildLintContext } from './lint/context'
import type { Finding, FindingTarget, LintRule, RuleFinding } from './lint/types'

export type { Finding, FindingTarget, LintRule, RuleFinding } from './lint/types'
export { wordCount } from './lint/word-count'
export { estimatePages, estimateLines, WORDS_PER_PAGE_AT_12PT } from './lint/estimate'
export { LINT_RULES } from './lint/rules'

function targetKey(target: FindingTarget): string {
  if (!target) return 'doc'
  return target.kind === 'node' ? target.path.join('.') : `meta.${target.field}`
}

/**
 * Checks a briefing against its template (by default the one `meta.template` names) and returns the
 * findings in rule order. Ids are `rule@target` (plus `#n` for repeats), so they stay the same while
 * the problem does. An unknown template gives one warning and only the template-free checks.
 */
export function lintBriefing(briefing: Briefing, template?: BriefingTemplate, rules: readonly LintRule[] = LINT_RULES): Finding[] {
  const resolved = template ?? findTemplate(briefing.meta.template) ?? null
  const ctx = buildLintContext(briefing, resolved)
  const raw: RuleFinding[] = []
  if (!resolved) {
    raw.push({ rule: 'template', severity: 'warning', message: `Unknown template "${briefing.meta.template}": only general checks were run.`, target: { kind: 'meta', field: 'template' } })
  }
  for (const rule of rules) raw.push(...rule.check(ctx))
  const seen = new Map<string, number>()
  return raw.map((f) => {
    const base = `${f.rule}@${targetKey(f.target)}`
    const n = (seen.get(base) ?? 0) + 1
    seen.set(base, n)
    return { id: n === 1 ? base : `${base}#${n}`, ...f }
  })
}
