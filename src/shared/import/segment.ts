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
