/** One non-blank line of input text, with the layout facts the later stages use. */
export interface Line {
  /** Position among the non-blank lines. */
  index: number
  /** The text with white space tidied (no indent, no non-breaking or zero-width spaces). */
  text: string
  /** Started with an indent (two spaces, a tab or a full-width space): a paragraph start in many texts. */
  indent: boolean
  /** A blank line stood before it (or it is the first line). */
  blankBefore: boolean
  /** Tab-separated cells, when the line has tabs (browsers copy table rows that way). */
  cells: string[] | null
}

const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g

/** Normalises line ends and invisible characters without touching the words. */
export function normaliseText(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(INVISIBLE, '').replace(/[\u00a0\u2007\u202f]/g, ' ')
}

/** Splits text into non-blank lines, remembering indents, blank gaps and tab cells. */
export function segment(text: string): Line[] {
  const lines: Line[] = []
  let blank = true
  for (const raw of normaliseText(text).split('\n')) {
    const trimmed = raw.replace(/[ \t\u3000]+$/, '')
    if (/^[\s\u3000]*$/.test(trimmed)) {
      blank = true
      continue
    }
    const indent = /^( {2,}|\t|\u3000)/.test(trimmed)
    const body = trimmed.replace(/^[ \t\u3000]+/, '')
    const cells = body.includes('\t') ? body.split('\t').map((c) => c.trim()) : null
    const textOut = body.replace(/\t+/g, ' ').replace(/[ \u3000]{2,}/g, (m) => (m.includes('\u3000') ? '\u3000\u3000' : ' ')).replace(/ {2,}/g, ' ')
    lines.push({ index: lines.length, text: textOut, indent, blankBefore: blank, cells: cells && cells.filter(Boolean).length >= 2 ? cells : null })
    blank = false
  }
  return lines
}

/** Decides whether a text was hard-wrapped at a fixed width (most long lines end near one width). */
export function isHardWrapped(texts: readonly string[]): boolean {
  const lengths = texts.map((t) => t.length).filter((n) => n >= 20)
  if (lengths.length < 6) return false
  const sorted = [...lengths].sort((a, b) => a - b)
  const width = sorted[Math.floor(sorted.length * 0.9)]!
  if (width < 40 || width > 130) return false
  const band = texts.filter((t) => t.length >= 20 && t.length >= width * 0.75 && t.length <= width + 2)
  if (band.length < 5 || band.length / lengths.length < 0.5) return false
  // Wrapped lines break mid-sentence; copied paragraphs of similar length end with a full stop.
  return band.filter((t) => /[.!?。！？"”]$/.test(t)).length / band.length < 0.5
}

const LIST_START = /^([-*•·▪●◦‣]|\d{1,2}[.)、]|[（(]\d{1,2}[)）])\s*/
const CJK_END = /[\u3400-\u9fff，。、；：！？（）“”]$/

/**
 * Joins the lines of a hard-wrapped text (e-mail, plain-text exports, PDF copies) back into one
 * line per paragraph, so each paragraph is classified as a whole; other texts pass unchanged.
 */
export function unwrap(lines: readonly Line[]): Line[] {
  if (!isHardWrapped(lines.map((l) => l.text))) return [...lines]
  const out: Line[] = []
  for (const line of lines) {
    const prev = out[out.length - 1]
    if (prev && !line.blankBefore && !line.cells && !prev.cells && !LIST_START.test(line.text) && !(line.indent && !prev.indent)) {
      const hyphen = prev.text.endsWith('-') && /^[a-z]/.test(line.text)
      prev.text = hyphen ? prev.text.slice(0, -1) + line.text : CJK_END.test(prev.text) && /^[\u3400-\u9fff]/.test(line.text) ? prev.text + line.text : `${prev.text} ${line.text}`
      continue
    }
    out.push({ ...line, index: out.length })
  }
  return out
}
