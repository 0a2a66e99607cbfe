import type { ClassifiedLine } from './classify'
import { endsSentence, headingLike } from './stats'
import type { DraftBlock } from './types'
import { isHardWrapped } from './segment'

export { isHardWrapped }

const BULLET = /^([-*•·▪●◦‣–—]|\d{1,2}[.)、]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]+、|[a-h][.)])\s*(?=\S)/
const UNORDERED = /^[-*•·▪●◦‣–—]/
const CJK_EDGE = /[\u3400-\u9fff，。、；：！？（）“”]/

/** Joins two wrapped fragments: no space between CJK characters, one space otherwise. */
export function joinWrapped(a: string, b: string): string {
  if (a.endsWith('-') && /^[a-z]/.test(b) && !/\s-$/.test(a)) return a.slice(0, -1) + b // hyphenated wrap
  if (CJK_EDGE.test(a.slice(-1)) && CJK_EDGE.test(b[0] ?? '')) return a + b
  return `${a} ${b}`
}

/**
 * Turns the kept lines into typed blocks: tables from tab rows, list items from bullets or a
 * colon-introduced run, headings from short phrases between paragraphs, and paragraphs joined
 * across hard wraps (indents and full-width spaces removed).
 */
export function structure(lines: readonly ClassifiedLine[]): DraftBlock[] {
  const kept = lines.filter((l) => l.verdict === 'keep')
  const wrapped = isHardWrapped(kept.map((l) => l.text))
  const usesBlanks = kept.filter((l) => l.blankBefore).length >= kept.length * 0.4
  const usesIndents = kept.filter((l) => l.indent).length >= kept.length * 0.4
  const blocks: DraftBlock[] = []
  let open: DraftBlock | null = null // paragraph still accepting wrapped lines
  let listMode = false

  for (let k = 0; k < kept.length; k++) {
    const line = kept[k]!
    const next = kept[k + 1]
    const text = line.text.replace(/\u3000+/g, ' ').trim()
    const prevBlock = blocks[blocks.length - 1]
    // Lines that were not adjacent in the input (something dropped between them) never join.
    const adjacent = k > 0 && kept[k - 1]!.index === line.index - 1 && !line.blankBefore

    if (line.cells) {
      if (prevBlock?.type === 'table' && adjacent) prevBlock.rows!.push(line.cells)
      else blocks.push({ type: 'table', text: '', rows: [line.cells], header: true, at: line.index })
      open = null
      continue
    }
    const bullet = BULLET.exec(text)
    if (bullet && (UNORDERED.test(text) || (next && BULLET.test(next.text)) || (prevBlock?.type === 'listItem' && adjacent))) {
      blocks.push({ type: 'listItem', text: text.slice(bullet[0].length).trim(), ordered: !UNORDERED.test(text), depth: 0, at: line.index })
      open = null
      listMode = true
      continue
    }
    const startsNew = !adjacent || (usesIndents && line.indent)
    if (open && !startsNew && !listMode) {
      const last = open.text
      const joins = wrapped ? !headingLike(text) || !endsSentence(last) : !endsSentence(last) && last.length >= 50 && /^[\p{Ll}\u3400-\u9fff(“"'‘]/u.test(text)
      if (joins) {
        open.text = joinWrapped(open.text, text)
        continue
      }
    }
    // A colon-introduced run of adjacent lines, in a text that otherwise separates paragraphs, is a list.
    const afterColon = prevBlock && /[:：]$/.test(prevBlock.text) && adjacent && usesBlanks && !wrapped
    if ((afterColon || (listMode && adjacent)) && prevBlock && (prevBlock.type === 'listItem' || afterColon)) {
      blocks.push({ type: 'listItem', text, ordered: false, depth: 0, at: line.index })
      listMode = true
      open = null
      continue
    }
    listMode = false
    const isHeading =
      headingLike(text, line.stats) &&
      !!next &&
      (next.stats.cls === 'good' || next.stats.cls === 'near' || BULLET.test(next.text)) &&
      (!wrapped || line.blankBefore || next.blankBefore)
    if (isHeading || (headingLike(text, line.stats) && !next && blocks.length === 0)) {
      blocks.push({ type: 'heading', text, level: 2, at: line.index })
      open = null
      continue
    }
    open = { type: 'paragraph', text, at: line.index }
    blocks.push(open)
  }
  for (const b of blocks) if (b.type === 'table') b.text = b.rows!.map((r) => r.join('\t')).join('\n')
  return blocks
}
