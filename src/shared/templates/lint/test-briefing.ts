import { createBriefing, type Briefing, type CitationAttrs, type DocNode, type Source } from '../../model'
import { findTemplate } from '../get-template'
import { buildLintContext } from './context'
import type { LintContext } from './types'

// Small builders for lint tests: a briefing is mostly its doc, so tests read like the draft they check.

/** A level-1 section heading. */
export function h1(text: string, sectionId?: string): DocNode {
  return { type: 'heading', attrs: { level: 1, sectionId: sectionId ?? null }, content: text ? [{ type: 'text', text }] : undefined }
}

/** A paragraph of inline nodes (strings become text). */
export function p(...inline: (string | DocNode)[]): DocNode {
  const content = inline.filter((i) => i !== '').map((i) => (typeof i === 'string' ? { type: 'text', text: i } : i))
  return content.length ? { type: 'paragraph', content } : { type: 'paragraph' }
}

/** An empty paragraph showing `guidance`. */
export function guidance(text: string): DocNode {
  return { type: 'paragraph', attrs: { guidance: text } }
}

/** A citation node. */
export function cite(attrs: Partial<CitationAttrs> & { id: string }): DocNode {
  return { type: 'citation', attrs: { sourceId: 's1', blockId: 'b1', quote: '', locator: null, ...attrs } }
}

/** Text under a `quoted` mark. */
export function quoted(text: string, citeId: string): DocNode {
  return { type: 'text', text, marks: [{ type: 'quoted', attrs: { citeId } }] }
}

/** A decision block. */
export function decision(options: string[] = ['Agreed', 'Not agreed', 'Noted']): DocNode {
  return { type: 'decisionBlock', attrs: { options, label: null } }
}

/** An ordered list with one paragraph per item (pass a DocNode[] to give an item more blocks). */
export function ol(...items: (string | DocNode[])[]): DocNode {
  return { type: 'orderedList', attrs: { start: 1 }, content: items.map((i) => ({ type: 'listItem', content: typeof i === 'string' ? [p(i)] : i })) }
}

/** An imported source with paragraph blocks `{ id: text }`. */
export function source(id: string, blocks: Record<string, string>, title = 'Harbourton port'): Source {
  return {
    id,
    title,
    publisher: null,
    author: null,
    date: null,
    url: null,
    language: 'en',
    importedAt: '2026-03-01T00:00:00.000Z',
    origin: { fileName: 'a.txt', mediaType: 'text/plain', sha256: '0'.repeat(64) },
    blocks: Object.entries(blocks).map(([blockId, text]) => ({ id: blockId, type: 'paragraph' as const, text })),
    removed: [],
    figures: [],
  }
}

/** A briefing on `template` whose doc is `content`. */
export function briefingOf(template: string, content: DocNode[], extra: { sources?: Source[]; classification?: string; title?: string } = {}): Briefing {
  const b = createBriefing({ template, title: extra.title ?? 'A briefing', classification: extra.classification ?? 'OFFICIAL', now: new Date('2026-03-12T09:00:00Z'), doc: { type: 'doc', content } })
  b.sources = extra.sources ?? []
  return b
}

/** `n` words of filler. */
export function words(n: number, word = 'word'): string {
  return Array.from({ length: n }, () => word).join(' ')
}

/** The lint context for a briefing, on the template it names (as lintBriefing builds it). */
export function contextOf(briefing: Briefing): LintContext {
  return buildLintContext(briefing, findTemplate(briefing.meta.template) ?? null)
}
