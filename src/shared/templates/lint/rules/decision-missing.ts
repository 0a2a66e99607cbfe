import type { DocNode } from '../../../model'
import type { LintRule, RuleFinding, SectionSpan } from '../types'
import type { BriefingTemplate } from '../../types'
import { isGuidanceText } from '../guidance'
import { collapseWhitespace, inlineText } from '../text'

type Event = { kind: 'item'; path: number[] } | { kind: 'decision' }

const LISTS = new Set(['orderedList', 'bulletList'])

function containsDecision(node: DocNode): boolean {
  return node.type === 'decisionBlock' || (node.content ?? []).some(containsDecision)
}

/**
 * The recommendation section as a sequence of recommendations and decision blocks, in order.
 * When the section has lists, their items are the recommendations (paragraphs around them are
 * commentary); otherwise each paragraph with text of its own is one.
 */
function events(span: SectionSpan, template: BriefingTemplate): Event[] {
  const listItemsAreRecommendations = span.body.some(({ node }) => LISTS.has(node.type))
  const out: Event[] = []
  for (const { node, index } of span.body) {
    if (LISTS.has(node.type)) {
      node.content?.forEach((item, i) => {
        out.push({ kind: 'item', path: [index, i] })
        if (containsDecision(item)) out.push({ kind: 'decision' })
      })
    } else if (containsDecision(node)) {
      out.push({ kind: 'decision' })
    } else if (!listItemsAreRecommendations && node.type === 'paragraph' && collapseWhitespace(inlineText(node)) !== '' && !isGuidanceText(node, template)) {
      out.push({ kind: 'item', path: [index] })
    }
  }
  return out
}

/**
 * Recommendations carry the template's decision block: after each one ('perRecommendation'; a
 * decision answers the nearest recommendation before it that has none), or once after them ('end').
 */
export const decisionMissing: LintRule = {
  id: 'decision-missing',
  check({ template, sections }) {
    const decision = template?.decision
    if (!template || !decision) return []
    const findings: RuleFinding[] = []
    const choices = decision.options.join(' / ')
    for (const span of sections.filter((s) => s.section?.recommendations)) {
      const sequence = events(span, template)
      const items = sequence.filter((e) => e.kind === 'item')
      if (items.length === 0) continue
      if (decision.placement === 'end') {
        if (!sequence.some((e) => e.kind === 'decision')) {
          findings.push({ rule: this.id, severity: 'error', message: `"${span.section!.title}" has no decision block (${choices}).`, target: { kind: 'node', path: [span.heading.index] } })
        }
        continue
      }
      const undecided: number[][] = []
      for (const e of sequence) {
        if (e.kind === 'item') undecided.push(e.path)
        else undecided.pop()
      }
      for (const path of undecided) {
        findings.push({ rule: this.id, severity: 'error', message: `A recommendation has no decision line (${choices}).`, target: { kind: 'node', path } })
      }
    }
    return findings
  },
}
