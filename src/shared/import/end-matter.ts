import type { ClassifiedLine } from './classify'
import { normaliseForMatch } from './normalise'

/** "###", "-30-", "- ends -": the mark that closes a press release. */
const END_MARK = /^(?:#\s*#\s*#|-\s*30\s*-|[-–—]*\s*ends?\s*[-–—]*|\*\s*\*\s*\*\s*end\s*\*\s*\*\s*\*)$/i
/** "About Harbourside University": the heading of an organisation's boilerplate blurb. */
const ABOUT = /^about\s+(?!(?:the|this|these|our|us|me|it|that|what|how|why)\b)(.{2,60})$/i

/**
 * True when `head` reads "About <Organisation>" and `next` opens by naming the same organisation:
 * the blurb that closes a press release ("About Harbourside University" / "Harbourside University is
 * a …"). Used by the text and the HTML readers.
 */
export function isAboutBlurb(head: string, next: string): boolean {
  const m = ABOUT.exec(head.trim())
  if (!m) return false
  const name = normaliseForMatch(m[1]!).replace(/^the /, '')
  return name.length >= 3 && normaliseForMatch(next).replace(/^the /, '').startsWith(name)
}

const kept = (l: ClassifiedLine) => l.verdict === 'keep'
const drop = (l: ClassifiedLine, reason: string) => {
  l.verdict = 'drop'
  l.reason = reason
}

/**
 * Drops what copied pages put after an article's own text but inside its body: everything after a
 * press release's end mark, the "About <Organisation>" blurb that opens by naming the organisation,
 * and footnotes given as a numbered run ("1", note, "2", note) at the very end.
 */
export function dropEndMatter(lines: ClassifiedLine[]): void {
  const body = lines.filter(kept)
  if (body.length < 4) return
  const firstKept = body[0]!.index
  const span = body[body.length - 1]!.index - firstKept

  // A release's end mark in the lower half of the body: nothing after it is the release.
  const mark = body.find((l) => l.index - firstKept > span / 2 && END_MARK.test(l.text.trim()))
  if (mark) for (const l of lines) if (l.index >= mark.index && kept(l)) drop(l, 'after-end-mark')

  // "About Harbourside University" / "Harbourside University is a …": boilerplate, to the end mark or the end.
  const rest = lines.filter(kept)
  const restSpan = rest[rest.length - 1]!.index - firstKept
  for (let k = 0; k < rest.length - 1; k++) {
    const head = rest[k]!
    if (head.stats.endsSentence || head.index - firstKept <= restSpan * 0.6 || rest.length - k - 1 > 3) continue
    if (!isAboutBlurb(head.text, rest[k + 1]!.text)) continue
    for (let j = k; j < rest.length; j++) drop(rest[j]!, 'about-blurb')
    break
  }

  // Footnotes: "1", note, "2", note … closing the body (the numbers themselves are already dropped).
  const after = lines.filter(kept)
  let n = 0
  let k = after.length - 1
  const notes: ClassifiedLine[] = []
  while (k >= 0) {
    const note = after[k]!
    const marker = lines[note.index - 1]
    if (!marker || kept(marker) || !/^\d{1,2}$/.test(marker.text.trim())) break
    notes.unshift(note)
    n = Number(marker.text.trim())
    k--
  }
  // The run must count up from 1 without a gap, so stray counters ("142") do not make notes, and
  // the text must carry each note's marker glued to a word ("…in the data.1"), unlike numbered steps.
  if (!notes.length || n !== 1 || !notes.every((l, i) => lines[l.index - 1]!.text.trim() === String(i + 1))) return
  const text = after.slice(0, after.length - notes.length).map((l) => l.text).join('\n')
  if (notes.every((_, i) => new RegExp(`[\\p{L}.,;:!?’'"”)]${i + 1}(?!\\d)`, 'u').test(text))) for (const l of notes) drop(l, 'footnote')
}
