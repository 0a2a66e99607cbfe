import { AppError } from '../../shared/ipc/errors'
import { ImportError, importArticle } from '../../shared/import'
import { createBriefing, newId as defaultNewId, type Briefing, type DocNode, type NewId, type SourceBlock } from '../../shared/model'

/** The template a briefing started from a Word document gets (it has no template sections of its own). */
export const WORD_DOCUMENT_TEMPLATE = 'general'

/** The clock for the new briefing's dates and the id source for its footnotes. */
export interface DocxToBriefingOptions {
  now: Date
  newId?: NewId
}

/**
 * A new briefing from a Word document: the importer reads its blocks, which become the briefing's
 * body: headings (levels 1-3), paragraphs, nested bulleted and numbered lists, tables with a header
 * row, block quotes, and footnotes (mammoth writes a reference as "[n]" and the note as a closing line
 * ending in "↑"; they become footnote nodes again). The first heading becomes the title. Lines the
 * importer's web-page cleanup would drop are put back where they stood: in the user's own document
 * every line is content.
 */
export async function docxToBriefing(bytes: Uint8Array, fileName: string, options: DocxToBriefingOptions): Promise<Briefing> {
  const newId = options.newId ?? defaultNewId
  let imported
  try {
    imported = await importArticle(bytes, { fileName, now: options.now, newId })
  } catch (e) {
    if (e instanceof ImportError) throw new AppError(importCode(e.code), `“${fileName}” cannot be opened as a briefing: ${e.message}`)
    throw e
  }
  const { source } = imported
  const title = source.title.trim() || fileName.replace(/\.docx$/i, '')
  // The title line lives in meta, not in the body.
  const restored = withRemovedLinesRestored(
    source.blocks,
    source.removed.filter((r) => r.reason !== 'title'),
  ).filter((b, i) => !(i === 0 && b.type === 'heading' && b.text.trim() === title))
  const footnotes: string[] = []
  const body = restored.filter((b) => {
    const note = b.type === 'table' || b.type === 'heading' ? null : FOOTNOTE_LINE.exec(b.text)
    if (note) footnotes.push((note[1] ?? '').trim())
    return !note
  })
  return createBriefing({ template: WORD_DOCUMENT_TEMPLATE, title, doc: blocksToDoc(body, { footnotes, newId }), now: options.now })
}

/** A footnote body as mammoth writes it at the end of the document: the note text, then a back-link arrow. */
const FOOTNOTE_LINE = /^([\s\S]*?)\s*↑$/

function importCode(code: ImportError['code']): AppError['code'] {
  if (code === 'too-large' || code === 'zip-bomb') return 'too-large'
  if (code === 'unsupported' || code === 'encrypted' || code === 'binary') return 'unsupported'
  return 'corrupt'
}

/** Puts each removed line back as a paragraph after the block it followed (null = at the top), in order. */
export function withRemovedLinesRestored(blocks: readonly SourceBlock[], removed: readonly { id: string; text: string; after: string | null }[]): SourceBlock[] {
  const following = new Map<string | null, SourceBlock[]>()
  for (const r of removed) {
    if (!r.text.trim()) continue
    const list = following.get(r.after) ?? []
    list.push({ id: r.id, type: 'paragraph', text: r.text })
    following.set(r.after, list)
  }
  const out: SourceBlock[] = [...(following.get(null) ?? [])]
  for (const b of blocks) out.push(b, ...(following.get(b.id) ?? []))
  return out
}

/** Footnote texts to resolve "[n]" markers against, and the id source for footnote nodes. */
export interface BlocksToDocOptions {
  /** Footnote texts; "[n]" in a block's text becomes a footnote node with the n-th text. */
  footnotes?: readonly string[]
  newId?: NewId
}

/** Maps importer blocks onto the briefing's TipTap vocabulary (see src/shared/model/doc.ts). */
export function blocksToDoc(blocks: readonly SourceBlock[], options: BlocksToDocOptions = {}): DocNode {
  const footnotes = options.footnotes ?? []
  const newId = options.newId ?? defaultNewId
  const inline = (s: string): DocNode[] => {
    const out: DocNode[] = []
    let last = 0
    for (const m of s.matchAll(/\[(\d+)\]/g)) {
      const note = footnotes[Number(m[1]) - 1]
      if (note === undefined) continue
      if (m.index > last) out.push({ type: 'text', text: s.slice(last, m.index) })
      out.push({ type: 'footnote', attrs: { id: newId(), text: note } })
      last = m.index + m[0].length
    }
    if (last < s.length) out.push({ type: 'text', text: s.slice(last) })
    return out
  }
  const paragraph = (s: string): DocNode => {
    const content = inline(s)
    return { type: 'paragraph', ...(content.length ? { content } : {}) }
  }

  const content: DocNode[] = []
  let i = 0
  while (i < blocks.length) {
    const b = blocks[i] as SourceBlock
    if (b.type === 'listItem') {
      const run: SourceBlock[] = []
      while (i < blocks.length && blocks[i]?.type === 'listItem') run.push(blocks[i++] as SourceBlock)
      content.push(...listNodes(run, paragraph))
      continue
    }
    if (b.type === 'quote') {
      const run: DocNode[] = []
      while (i < blocks.length && blocks[i]?.type === 'quote') run.push(paragraph((blocks[i++] as SourceBlock).text))
      content.push({ type: 'blockquote', content: run })
      continue
    }
    i++
    if (b.type === 'heading') content.push({ type: 'heading', attrs: { level: Math.min(3, Math.max(1, b.level ?? 1)) }, content: inline(b.text) })
    else if (b.type === 'table') content.push(...tableNodes(b, paragraph))
    else content.push(paragraph(b.text))
  }
  return { type: 'doc', content: content.length ? content : [{ type: 'paragraph' }] }
}

const listType = (ordered: boolean | undefined) => (ordered ? 'orderedList' : 'bulletList')

/**
 * Consecutive list items as lists: a deeper item nests inside the previous item; a change of kind at
 * the same depth starts a new list.
 */
function listNodes(items: readonly SourceBlock[], paragraph: (s: string) => DocNode): DocNode[] {
  const roots: DocNode[] = []
  // open[d] is the list open at depth d; an item may go at most one level deeper than the open lists.
  const open: DocNode[] = []
  for (const item of items) {
    const depth = Math.min(item.depth ?? 0, open.length)
    open.length = Math.min(open.length, depth + 1)
    let list = open[depth]
    if (!list || list.type !== listType(item.ordered)) {
      list = { type: listType(item.ordered), ...(item.ordered ? { attrs: { start: 1 } } : {}), content: [] }
      if (depth === 0) roots.push(list)
      else open[depth - 1]?.content?.at(-1)?.content?.push(list)
      open[depth] = list
    }
    list.content?.push({ type: 'listItem', content: [paragraph(item.text)] })
  }
  return roots
}

/** A table block as a table node (header cells for the first row when the importer marked one), plus its caption. */
function tableNodes(b: SourceBlock, paragraph: (s: string) => DocNode): DocNode[] {
  const rows = b.rows?.length ? b.rows : [[b.text]]
  const width = Math.max(...rows.map((r) => r.length), 1)
  const table: DocNode = {
    type: 'table',
    content: rows.map((row, r) => ({
      type: 'tableRow',
      content: Array.from({ length: width }, (_, c) => ({
        type: r === 0 && b.header ? 'tableHeader' : 'tableCell',
        attrs: { colspan: 1, rowspan: 1, colwidth: null },
        content: [paragraph(row[c] ?? '')],
      })),
    })),
  }
  return b.caption ? [paragraph(b.caption), table] : [table]
}
