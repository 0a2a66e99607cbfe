import type { LintRule, RuleFinding } from '../types'

/** Every citation points at a source in the briefing and at a block that source still has. */
export const citationSource: LintRule = {
  id: 'citation-source',
  check({ citations, sources }) {
    const findings: RuleFinding[] = []
    for (const c of citations) {
      const target = { kind: 'node', path: c.path } as const
      const source = sources.get(c.attrs.sourceId)
      if (!source) {
        findings.push({ rule: this.id, severity: 'error', message: 'A citation points to a source that is no longer in the briefing.', target })
      } else if (!source.blocks.some((b) => b.id === c.attrs.blockId)) {
        findings.push({ rule: this.id, severity: 'error', message: `A citation points to a passage that is no longer in "${source.title}".`, target })
      }
    }
    return findings
  },
}
