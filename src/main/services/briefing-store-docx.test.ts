import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Document, FootnoteReferenceRun, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx'
import fc from 'fast-check'
import { Node as PmNode } from '@tiptap/pm/model'
import { briefingSchema } from '../../shared/editor'
import { AppError } from '../../shared/ipc/errors'
import { nodeText, sequentialIds, walkDoc, type DocNode, type SourceBlock } from '../../shared/model'
import { blocksToDoc, docxToBriefing, withRemovedLinesRestored } from './briefing-store-docx'
import { BriefingStore } from './briefing-store'

const now = new Date('2026-03-01T10:00:00.000Z')

/** A Word document with each structure the conversion must keep. */
async function sampleDocx(): Promise<Uint8Array> {
  const cell = (t: string) => new TableCell({ children: [new Paragraph(t)] })
  const doc = new Document({
    numbering: { config: [{ reference: 'num', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.' }] }] },
    footnotes: { 1: { children: [new Paragraph('Source: the 2025 water survey.')] } },
    sections: [
      {
        children: [
          new Paragraph({ text: 'Water charges: options', heading: HeadingLevel.TITLE }),
          new Paragraph({ text: 'Summary', heading: HeadingLevel.HEADING_1 }),
          new Paragraph({ children: [new TextRun('Charges rose by nine per cent last year, the largest rise in a decade.'), new FootnoteReferenceRun(1)] }),
          new Paragraph({ text: 'Options', heading: HeadingLevel.HEADING_2 }),
          new Paragraph({ text: 'Cap the charges for two years.', bullet: { level: 0 } }),
          new Paragraph({ text: 'Only for low-income households.', bullet: { level: 1 } }),
          new Paragraph({ text: 'Let the regulator decide.', bullet: { level: 0 } }),
          new Paragraph({ text: 'Consult the companies first.', numbering: { reference: 'num', level: 0 } }),
          new Paragraph({ text: 'Then decide by June.', numbering: { reference: 'num', level: 0 } }),
          new Table({ rows: [new TableRow({ tableHeader: true, children: [cell('Region'), cell('Rise')] }), new TableRow({ children: [cell('North'), cell('9%')] })] }),
          new Paragraph({ text: 'The minister is invited to agree option one by the end of the month.' }),
        ],
      },
    ],
  })
  return new Uint8Array(await Packer.toBuffer(doc))
}

const types = (nodes: DocNode[] | undefined) => (nodes ?? []).map((n) => n.type)
const block = (b: Partial<SourceBlock> & Pick<SourceBlock, 'type' | 'text'>, id = Math.random().toString(36).slice(2)): SourceBlock => ({ id, ...b })

describe('docxToBriefing', () => {
  it('keeps the title, headings, nested and numbered lists, tables and footnotes of a Word document', async () => {
    const b = await docxToBriefing(await sampleDocx(), 'water.docx', { now, newId: sequentialIds('n') })
    expect(b.meta).toMatchObject({ title: 'Water charges: options', template: 'general', createdAt: now.toISOString() })
    const body = b.doc.content ?? []
    expect(types(body)).toEqual(['heading', 'paragraph', 'heading', 'bulletList', 'orderedList', 'table', 'paragraph'])
    expect(body[0]).toEqual({ type: 'heading', attrs: { level: 1 }, content: [{ type: 'text', text: 'Summary' }] })
    expect(body[2]?.attrs).toEqual({ level: 2 })
    // The footnote reference became a footnote node holding the note's text; the note line is gone from the body.
    expect(body[1]?.content).toEqual([
      { type: 'text', text: 'Charges rose by nine per cent last year, the largest rise in a decade.' },
      { type: 'footnote', attrs: { id: expect.any(String), text: 'Source: the 2025 water survey.' } },
    ])
    expect(JSON.stringify(b.doc)).not.toContain('↑')
    // The level-1 bullet nests inside the first item.
    const bullets = body[3]?.content ?? []
    expect(bullets.map((li) => nodeText(li.content?.[0] ?? { type: 'x' }))).toEqual(['Cap the charges for two years.', 'Let the regulator decide.'])
    expect(bullets[0]?.content?.[1]).toMatchObject({ type: 'bulletList', content: [{ type: 'listItem' }] })
    expect(nodeText(bullets[0]?.content?.[1] ?? { type: 'x' })).toBe('Only for low-income households.')
    expect(body[4]?.content).toHaveLength(2)
    const rows = body[5]?.content ?? []
    expect(types(rows[0]?.content)).toEqual(['tableHeader', 'tableHeader'])
    expect(types(rows[1]?.content)).toEqual(['tableCell', 'tableCell'])
    expect(nodeText(rows[1] ?? { type: 'x' })).toBe('North9%')
  })

  it('refuses a damaged .docx with a clear AppError', async () => {
    const e = await docxToBriefing(new TextEncoder().encode('PK\u0003\u0004 not really a zip'), 'broken.docx', { now }).catch((x: unknown) => x)
    expect(e).toBeInstanceOf(AppError)
    expect((e as AppError).message).toMatch(/“broken.docx” cannot be opened as a briefing/)
  })

  it('opens the sample article .docx with all of its text', async () => {
    const bytes = await readFile(new URL('../../../test/fixtures/articles/harbourton-port-electrification.docx', import.meta.url))
    const b = await docxToBriefing(new Uint8Array(bytes), 'harbourton.docx', { now })
    let words = 0
    walkDoc(b.doc, (n) => {
      if (n.type === 'text') words += (n.text ?? '').split(/\s+/).filter(Boolean).length
    })
    expect(b.meta.title.length).toBeGreaterThan(0)
    expect(words).toBeGreaterThan(200)
  })
})

describe('blocksToDoc', () => {
  it('merges consecutive quotes into one blockquote and keeps a table caption', () => {
    const doc = blocksToDoc([
      block({ type: 'quote', text: 'One' }),
      block({ type: 'quote', text: 'Two' }),
      block({ type: 'table', text: 'a', rows: [['a', 'b'], ['c']], caption: 'Table 1' }),
    ])
    expect(types(doc.content)).toEqual(['blockquote', 'paragraph', 'table'])
    expect(doc.content?.[0]?.content).toHaveLength(2)
    // A short row is padded so every row has the same number of cells.
    expect(doc.content?.[2]?.content?.[1]?.content).toHaveLength(2)
  })

  it('starts a new list when the kind changes, and never nests more than one level per step', () => {
    const doc = blocksToDoc([
      block({ type: 'listItem', text: 'a', ordered: false, depth: 0 }),
      block({ type: 'listItem', text: 'b', ordered: true, depth: 0 }),
      block({ type: 'listItem', text: 'c', ordered: true, depth: 3 }),
    ])
    expect(types(doc.content)).toEqual(['bulletList', 'orderedList'])
    const ordered = doc.content?.[1]
    expect(ordered?.content?.[0]?.content?.[1]?.type).toBe('orderedList')
  })

  it('clamps heading levels to 1-3, leaves "[n]" without a note as text, and is never empty', () => {
    const doc = blocksToDoc([block({ type: 'heading', text: 'Deep', level: 5 }), block({ type: 'paragraph', text: 'See [2].' })], { footnotes: ['only one'] })
    expect(doc.content?.[0]?.attrs).toEqual({ level: 3 })
    expect(doc.content?.[1]?.content).toEqual([{ type: 'text', text: 'See [2].' }])
    expect(blocksToDoc([])).toEqual({ type: 'doc', content: [{ type: 'paragraph' }] })
  })

  it('always yields a document the editor schema accepts, with every text in order (property)', () => {
    const schema = briefingSchema()
    const str = fc.string({ maxLength: 12 })
    const blockArb = fc.oneof(
      fc.record({ type: fc.constant('paragraph' as const), text: str }),
      fc.record({ type: fc.constant('heading' as const), text: str, level: fc.integer({ min: 1, max: 6 }) }),
      fc.record({ type: fc.constant('quote' as const), text: str }),
      fc.record({ type: fc.constant('listItem' as const), text: str, ordered: fc.boolean(), depth: fc.integer({ min: 0, max: 4 }) }),
      fc.record({
        type: fc.constant('table' as const),
        text: str,
        rows: fc.array(fc.array(str, { maxLength: 4 }), { maxLength: 4 }),
        header: fc.boolean(),
        caption: fc.option(str, { nil: undefined }),
      }),
    )
    fc.assert(
      fc.property(fc.array(blockArb, { maxLength: 25 }), (drafts) => {
        const blocks = drafts.map((d, i) => block(d, `b${i}`))
        const doc = blocksToDoc(blocks)
        PmNode.fromJSON(schema, doc).check()
        const expected = blocks.flatMap((b) => (b.type === 'table' ? [b.caption ?? '', ...(b.rows?.length ? b.rows.flat() : [b.text])] : [b.text])).filter(Boolean)
        const actual: string[] = []
        walkDoc(doc, (n) => {
          if (n.type === 'text' && n.text) actual.push(n.text)
        })
        expect(actual).toEqual(expected)
      }),
      { numRuns: 300 },
    )
  })

  it('puts removed lines back where they stood', () => {
    const blocks = [block({ type: 'paragraph', text: 'A' }, 'a'), block({ type: 'paragraph', text: 'B' }, 'b')]
    const out = withRemovedLinesRestored(blocks, [
      { id: 'r1', text: 'top', after: null },
      { id: 'r2', text: 'after a', after: 'a' },
      { id: 'r3', text: '  ', after: 'a' },
    ])
    expect(out.map((b) => b.text)).toEqual(['top', 'A', 'after a', 'B'])
  })
})

describe('BriefingStore.openWordDocument', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bw-docx-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('gives the new briefing a free .brief name beside the .docx, and saving never touches the .docx', async () => {
    const docx = join(dir, 'water.docx')
    const bytes = await sampleDocx()
    await writeFile(docx, bytes)
    await writeFile(join(dir, 'water.brief'), 'someone else’s briefing')
    const store = new BriefingStore({ docxToBriefing: (b, name) => docxToBriefing(b, name, { now }) })
    const opened = await store.openWordDocument(docx)
    expect(opened.path).toBe(join(dir, 'water (2).brief'))
    expect(opened.modifiedAt).toBe(0)
    await store.save(opened.path, opened.briefing)
    expect(new Uint8Array(await readFile(docx))).toEqual(bytes)
    expect(await readFile(join(dir, 'water.brief'), 'utf8')).toBe('someone else’s briefing')
  })

  it('refuses to save over a file that appeared at that name meanwhile', async () => {
    const docx = join(dir, 'water.docx')
    await writeFile(docx, await sampleDocx())
    const store = new BriefingStore({ docxToBriefing: (b, name) => docxToBriefing(b, name, { now }) })
    const opened = await store.openWordDocument(docx)
    await writeFile(opened.path, 'created by someone else')
    await expect(store.save(opened.path, opened.briefing)).rejects.toMatchObject({ code: 'changed-on-disk' })
    expect(await readFile(opened.path, 'utf8')).toBe('created by someone else')
  })
})
