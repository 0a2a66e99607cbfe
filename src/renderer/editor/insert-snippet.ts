import type { Editor, JSONContent } from '@tiptap/core'
import { newId } from '../../shared/model'

/** A passage chosen in the sources pane, to be cited in the draft. */
export interface Snippet {
  sourceId: string
  blockId: string
  /** The exact source text (for a paraphrase: the passage it rests on; not inserted). */
  text: string
  mode: 'quote' | 'paraphrase'
  /** Human locator such as "para. 4"; null when none. */
  locator: string | null
}

/** MIME type of a snippet dragged from the sources pane (payload: JSON of `Snippet`). */
export const SNIPPET_MIME = 'application/x-briefwright-snippet'

/** Reads a dragged snippet payload; null when it is not a well-formed snippet. */
export function parseSnippet(raw: string): Snippet | null {
  let value: unknown
  try {
    value = JSON.parse(raw)
  } catch {
    return null
  }
  if (!value || typeof value !== 'object') return null
  const v = value as Record<string, unknown>
  const str = (x: unknown) => typeof x === 'string'
  if (!str(v['sourceId']) || !str(v['blockId']) || !str(v['text']) || (v['mode'] !== 'quote' && v['mode'] !== 'paraphrase')) return null
  if (v['locator'] !== undefined && v['locator'] !== null && !str(v['locator'])) return null
  return { sourceId: v['sourceId'] as string, blockId: v['blockId'] as string, text: v['text'] as string, mode: v['mode'], locator: (v['locator'] as string | null | undefined) ?? null }
}

// Typographic quotation marks for inline quotes; Chinese text uses the same curly pair.
const OPEN_QUOTE = '\u201c'
const CLOSE_QUOTE = '\u201d'

/**
 * Inserts a cited snippet at the selection and returns the new citation's id (null when nothing was
 * inserted).
 *
 * - `paraphrase`: a citation node only, after the selection (a selected phrase is kept: it is
 *   usually the author's paraphrase being cited).
 * - `quote`: when the cursor is in a paragraph that already has text, the quote goes inline
 *   between curly quotation marks; otherwise (empty paragraph, heading, …) it becomes a block
 *   quotation. Either way the quoted words carry a `quoted` mark pointing at the citation, and the
 *   marks of quotation stay outside it, so the mark's text equals the source text and drift can
 *   be checked exactly.
 */
export function insertSnippet(editor: Editor, snippet: Snippet): string | null {
  const text = snippet.text.replace(/\s+/g, ' ').trim()
  if (!snippet.sourceId || !snippet.blockId) return null
  const id = newId()
  const quote = snippet.mode === 'quote' ? text : ''
  const citation: JSONContent = { type: 'citation', attrs: { id, sourceId: snippet.sourceId, blockId: snippet.blockId, quote, locator: snippet.locator } }
  const { state } = editor
  const { $from, to } = state.selection

  if (snippet.mode === 'paraphrase' || !quote) {
    return editor.chain().focus().setTextSelection(to).insertContent(citation).run() ? id : null
  }

  const quoted: JSONContent = { type: 'text', text: quote, marks: [{ type: 'quoted', attrs: { citeId: id } }] }
  const parent = $from.parent
  const inlineHost = parent.type.name === 'paragraph' && parent.textContent.trim() !== ''
  if (inlineHost) {
    const content: JSONContent[] = [{ type: 'text', text: OPEN_QUOTE }, quoted, { type: 'text', text: CLOSE_QUOTE }, citation]
    return editor.chain().focus().insertContent(content).run() ? id : null
  }

  const block: JSONContent = { type: 'blockquote', content: [{ type: 'paragraph', content: [quoted, citation] }] }
  const depth = $from.depth
  // An empty paragraph is replaced by the quotation; any other block gets it right after itself.
  const replaceEmpty = parent.type.name === 'paragraph' && parent.childCount === 0
  // depth 0: a whole block is selected (e.g. a decision block); the quotation goes in its place.
  const from = depth === 0 ? state.selection.from : replaceEmpty ? $from.before(depth) : $from.after(depth)
  const until = depth === 0 ? state.selection.to : replaceEmpty ? $from.after(depth) : from
  const ok = editor.chain().focus().insertContentAt({ from, to: until }, block).run()
  if (!ok) return null
  // Leave the cursor after the citation so the author can carry on writing.
  const found = findCitation(editor, id)
  if (found !== null) editor.commands.setTextSelection(found + 1)
  return id
}

/** Position of the citation with this id, or null. */
export function findCitation(editor: Editor, id: string): number | null {
  let at: number | null = null
  editor.state.doc.descendants((node, pos) => {
    if (at !== null) return false
    if (node.type.name === 'citation' && node.attrs['id'] === id) at = pos
    return !node.isLeaf
  })
  return at
}
