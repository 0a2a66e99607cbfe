import type { SourceBlock } from '../../shared/model/source'

const PARAGRAPH_LIKE = new Set(['paragraph', 'quote', 'listItem'])

/**
 * A human locator for a block: "para. 4" (its ordinal among the article's paragraphs, quotes and
 * list items), "table 2", or for a heading its own text, so a reader can find the passage in print.
 */
export function locatorFor(blocks: readonly SourceBlock[], blockId: string): string | null {
  const index = blocks.findIndex((b) => b.id === blockId)
  const block = blocks[index]
  if (!block) return null
  if (block.type === 'heading') return `section “${block.text.length > 60 ? `${block.text.slice(0, 57)}…` : block.text}”`
  const kindOf = (b: SourceBlock) => (PARAGRAPH_LIKE.has(b.type) ? 'para.' : b.type === 'table' ? 'table' : null)
  const kind = kindOf(block)
  if (!kind) return null
  const n = blocks.slice(0, index + 1).filter((b) => kindOf(b) === kind).length
  return `${kind} ${n}`
}
