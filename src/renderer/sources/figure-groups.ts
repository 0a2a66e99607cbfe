import type { Figure } from '../../shared/model/source'

/** One sentence of the article with the key figures found in it. */
export interface FigureSentence {
  blockId: string
  sentence: string
  figures: Figure[]
}

/** Groups figures by the sentence they stand in (a sentence often holds several), in article order. */
export function groupFigures(figures: readonly Figure[]): FigureSentence[] {
  const groups = new Map<string, FigureSentence>()
  for (const f of figures) {
    const key = `${f.blockId}\u0000${f.sentence}`
    const group = groups.get(key) ?? { blockId: f.blockId, sentence: f.sentence, figures: [] }
    group.figures.push(f)
    groups.set(key, group)
  }
  return [...groups.values()]
}

/** The sentence cut into plain and figure parts, for marking the figures (first occurrence of each, in order). */
export function markFigures(sentence: string, figures: readonly Figure[]): { text: string; figure: boolean }[] {
  const spans: { start: number; end: number }[] = []
  for (const f of figures) {
    let from = 0
    let at = sentence.indexOf(f.text, from)
    // The same text twice in a sentence ("8% … 8%"): take the next unmarked occurrence.
    while (at >= 0 && spans.some((s) => at < s.end && at + f.text.length > s.start)) {
      from = at + 1
      at = sentence.indexOf(f.text, from)
    }
    if (at >= 0 && f.text) spans.push({ start: at, end: at + f.text.length })
  }
  spans.sort((a, b) => a.start - b.start)
  const parts: { text: string; figure: boolean }[] = []
  let pos = 0
  for (const s of spans) {
    if (s.start > pos) parts.push({ text: sentence.slice(pos, s.start), figure: false })
    parts.push({ text: sentence.slice(s.start, s.end), figure: true })
    pos = s.end
  }
  if (pos < sentence.length) parts.push({ text: sentence.slice(pos), figure: false })
  return parts
}
