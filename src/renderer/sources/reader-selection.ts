import type { SourceBlock } from '../../shared/model/source'

/** What is selected in the source reader: one block's exact text, and whether more blocks were selected. */
export interface ReaderSelection {
  blockId: string
  text: string
  /** The selection ran over several blocks; only the first block's part is used. */
  spansBlocks: boolean
  /** Where the selection is on screen (for the floating toolbar). */
  rect: DOMRect
}

function clipTo(range: Range, el: Element): Range {
  const clipped = document.createRange()
  clipped.selectNodeContents(el)
  if (el.contains(range.startContainer)) clipped.setStart(range.startContainer, range.startOffset)
  if (el.contains(range.endContainer)) clipped.setEnd(range.endContainer, range.endOffset)
  return clipped
}

/**
 * Reads the window's selection inside `reader` (elements with `data-block-id`). The text is cut
 * from the block's own text by offset, so a quote is exactly the source's characters.
 */
export function readerSelection(reader: HTMLElement, blocks: readonly SourceBlock[]): ReaderSelection | null {
  const sel = window.getSelection()
  if (!sel || sel.rangeCount === 0 || sel.isCollapsed) return null
  const range = sel.getRangeAt(0)
  if (!reader.contains(range.commonAncestorContainer)) return null
  // A triple-click ends at offset 0 of the next block: only blocks with selected text count.
  const touched = Array.from(reader.querySelectorAll<HTMLElement>('[data-block-id]'))
    .filter((el) => range.intersectsNode(el))
    .map((el) => ({ el, part: clipTo(range, el) }))
    .filter(({ part }) => part.toString().trim() !== '')
  const first = touched[0]
  if (!first) return null
  const blockId = first.el.dataset['blockId'] ?? ''
  const block = blocks.find((b) => b.id === blockId)
  if (!block) return null
  let text = first.part.toString()
  if (first.el.textContent === block.text) {
    const before = document.createRange()
    before.selectNodeContents(first.el)
    before.setEnd(first.part.startContainer, first.part.startOffset)
    const start = before.toString().length
    text = block.text.slice(start, start + text.length)
  }
  return { blockId, text: text.trim(), spansBlocks: touched.length > 1, rect: range.getBoundingClientRect() }
}
