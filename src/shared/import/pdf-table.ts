import type { PdfWord } from './pdf-words'
import { joinWrapped } from './structure'

/** A line of a page as the table finder needs it: words left to right, its page and baseline. */
export interface LayoutLine {
  page: number
  y: number
  size: number
  words: PdfWord[]
}

/** A table found over the lines [start, end) of the input. */
export interface FoundTable {
  kind: 'table'
  start: number
  end: number
  rows: string[][]
  header: boolean
}

/** Prose set in columns over the lines [start, end): each column's words, line by line, top down. */
export interface FoundColumns {
  kind: 'columns'
  start: number
  end: number
  columns: PdfWord[][][]
}

export type FoundRegion = FoundTable | FoundColumns

/** A strip no cell text crosses, between the last text of one column and the first of the next. */
interface Gutter {
  a: number
  b: number
}

/** A run of words of one line closer together than a cell gap: part of one cell. */
interface Segment {
  x0: number
  x1: number
  words: PdfWord[]
}

// A gap this wide (in ems) between two words of a line is far wider than any word space, even in
// justified text: the line probably has cells.
const SEED_GAP = 1.5
// Words closer than this (in ems) are in one cell: a word space, even a stretched one, is narrower
// and cell padding on both sides of a gutter is wider.
const CELL_GAP = 0.45
// Between two runs the gap is a jump of the text position, which is how cells are set; a narrower
// gap is enough there.
const RUN_GAP = 0.3
// A gutter must be this wide in most rows that have text on both sides; a narrower strip that
// happens to be free in every row is an aligned word space.
const STRONG_GAP = 1
const NUMERIC = /^[-+−(]?[$€£¥]?\s?\d[\d,.\s]*\s?(%|[kmb]n?|bn|million|billion)?\)?$/i

function segmentsOf(line: LayoutLine): Segment[] {
  const segments: Segment[] = []
  for (const w of line.words) {
    const last = segments[segments.length - 1]
    if (last && w.x0 - last.x1 < line.size * (w.runStart ? RUN_GAP : CELL_GAP)) {
      last.words.push(w)
      last.x1 = Math.max(last.x1, w.x1)
    } else segments.push({ x0: w.x0, x1: w.x1, words: [w] })
  }
  return segments
}

function isSeed(line: LayoutLine): boolean {
  const ws = line.words
  const gaps = ws.slice(1).map((w, i) => w.x0 - ws[i]!.x1)
  if (!gaps.some((g) => g >= line.size * SEED_GAP)) return false
  // A short justified line spreads its words with wide but equal spaces; cells leave unequal gaps.
  const mean = gaps.reduce((a, b) => a + b, 0) / gaps.length
  const even = gaps.length >= 3 && gaps.every((g) => Math.abs(g - mean) <= mean * 0.15)
  return !(even && ws.filter((w) => /\p{L}{2}/u.test(w.text)).length * 2 > ws.length)
}

/**
 * Gutters of a set of lines: the x ranges that no cell text of any line covers, kept when most lines
 * with text on both sides leave a wide gap there (so aligned word spaces are not gutters, while a
 * header whose cells pdf.js ran together is still split by the rows below it).
 */
function guttersOf(lines: readonly LayoutLine[]): Gutter[] {
  const segs = lines.map(segmentsOf)
  const spans = segs.flat().sort((p, q) => p.x0 - q.x0)
  const gutters: Gutter[] = []
  let reach = spans[0]?.x1 ?? 0
  for (const s of spans.slice(1)) {
    if (s.x0 > reach) {
      const at = (reach + s.x0) / 2
      let wide = 0
      let both = 0
      lines.forEach((l, i) => {
        const before = segs[i]!.filter((t) => t.x1 <= at)
        const after = segs[i]!.filter((t) => t.x0 >= at)
        if (!before.length || !after.length) return
        both++
        if (after[0]!.x0 - before[before.length - 1]!.x1 >= l.size * STRONG_GAP) wide++
      })
      if (both > 0 && wide * 2 >= both) gutters.push({ a: reach, b: s.x0 })
    }
    reach = Math.max(reach, s.x1)
  }
  return gutters.length ? [...gutters, ...alignedGutters(lines, gutters)].sort((p, q) => p.a - q.a) : gutters
}

/**
 * Narrow gutters of a table that has wide ones: a strip no word covers, narrower than a cell gap
 * (a right-aligned column of figures next to a left-aligned column with little padding), kept
 * when most lines that cross it a word space apart (two at least) have a figure ending at its left
 * edge and the next word starting at its right edge, and some line leaves a wide gap there. Only
 * figures: word spaces of wrapped text line up by chance.
 */
function alignedGutters(lines: readonly LayoutLine[], wide: readonly Gutter[]): Gutter[] {
  const words = lines.flatMap((l) => l.words).sort((p, q) => p.x0 - q.x0)
  const size = lines[0]!.size
  const tol = size * 0.15
  const found: Gutter[] = []
  let reach = words[0]?.x1 ?? 0
  for (const w of words.slice(1)) {
    const g = { a: reach, b: w.x0 }
    if (g.b - g.a >= tol && !wide.some((o) => g.a < o.b && g.b > o.a)) {
      // Lines whose words straddle the strip a word space apart, aligned with its edges or not.
      const straddling = lines.flatMap((l) => l.words.flatMap((v, i) => {
        const u = l.words[i - 1]
        return u && u.x1 <= g.a + tol && v.x0 >= g.b - tol && v.x0 - u.x1 < size * STRONG_GAP ? [{ u, v }] : []
      }))
      const pairs = straddling.filter(({ u, v }) => Math.abs(u.x1 - g.a) <= tol && Math.abs(v.x0 - g.b) <= tol)
      // Some line (a header) must show the gutter wide; else "4,210 kWh" in every row is a figure and its unit.
      const shown = lines.some((l) => l.words.some((v, i) => i > 0 && l.words[i - 1]!.x1 <= g.a + tol && v.x0 >= g.b - tol && v.x0 - l.words[i - 1]!.x1 >= size * STRONG_GAP))
      if (shown && pairs.length >= 2 && pairs.length * 2 > straddling.length && pairs.every(({ u }) => NUMERIC.test(u.text))) found.push(g)
    }
    reach = Math.max(reach, w.x1)
  }
  return found
}

/**
 * The line's words by column, or null when a run of its text crosses a gutter (prose, a caption).
 * A run of text belongs to the column it overlaps; one lying inside a gutter (a centred header
 * over right-aligned figures) to the nearer column.
 */
function place(gutters: readonly Gutter[], line: LayoutLine): PdfWord[][] | null {
  const tol = line.size * 0.2
  const cells: PdfWord[][] = Array.from({ length: gutters.length + 1 }, () => [])
  // Cells split at cell gaps and at any gutter, however narrow.
  const segments: Segment[] = []
  for (const w of line.words) {
    const last = segments[segments.length - 1]
    if (last && w.x0 - last.x1 < line.size * (w.runStart ? RUN_GAP : CELL_GAP) && !gutters.some((g) => last.x1 <= g.a + tol && w.x0 >= g.b - tol)) {
      last.words.push(w)
      last.x1 = Math.max(last.x1, w.x1)
    } else segments.push({ x0: w.x0, x1: w.x1, words: [w] })
  }
  for (const s of segments) {
    if (gutters.some((g) => s.x0 < g.a - tol && s.x1 > g.b + tol)) return null
    let col = gutters.findIndex((g) => s.x1 <= (g.a + g.b) / 2 || s.x0 < g.a - tol)
    if (col < 0) col = gutters.length
    cells[col]!.push(...s.words)
  }
  return cells
}

function filled(cells: readonly PdfWord[][]): Set<number> {
  return new Set(cells.flatMap((ws, c) => (ws.length ? [c] : [])))
}

/** A line of a table with its words by column. */
interface Placed {
  line: LayoutLine
  cells: PdfWord[][]
}

/**
 * Groups the lines of a table into rows. Lines closer than half a line share a row (cells centred
 * vertically); lines one line pitch apart share a row when the table's rows are padded (some row
 * gap is clearly wider than a line), or, in an unpadded table, when the line only continues cells
 * that the line above already had (a wrapped cell).
 */
function rowsOf(lines: readonly Placed[]): Placed[][] {
  const size = lines[0]!.line.size
  const dists = lines.slice(1).map((l, i) => lines[i]!.line.y - l.line.y)
  const padded = dists.some((d) => d > size * 1.5)
  const rows: Placed[][] = []
  lines.forEach((p, i) => {
    const row = rows[rows.length - 1]
    const d = i > 0 ? dists[i - 1]! : Infinity
    let same = d < size * 0.75
    if (!same && row && d <= size * 1.35) {
      if (padded) same = true
      else {
        const above = filled(lines[i - 1]!.cells)
        const mine = filled(p.cells)
        same = mine.size < above.size && [...mine].every((c) => above.has(c))
      }
    }
    if (same && row) row.push(p)
    else rows.push([p])
  })
  return rows
}

/** Cell texts of a row: each column's words in reading order, wrapped lines joined. */
function cellsOf(row: readonly Placed[]): string[] {
  return row[0]!.cells.map((_, c) => {
    let text = ''
    for (const p of row) {
      const part = p.cells[c]!.map((w) => w.text).join(' ')
      if (part) text = text ? joinWrapped(text, part) : part
    }
    return text
  })
}

/**
 * Running prose set in columns: every column holds several lines of several words that mostly
 * run to the column's right edge. Table columns of labels or figures never look like that.
 */
function isProseLayout(lines: readonly Placed[]): boolean {
  return lines[0]!.cells.every((_, c) => {
    const parts = lines.map((p) => p.cells[c]!).filter((ws) => ws.length)
    if (parts.length < 4) return false
    const left = Math.min(...parts.map((ws) => ws[0]!.x0))
    const right = Math.max(...parts.map((ws) => ws[ws.length - 1]!.x1))
    const full = parts.filter((ws) => ws[ws.length - 1]!.x1 - left >= (right - left) * 0.8).length
    const words = parts.reduce((n, ws) => n + ws.length, 0)
    return full >= parts.length * 0.7 && words >= parts.length * 4
  })
}

/** The first row is a header when its font differs from the body's, or it has no figure above columns of figures. */
function hasHeader(rows: readonly Placed[][], cells: readonly string[][]): boolean {
  const fontOf = (row: readonly Placed[]) => {
    const counts = new Map<string, number>()
    for (const w of row.flatMap((p) => p.line.words)) counts.set(w.font, (counts.get(w.font) ?? 0) + w.text.length)
    return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0]
  }
  const bodyFonts = new Set(rows.slice(1).map(fontOf))
  const first = fontOf(rows[0]!)
  if (first !== undefined && !bodyFonts.has(first)) return true
  const [head, ...body] = cells
  if (!head || head.some((c) => NUMERIC.test(c))) return false
  return head.some((_, c) => {
    const values = body.map((r) => r[c]!).filter(Boolean)
    return values.length > 0 && values.filter((v) => NUMERIC.test(v)).length * 2 >= values.length
  })
}

/**
 * Finds tables among a document's lines (in reading order). A table starts from lines with wide
 * gaps ("seeds") close together on one page; its gutters are the strips all of them leave free;
 * it takes in the lines between and around them whose text stays out of the gutters (wrapped
 * cells, headers without wide gaps); and it is kept only if it has at least two rows with two
 * cells. Prose set in columns (a two-column page) is returned as columns instead, to be read one
 * column after the other.
 */
export function findTables(lines: readonly LayoutLine[]): FoundRegion[] {
  const found: FoundRegion[] = []
  let i = 0
  while (i < lines.length) {
    if (!isSeed(lines[i]!)) {
      i++
      continue
    }
    // Seeds of one table: same page, at most three other lines and four lines' height apart, and no
    // line of prose as wide as the seeds between them (two tables with a paragraph between).
    const seeds = [i]
    let j = i + 1
    let left = Math.min(...lines[i]!.words.map((w) => w.x0))
    let right = Math.max(...lines[i]!.words.map((w) => w.x1))
    while (j < lines.length && lines[j]!.page === lines[i]!.page && j - seeds[seeds.length - 1]! <= 4 && lines[j - 1]!.y - lines[j]!.y <= lines[j]!.size * 4) {
      const line = lines[j]!
      if (isSeed(line)) {
        seeds.push(j)
        left = Math.min(left, ...line.words.map((w) => w.x0))
        right = Math.max(right, ...line.words.map((w) => w.x1))
      } else if (segmentsOf(line).some((s) => s.x1 - s.x0 >= (right - left) * 0.6)) break
      j++
    }
    const last = seeds[seeds.length - 1]!
    const table = tableAt(lines, i, seeds)
    if (table) {
      found.push(table)
      i = table.end
    } else i = last + 1
  }
  return found
}

function tableAt(lines: readonly LayoutLine[], first: number, seeds: readonly number[]): FoundRegion | null {
  let gutters = guttersOf(seeds.map((s) => lines[s]!))
  let placed: Placed[] = []
  // The lines between seeds must keep out of the gutters; where one does not, the table stops before
  // it, and the gutters are found again from the seeds above it alone.
  for (;;) {
    if (!gutters.length) return null
    placed = []
    for (let k = first; k <= seeds[seeds.length - 1]!; k++) {
      const cells = place(gutters, lines[k]!)
      if (!cells) break
      placed.push({ line: lines[k]!, cells })
    }
    const stop = first + placed.length
    if (stop > seeds[seeds.length - 1]!) break
    seeds = seeds.filter((s) => s < stop)
    gutters = guttersOf(seeds.map((s) => lines[s]!))
  }
  if (placed.length < 2) return null
  const maxDist = Math.max(...placed.slice(1).map((p, k) => placed[k]!.line.y - p.line.y), lines[first]!.size * 1.35)
  // Lines around that fit: a wrapped cell just above or below, or a row with two or more cells.
  const around = (line: LayoutLine | undefined, next: LayoutLine): Placed | null => {
    if (!line || line.page !== next.page) return null
    const d = Math.abs(next.y - line.y)
    const cells = d <= maxDist * 1.05 ? place(gutters, line) : null
    return cells && (d < line.size * 1.35 || filled(cells).size >= 2) ? { line, cells } : null
  }
  let start = first
  let end = first + placed.length
  for (let p = around(lines[start - 1], lines[start]!); p; p = around(lines[start - 1], lines[start]!)) {
    placed.unshift(p)
    start--
  }
  for (let p = around(lines[end], lines[end - 1]!); p; p = around(lines[end], lines[end - 1]!)) {
    placed.push(p)
    end++
  }
  if (isProseLayout(placed)) return { kind: 'columns', start, end, columns: placed[0]!.cells.map((_, c) => placed.map((p) => p.cells[c]!).filter((ws) => ws.length)) }
  const rows = rowsOf(placed)
  const cells = rows.map(cellsOf)
  if (rows.length < 2 || cells.filter((r) => r.filter(Boolean).length >= 2).length < 2) return null
  const header = hasHeader(rows, cells)
  // A column that only one row of three or more uses is a split cell of that row (a header whose
  // words pdf.js ran together and whose spaces then looked wide): its text goes back to the left.
  for (let c = cells[0]!.length - 1; c > 0 && cells.length >= 3; c--) {
    const users = cells.filter((r) => r[c])
    if (users.length === 1 && users[0]![c - 1]) {
      users[0]![c - 1] += ` ${users[0]![c]}`
      users[0]![c] = ''
    }
  }
  // A column no row uses (a gutter found in one stray line) would only add empty cells.
  const used = cells[0]!.map((_, c) => cells.some((r) => r[c]))
  return { kind: 'table', start, end, rows: cells.map((r) => r.filter((_, c) => used[c])), header }
}
