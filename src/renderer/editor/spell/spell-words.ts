import type { Node as PmNode } from '@tiptap/pm/model'
import type { Source } from '../../../shared/model'

/** A word to spell-check and where it is in the document. */
export interface WordAt {
  word: string
  from: number
  to: number
}

// Letters with inner apostrophes or hyphens ("don't", "well-being" are checked part by part).
const WORD = /\p{L}[\p{L}\p{M}'\u2019]*/gu
// Marks whose text is not the author's to spell: quotations (they must match the source), code, links.
const SKIP_MARKS = new Set(['quoted', 'code', 'link'])

/** True for tokens a spelling dictionary should not judge: acronyms, mixed case, CJK, single letters. */
function skip(word: string): boolean {
  if (word.length < 2) return true
  if (/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u.test(word)) return true
  if (word === word.toUpperCase()) return true
  // camelCase or inner capitals (iPhone, McKinsey-like names are left alone).
  if (/\p{Ll}\p{Lu}/u.test(word)) return true
  return false
}

/** A matched word as the checker sees it: trailing apostrophes dropped, typographic ones made plain. */
function asChecked(match: string): string {
  return match.replace(/['\u2019]+$/u, '').replace(/\u2019/gu, "'")
}

/** The checkable words of one textblock that starts at document position `pos`. */
export function wordsInBlock(block: PmNode, pos: number): WordAt[] {
  const words: WordAt[] = []
  block.forEach((child, offset) => {
    if (!child.isText || child.marks.some((m) => SKIP_MARKS.has(m.type.name))) return
    const text = child.text!
    for (const m of text.matchAll(WORD)) {
      // Digits glued to a word (e.g. "3rd", "COVID19") are not spelling.
      const before = text[m.index - 1]
      const after = text[m.index + m[0].length]
      if ((before && /\d/.test(before)) || (after && /\d/.test(after))) continue
      const word = asChecked(m[0])
      if (skip(word)) continue
      const from = pos + 1 + offset + m.index
      words.push({ word, from, to: from + word.length })
    }
  })
  return words
}

/** Every word of the sources' titles, publishers and text, in the form the spell checker sees it. */
export function wordsOfSources(sources: readonly Source[]): Set<string> {
  const words = new Set<string>()
  const add = (text: string | null | undefined) => {
    for (const m of (text ?? '').matchAll(WORD)) words.add(asChecked(m[0]))
  }
  for (const source of sources) {
    add(source.title)
    add(source.publisher)
    add(source.author)
    for (const block of source.blocks) {
      add(block.text)
      block.rows?.forEach((row) => row.forEach(add))
    }
  }
  return words
}
