import type { LintRule, RuleFinding } from '../types'
import { collapseWhitespace } from '../text'

/**
 * Quotes still say what the source says: the text under a `quoted` mark equals its citation's
 * `quote`, and that quote is still found in the cited source block (both after whitespace collapse).
 * Citations to missing sources or blocks are the 'citation-source' rule's business.
 */
export const quoteDrift: LintRule = {
  id: 'quote-drift',
  check({ citations, quotedRuns, sources }) {
    const findings: RuleFinding[] = []
    const byId = new Map(citations.map((c) => [c.attrs.id, c]))

    // Several runs for one citation (the quote split by the author's own words) are read together.
    const quotedText = new Map<string, { text: string; path: number[] }>()
    for (const run of quotedRuns) {
      const seen = quotedText.get(run.citeId)
      if (seen) seen.text += ` ${run.text}`
      else quotedText.set(run.citeId, { text: run.text, path: run.path })
    }
    for (const [citeId, quoted] of quotedText) {
      const citation = byId.get(citeId)
      if (!citation || citation.attrs.quote === '') continue
      if (collapseWhitespace(quoted.text) !== collapseWhitespace(citation.attrs.quote)) {
        findings.push({ rule: this.id, severity: 'error', message: 'The quoted text was edited and no longer matches the source passage.', target: { kind: 'node', path: quoted.path } })
      }
    }

    for (const c of citations) {
      if (c.attrs.quote === '') continue
      const block = sources.get(c.attrs.sourceId)?.blocks.find((b) => b.id === c.attrs.blockId)
      if (!block) continue
      if (!collapseWhitespace(block.text).includes(collapseWhitespace(c.attrs.quote))) {
        findings.push({ rule: this.id, severity: 'error', message: 'The quote is no longer found in its source passage.', target: { kind: 'node', path: c.path } })
      }
    }
    return findings
  },
}
