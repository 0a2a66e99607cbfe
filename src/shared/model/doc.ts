import { z } from 'zod'

/**
 * The briefing body is TipTap/ProseMirror JSON. This is the vocabulary every part of the app
 * (editor, lint, DOCX export, CLI) agrees on; the editor schema in `src/shared/editor` defines
 * the same node names.
 *
 * Blocks: doc, paragraph { guidance? }, heading { level 1-3, sectionId? }, blockquote,
 *   bulletList, orderedList { start }, listItem, table, tableRow, tableHeader, tableCell
 *   { colspan, rowspan, colwidth }, horizontalRule, decisionBlock { options[], label? }.
 * Inline: text (marks: bold, italic, underline, strike, code, link { href }, quoted { citeId }),
 *   hardBreak, citation { id, sourceId, blockId, quote, locator }, footnote { id, text }.
 */
export interface DocMark {
  type: string
  attrs?: Record<string, unknown>
}

export interface DocNode {
  type: string
  attrs?: Record<string, unknown>
  content?: DocNode[]
  marks?: DocMark[]
  text?: string
}

export const DocMarkSchema: z.ZodType<DocMark> = z.looseObject({
  type: z.string().min(1),
  attrs: z.record(z.string(), z.unknown()).optional(),
})

export const DocNodeSchema: z.ZodType<DocNode> = z.lazy(() =>
  z.looseObject({
    type: z.string().min(1),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(DocNodeSchema).optional(),
    marks: z.array(DocMarkSchema).optional(),
    text: z.string().optional(),
  }),
)

/** Attributes of the inline `citation` node: one reference to one block of an imported source. */
export interface CitationAttrs {
  /** Unique within the briefing; `quoted` marks point at it. */
  id: string
  sourceId: string
  blockId: string
  /** The exact source text that was quoted ('' for a paraphrase). */
  quote: string
  /** Human locator such as "para. 4"; null when none. */
  locator: string | null
}

/** Attributes of the inline `footnote` node: a note the author wrote. */
export interface FootnoteAttrs {
  id: string
  text: string
}

/** Depth-first walk over a document; the callback gets each node and its parent chain. */
export function walkDoc(node: DocNode, visit: (node: DocNode, ancestors: readonly DocNode[]) => void, ancestors: DocNode[] = []): void {
  visit(node, ancestors)
  if (!node.content) return
  ancestors.push(node)
  for (const child of node.content) walkDoc(child, visit, ancestors)
  ancestors.pop()
}

/** Plain text of a node (citations and footnotes contribute nothing). */
export function nodeText(node: DocNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'hardBreak') return '\n'
  return (node.content ?? []).map(nodeText).join('')
}

/** An empty briefing body: one empty paragraph. */
export function emptyDoc(): DocNode {
  return { type: 'doc', content: [{ type: 'paragraph' }] }
}
