/** A word of a PDF line with its estimated horizontal extent. */
export interface PdfWord {
  text: string
  x0: number
  x1: number
  y: number
  size: number
  font: string
  /** It begins a run: the gap before it is a jump of the text position, not a space glyph. */
  runStart: boolean
}

/** A positioned text run as pdf.js gives it (one item of getTextContent). */
export interface PositionedRun {
  str: string
  x: number
  y: number
  width: number
  size: number
  font: string
}

// Helvetica advance widths (per 1000 em) for printable ASCII from space (32) to tilde (126).
// pdf.js joins runs that are close together, so one run can hold two table cells ("$1.2m Under way");
// splitting a run at its spaces needs each word's position, and relative glyph widths place words far
// better than an even share per character (narrow "il()" against wide "mSW").
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556,
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556,
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
]

const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/

function advance(ch: string): number {
  const code = ch.charCodeAt(0)
  if (code >= 32 && code <= 126) return HELVETICA[code - 32]!
  if (/\s/.test(ch)) return 278
  return WIDE.test(ch) ? 1000 : 556
}

/** What the page tells about placing words inside a run: font widths and where other runs start and end. */
export interface PageHints {
  /** Per font: the run width over its Helvetica width, from runs without spaces. */
  scale: Map<string, number>
  /** Left and right edges shared by several runs of the page: where columns of text line up. */
  starts: number[]
  ends: number[]
}

function natural(text: string): number {
  let n = 0
  for (const ch of text) n += advance(ch)
  return n
}

/** Font scales and run edges of one page's runs. */
export function pageHints(runs: readonly PositionedRun[]): PageHints {
  const ratios = new Map<string, number[]>()
  for (const r of runs) {
    if (!r.str.trim() || /\s/.test(r.str.trim()) || r.width <= 0 || r.size <= 0) continue
    const list = ratios.get(r.font) ?? []
    list.push(r.width / ((natural(r.str.trim()) * r.size) / 1000))
    ratios.set(r.font, list)
  }
  const scale = new Map<string, number>()
  for (const [font, list] of ratios) scale.set(font, list.sort((p, q) => p - q)[Math.floor(list.length / 2)]!)
  const edged = runs.filter((r) => r.str.trim())
  return { scale, starts: repeated(edged.map((r) => r.x)), ends: repeated(edged.map((r) => r.x + r.width)) }
}

/** Positions shared by two or more runs (within a point): column edges, not where a line happens to end. */
function repeated(xs: number[]): number[] {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted.filter((x, i) => (i > 0 && x - sorted[i - 1]! <= 1) || (i + 1 < sorted.length && sorted[i + 1]! - x <= 1))
}

/**
 * Word extents inside one run. pdf.js turns a gap between two cells into a single space of the run,
 * so the run can be much wider than its glyphs. The extra width goes into the one space after which
 * the rest of the run would start where other runs start (a column's left edge), or before which
 * the run would end where other runs end (a right-aligned column); failing that, it is shared by all
 * spaces of a long line (justified text) or all glyphs of a short run.
 */
function extents(run: PositionedRun, hints: PageHints): { text: string; x0: number; x1: number; start: number }[] {
  const chars = [...run.str]
  const cum = [0]
  for (const ch of chars) cum.push(cum[cum.length - 1]! + advance(ch))
  const tokens: { text: string; start: number; end: number }[] = []
  for (let k = 0; k < chars.length; ) {
    if (/\s/.test(chars[k]!)) {
      k++
      continue
    }
    const start = k
    while (k < chars.length && /\s/.test(chars[k]!) === false) k++
    tokens.push({ text: chars.slice(start, k).join(''), start, end: k })
  }
  const total = cum[chars.length]!
  const unit = ((hints.scale.get(run.font) ?? (total > 0 ? (run.width * 1000) / (total * run.size) : 0)) * run.size) / 1000
  const excess = run.width - unit * total
  const left = (k: number) => run.x + unit * cum[k]!
  const right = (k: number) => run.x + run.width - unit * (total - cum[k]!)
  // Only short runs (a few words of two cells) with clearly more width than glyphs: a line of prose
  // drifts from the Helvetica estimate by itself, and one of its many spaces would line up by chance.
  if (tokens.length > 1 && tokens.length <= 5 && excess > Math.max(run.size * 0.5, run.width * 0.06)) {
    const near = (x: number, edges: number[]) => Math.min(...edges.map((e) => Math.abs(e - x)))
    let best = -1
    let bestDist = run.size * 0.3
    for (let t = 1; t < tokens.length; t++) {
      const dist = Math.min(near(right(tokens[t]!.start), hints.starts), near(left(tokens[t - 1]!.end), hints.ends))
      if (dist <= bestDist) {
        best = t
        bestDist = dist
      }
    }
    if (best > 0) return tokens.map((tk, t) => (t < best ? { text: tk.text, x0: left(tk.start), x1: left(tk.end), start: tk.start } : { text: tk.text, x0: right(tk.start), x1: right(tk.end), start: tk.start }))
  }
  // A long line shares its extra width among its spaces (justified text); a short run's extra width
  // is mostly the error of the width estimate, spread over all its glyphs.
  const justified = tokens.length > 5 && excess > 0
  const per = justified ? excess / (tokens.length - 1) : 0
  const stretch = justified ? 0 : excess / Math.max(total, 1)
  return tokens.map((tk, t) => ({ text: tk.text, x0: left(tk.start) + per * t + stretch * cum[tk.start]!, x1: left(tk.end) + per * t + stretch * cum[tk.end]!, start: tk.start }))
}

/**
 * Splits the runs of one line (sorted left to right) into words with estimated extents. A word that
 * pdf.js cut across two runs (kerning, font change) is joined again when nothing separates the halves.
 */
export function wordsOf(runs: readonly PositionedRun[], hints: PageHints = pageHints(runs)): PdfWord[] {
  const words: PdfWord[] = []
  let openEnd = false // the last word reached the end of its run, so the next run may continue it
  for (const run of runs) {
    for (const e of extents(run, hints)) {
      const prev = words[words.length - 1]
      if (e.start === 0 && openEnd && prev && e.x0 - prev.x1 < run.size * 0.15) {
        prev.text += e.text
        prev.x1 = Math.max(prev.x1, e.x1)
      } else words.push({ text: e.text, x0: e.x0, x1: e.x1, y: run.y, size: run.size, font: run.font, runStart: e.start === 0 })
    }
    openEnd = run.str.length > 0 && !/\s$/.test(run.str)
  }
  return words
}
