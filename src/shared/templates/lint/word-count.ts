import type { DocNode } from '../../model'
import { countText, inlineText, textblocks } from './text'

/** Latin-style words and CJK characters in the printed text of a doc or block (headings included; guidance, notes and decision blocks not). */
export function countDocText(node: DocNode): { words: number; cjk: number } {
  let words = 0
  let cjk = 0
  for (const block of textblocks(node)) {
    const counted = countText(inlineText(block.node))
    words += counted.words
    cjk += counted.cjk
  }
  return { words, cjk }
}

/** Word count as a reader would see it: Latin-style words plus one per CJK character. */
export function wordCount(doc: DocNode): number {
  const { words, cjk } = countDocText(doc)
  return words + cjk
}
