import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { DocNode } from '../model'
import { lintBriefing } from './lint'
import { TEMPLATES } from './catalog'
import { briefingOf, cite, decision, quoted, source } from './lint/test-briefing'

// Lint runs live on whatever the author has typed: it must never throw, and every finding must
// point somewhere real so the panel can jump to it.

const fragment = fc.constantFrom('Output rose 8%.', 'TBC', 'XX', '[insert date]', '深圳市增长', '  ', 'That you agree.', 'word word word', '')
const sectionId = fc.constantFrom(null, 'bluf', 'recommendation', 'recommendations', 'issue', 'purpose', 'background', 'situation', 'nope')
const inline: fc.Arbitrary<DocNode> = fc.oneof(
  fragment.filter((t) => t !== '').map((text) => ({ type: 'text', text })),
  fc.tuple(fragment.filter((t) => t !== ''), fc.constantFrom('c1', 'c2', 'c3')).map(([t, id]) => quoted(t, id)),
  fc.record({ id: fc.constantFrom('c1', 'c2'), sourceId: fc.constantFrom('s1', 'gone'), blockId: fc.constantFrom('b1', 'b9'), quote: fragment }).map((a) => cite(a)),
  fc.constant({ type: 'hardBreak' }),
)
const paragraph = fc.tuple(fc.array(inline, { maxLength: 4 }), fc.option(fragment)).map(([content, guidance]): DocNode => ({
  type: 'paragraph',
  ...(guidance !== null ? { attrs: { guidance } } : {}),
  ...(content.length ? { content } : {}),
}))
const block: fc.Arbitrary<DocNode> = fc.oneof(
  paragraph,
  fc.tuple(fc.constantFrom(1, 1, 2, 3), sectionId, fragment).map(([level, id, text]) => ({ type: 'heading', attrs: { level, sectionId: id }, ...(text ? { content: [{ type: 'text', text }] } : {}) })),
  fc.constant(decision()),
  fc.array(fc.tuple(paragraph, fc.boolean()), { minLength: 1, maxLength: 3 }).map((items) => ({
    type: 'orderedList',
    attrs: { start: 1 },
    content: items.map(([p, decided]) => ({ type: 'listItem', content: decided ? [p, decision()] : [p] })),
  })),
)

function nodeAt(doc: DocNode, path: number[]): DocNode | undefined {
  let node: DocNode | undefined = doc
  for (const i of path) node = node?.content?.[i]
  return node
}

describe('lintBriefing on arbitrary drafts', () => {
  it('never throws, gives unique ids, and every node target exists', () => {
    fc.assert(
      fc.property(fc.constantFrom(...TEMPLATES.map((t) => t.id)), fc.array(block, { maxLength: 12 }), fc.constantFrom('', 'OFFICIAL', 'UNCLASSIFIED'), (template, content, classification) => {
        const b = briefingOf(template, content, { classification, sources: [source('s1', { b1: 'Output rose 8%. TBC 深圳市增长' })] })
        const findings = lintBriefing(b)
        expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length)
        for (const f of findings) {
          expect(['error', 'warning']).toContain(f.severity)
          if (f.target?.kind === 'node') expect(nodeAt(b.doc, f.target.path)).toBeDefined()
        }
      }),
      { numRuns: 300, seed: 20260312 },
    )
  })
})
