import { getDocumentProxy } from 'unpdf'
import { ImportError } from './errors'
import { attachCaptions, filterArticleBlocks } from './read-html'
import { joinWrapped } from './structure'
import { findTables, type FoundColumns, type FoundTable } from './pdf-table'
import { pageHints, wordsOf, type PdfWord, type PositionedRun } from './pdf-words'
import type { DraftBlock, DraftRemoved, Reading } from './types'

/** A line of a PDF page rebuilt from positioned text runs. */
interface PdfLine {
  page: number
  y: number
  x: number
  size: number
  text: string
  /** The line's words with their extents, for finding table columns. */
  words: PdfWord[]
}

interface TextRun {
  str: string
  transform: number[]
  width: number
  height: number
  fontName?: string
}

const PAGE_NUMBER = /^(page\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(\s*(of|\/|de|sur)\s*\d{1,4})?$|^第\s*\d+\s*页(\s*共\s*\d+\s*页)?$/i

function positioned(r: TextRun): PositionedRun {
  return { str: r.str, x: r.transform[4]!, y: r.transform[5]!, width: r.width, size: Math.abs(r.transform[3]!) || r.height, font: r.fontName ?? '' }
}

function linesOf(runs: TextRun[], page: number): PdfLine[] {
  const hints = pageHints(runs.map(positioned))
  const sorted = runs.filter((r) => r.str.trim()).sort((a, b) => b.transform[5]! - a.transform[5]! || a.transform[4]! - b.transform[4]!)
  const lines: PdfLine[] = []
  let current: { y: number; runs: TextRun[] } | null = null
  for (const run of sorted) {
    const y = run.transform[5]!
    const size = Math.abs(run.transform[3]!) || run.height
    if (current && Math.abs(current.y - y) <= size * 0.4) current.runs.push(run)
    else {
      current = { y, runs: [run] }
      lines.push({ page, y, x: 0, size: 0, text: '', words: [] })
    }
    const line = lines[lines.length - 1]!
    const rs = current.runs.sort((a, b) => a.transform[4]! - b.transform[4]!)
    line.x = rs[0]!.transform[4]!
    line.size = Math.max(...rs.map((r) => Math.abs(r.transform[3]!) || r.height))
    let text = ''
    let end = -Infinity
    for (const r of rs) {
      const gap = r.transform[4]! - end
      const sep = end > -Infinity && gap > line.size * 0.15 && !/\s$/.test(text) && !/^\s/.test(r.str) ? ' ' : ''
      text += sep + r.str
      end = r.transform[4]! + r.width
    }
    line.text = text.replace(/\s+/g, ' ').trim()
    line.words = wordsOf(rs.map(positioned), hints)
  }
  return lines
}

/** The lines with each columned region replaced by its columns' lines, one column after the other. */
function splitColumns(all: readonly PdfLine[], regions: readonly FoundColumns[]): PdfLine[] {
  const out: PdfLine[] = []
  let i = 0
  for (const r of regions) {
    out.push(...all.slice(i, r.start))
    const page = all[r.start]!.page
    const firstLeft = Math.min(...r.columns[0]!.map((ws) => ws[0]!.x0))
    for (const column of r.columns) {
      // Indents are measured from the column's own left edge, so a right column is not a quote.
      const shift = Math.min(...column.map((ws) => ws[0]!.x0)) - firstLeft
      for (const words of column) out.push({ page, y: words[0]!.y, x: words[0]!.x0 - shift, size: Math.max(...words.map((w) => w.size)), text: words.map((w) => w.text).join(' '), words })
    }
    i = r.end
  }
  out.push(...all.slice(i))
  return out
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b)
  return s[Math.floor(s.length / 2)] ?? 0
}

/**
 * Reads a PDF's text layer: rebuilds lines from text runs, drops page numbers and running
 * headers/footers, joins lines into paragraphs by spacing, and finds headings by font size.
 */
export async function readPdf(bytes: Uint8Array): Promise<Reading> {
  let pages: PdfLine[][]
  let info: { Title?: unknown; Author?: unknown } = {}
  try {
    const pdf = await getDocumentProxy(new Uint8Array(bytes))
    info = ((await pdf.getMetadata().catch(() => null))?.info ?? {}) as typeof info
    pages = []
    for (let p = 1; p <= pdf.numPages; p++) {
      const page = await pdf.getPage(p)
      const content = await page.getTextContent()
      pages.push(linesOf(content.items.filter((i): i is TextRun & typeof i => 'str' in i) as TextRun[], p))
    }
  } catch (e) {
    const err = e as Error
    if (err.name === 'PasswordException' || /password/i.test(err.message)) throw new ImportError('encrypted', 'This PDF is password-protected; open it, save an unprotected copy and import that.')
    throw new ImportError('corrupt', `This PDF could not be read: ${err.message}`)
  }
  const removed: DraftRemoved[] = []
  let at = 0
  // Running headers and footers: the same text (digits ignored) at a page edge on many pages.
  const edgeKey = (l: PdfLine) => l.text.toLowerCase().replace(/\d+/g, '#')
  const edgeLines = new Map<string, PdfLine[]>()
  for (const lines of pages) for (const l of [...lines.slice(0, 2), ...lines.slice(-2)]) edgeLines.set(edgeKey(l), [...(edgeLines.get(edgeKey(l)) ?? []), l])
  // Pages with the line at the same height: a running header keeps its place, while rows of a long
  // table that differ only in figures fall at the page edges at varying heights.
  const edgeCount = (l: PdfLine) => new Set((edgeLines.get(edgeKey(l)) ?? []).filter((o) => Math.abs(o.y - l.y) <= 2).map((o) => o.page)).size
  let all: PdfLine[] = []
  for (const lines of pages) {
    lines.forEach((l, i) => {
      const edge = i < 2 || i >= lines.length - 2
      if (PAGE_NUMBER.test(l.text)) removed.push({ text: l.text, reason: 'page-number', at: at++ })
      else if (edge && pages.length >= 3 && edgeCount(l) >= Math.max(3, pages.length * 0.5)) removed.push({ text: l.text, reason: 'running-header', at: at++ })
      else {
        all.push(l)
        at++
      }
    })
  }
  if (!all.length) return { blocks: [], removed, meta: {}, warnings: ['This PDF has no text layer (is it a scan?); run OCR on it first.'], title: null, headerLines: [], footerLines: [] }

  // Prose set in columns is read one column after the other; then tables are looked for again.
  const found = findTables(all)
  const columned = found.filter((r): r is FoundColumns => r.kind === 'columns')
  if (columned.length) all = splitColumns(all, columned)
  const tables = columned.length ? findTables(all).filter((r): r is FoundTable => r.kind === 'table') : found.filter((r): r is FoundTable => r.kind === 'table')
  const bodySize = median(all.map((l) => l.size))
  const left = median(all.map((l) => l.x))
  const gaps: number[] = []
  for (let i = 1; i < all.length; i++) if (all[i]!.page === all[i - 1]!.page) gaps.push(all[i - 1]!.y - all[i]!.y)
  const lineGap = median(gaps.filter((g) => g > 0 && g < bodySize * 3)) || bodySize * 1.2

  const blocks: DraftBlock[] = []
  let title = null as string | null
  let open: DraftBlock | null = null
  let prev: PdfLine | null = null
  // The table that ended on the line before, which a table at the top of the next page may continue.
  let continued: DraftBlock | null = null
  all.forEach((l, i) => {
    if (prev && blocks[blocks.length - 1] !== continued) continued = null
    const table = tables[0] && i >= tables[0].start ? tables[0] : null
    const gap = prev && prev.page === l.page ? prev.y - l.y : Infinity
    const newPara = !prev || gap > lineGap * 1.35 || Math.abs(l.size - prev.size) > 0.5
    const bullet = /^[•●▪◦‣∙·-]\s*/.exec(l.text)
    if (table) {
      // A table's lines are one block, whatever they look like one by one.
      const last = blocks[blocks.length - 1]
      if (i === table.start) {
        // A table broken by a page break goes on where it stopped, its repeated header row dropped.
        if (last?.type === 'table' && prev?.page === l.page - 1 && last === continued && last.rows![0]!.length === table.rows[0]!.length) {
          last.rows!.push(...(table.rows[0]!.join('\t') === last.rows![0]!.join('\t') ? table.rows.slice(1) : table.rows))
        } else blocks.push({ type: 'table', text: '', rows: table.rows, header: table.header, at: i })
      }
      if (i === table.end - 1) {
        tables.shift()
        continued = blocks[blocks.length - 1] ?? null
      }
      open = null
    } else if (l.size >= bodySize * 1.5 && blocks.length === 0 && (title === null || (prev && gap <= l.size * 1.6 && prev.size === l.size))) {
      title = title ? joinWrapped(title, l.text) : l.text
    } else if (bullet) {
      blocks.push((open = { type: 'listItem', text: l.text.slice(bullet[0].length), ordered: false, depth: 0, at: i }))
    } else if (l.size >= bodySize * 1.12 && l.text.length < 120) {
      const last = blocks[blocks.length - 1]
      if (last?.type === 'heading' && !newPara) last.text = joinWrapped(last.text, l.text)
      else blocks.push({ type: 'heading', text: l.text, level: 2, at: i })
      open = null
    } else if (open && !newPara && (open.type === 'paragraph' || open.type === 'quote' || open.type === 'listItem')) {
      open.text = joinWrapped(open.text, l.text)
    } else {
      blocks.push((open = { type: l.x > left + bodySize * 1.5 ? 'quote' : 'paragraph', text: l.text, at: i }))
    }
    prev = l
  })
  const live = attachCaptions(blocks)
  for (const b of live) if (b.type === 'table') b.text = b.rows!.map((r) => r.join('\t')).join('\n')
  // The document's own Title property beats the text layer (which may have lost part of it).
  const declared = typeof info.Title === 'string' && info.Title.trim() && !/^(untitled|microsoft word|document\d*)\b|\.(docx?|pdf|odt)$/i.test(info.Title.trim()) ? info.Title.trim() : null
  if (declared) {
    while (live[0] && live[0].type !== 'table' && live[0].text.length < declared.length && declared.toLowerCase().includes(live[0].text.toLowerCase())) removed.push({ text: live.shift()!.text, reason: 'title', at: -1 })
    if (title && declared.toLowerCase().includes(title.toLowerCase())) title = declared
    title ??= declared
  }
  const meta = typeof info.Author === 'string' && info.Author.trim() ? { author: info.Author.trim() } : {}
  const filtered = filterArticleBlocks(live, title)
  return { blocks: filtered.kept, removed: [...removed, ...filtered.removed], meta, warnings: [], title, headerLines: all.slice(0, 8).map((l) => l.text), footerLines: all.slice(-4).map((l) => l.text) }
}
