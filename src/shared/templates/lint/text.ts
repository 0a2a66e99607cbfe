import type { DocNode } from '../../model'

/** Chinese, Japanese and Korean characters: each counts as one word and takes a full em. */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu
/** A Latin-style word: letters/digits, allowing inner apostrophes, hyphens, dots and commas (don't, 2.5, 1,000). */
const WORD = /[\p{L}\p{N}]+(?:['’.,-][\p{L}\p{N}]+)*/gu

/** Whitespace runs become one space, ends trimmed: how quotes and placeholders are compared. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** Words of a text, split by script: Latin-style words and CJK characters. */
export function countText(text: string): { words: number; cjk: number } {
  const cjk = text.match(CJK)?.length ?? 0
  const words = text.replace(CJK, ' ').match(WORD)?.length ?? 0
  return { words, cjk }
}

/** Node types whose inline content is running text. */
const TEXTBLOCKS = new Set(['paragraph', 'heading'])

/** True for paragraphs and headings. */
export function isTextblock(node: DocNode): boolean {
  return TEXTBLOCKS.has(node.type)
}

/** The text of a textblock's inline content (hard breaks become newlines; citations and footnotes add nothing). */
export function inlineText(block: DocNode): string {
  let text = ''
  for (const child of block.content ?? []) {
    if (child.type === 'text') text += child.text ?? ''
    else if (child.type === 'hardBreak') text += '\n'
  }
  return text
}

/** A paragraph or heading and its path (child indices from the node the search started at). */
export interface TextblockAt {
  node: DocNode
  path: number[]
}

/** Every textblock under `node` (itself included) with its path, in document order. */
export function textblocks(node: DocNode, path: number[] = [], out: TextblockAt[] = []): TextblockAt[] {
  if (isTextblock(node)) {
    out.push({ node, path })
    return out
  }
  node.content?.forEach((child, i) => textblocks(child, [...path, i], out))
  return out
}
