import type { Node as PmNode } from '@tiptap/pm/model'

/** A match as a document range. */
export interface FindMatch {
  from: number
  to: number
}

/** Escapes a literal search string for a RegExp. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

// Non-text inline nodes (citations, footnotes, breaks) stand in as this character so no match
// runs across them and offsets stay aligned with document positions.
const OBJECT_CHAR = '\ufffc'

/**
 * Every occurrence of `query` in the document's text, textblock by textblock (a match never spans
 * two paragraphs), across mark boundaries within a paragraph.
 */
export function findMatches(doc: PmNode, query: string, caseSensitive: boolean): FindMatch[] {
  if (!query) return []
  const pattern = new RegExp(escapeRegExp(query), caseSensitive ? 'gu' : 'giu')
  const matches: FindMatch[] = []
  doc.descendants((node, pos) => {
    if (!node.isTextblock) return true
    let text = ''
    node.forEach((child) => {
      text += child.isText ? child.text! : OBJECT_CHAR.repeat(child.nodeSize)
    })
    // Inside a textblock, content starts one position after the block's own opening.
    const start = pos + 1
    for (const m of text.matchAll(pattern)) {
      if (m[0].length === 0) continue
      matches.push({ from: start + m.index, to: start + m.index + m[0].length })
    }
    return false
  })
  return matches
}
