import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { all, part, userFootnoteIds } from '../../../../test/docx/docx-parts'
import { briefingOf, bullets, cite, exportParts, heading, item, note, numbered, para, sourceOf, text } from '../../../../test/docx/build'
import type { DocNode } from '../../model'
import { getTemplate } from '../../templates'
import { exportBriefingDocx } from './export-briefing'

const cell = (type: 'tableCell' | 'tableHeader', content: DocNode[], attrs: Record<string, unknown> = {}): DocNode => ({ type, attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs }, content })
const row = (...cells: DocNode[]): DocNode => ({ type: 'tableRow', content: cells })

describe('blocks', () => {
  it('maps headings to Word built-in heading styles and paragraphs to Normal', async () => {
    const { parts } = await exportParts(briefingOf([heading(1, 'One'), heading(2, 'Two'), heading(3, 'Three'), para(text('Body'))]))
    const doc = part(parts, 'word/document.xml')
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3', 'Normal']) expect(doc).toContain(`<w:pStyle w:val="${id}"/>`)
    const styles = part(parts, 'word/styles.xml')
    for (const name of ['Title', 'heading 1', 'heading 2', 'heading 3', 'Normal', 'Quote', 'List Bullet', 'List Number', 'caption', 'footnote text', 'Table Grid']) {
      expect(styles).toContain(`<w:name w:val="${name}"/>`)
    }
  })

  it('leaves out empty guidance paragraphs but keeps guidance paragraphs the author filled', async () => {
    const { parts } = await exportParts(briefingOf([{ type: 'paragraph', attrs: { guidance: 'Say why' } }, { type: 'paragraph', attrs: { guidance: 'Say what' }, content: [text('Written text')] }]))
    const doc = part(parts, 'word/document.xml')
    expect(doc).not.toContain('Say why')
    expect(doc).toContain('Written text')
  })

  it('gives each list its own numbering instance, so numbered lists restart, and honours start', async () => {
    const { parts } = await exportParts(briefingOf([numbered(1, item(para(text('a')))), para(text('between')), numbered(1, item(para(text('b')))), numbered(5, item(para(text('c'))))]))
    const numIds = all(part(parts, 'word/document.xml'), /<w:numId w:val="(\d+)"\/>/g)
    expect(numIds).toHaveLength(3)
    expect(new Set(numIds).size).toBe(3)
    expect(part(parts, 'word/numbering.xml')).toContain('<w:start w:val="5"/>')
  })

  it('nests lists one level deeper and numbers an item whose first child is a list', async () => {
    const { parts } = await exportParts(briefingOf([bullets(item(para(text('top')), numbered(1, item(para(text('inner')))))), numbered(1, item(bullets(item(para(text('x'))))))]))
    const doc = part(parts, 'word/document.xml')
    expect(all(doc, /<w:ilvl w:val="(\d)"\/>/g)).toEqual(['0', '1', '0', '1'])
    expect(doc).toContain('<w:pStyle w:val="ListBullet"/>')
    expect(doc).toContain('<w:pStyle w:val="ListNumber"/>')
  })

  it('maps blockquotes to Quote and a horizontal rule to a bordered paragraph', async () => {
    const { parts } = await exportParts(briefingOf([{ type: 'blockquote', content: [para(text('quoted'))] }, { type: 'horizontalRule' }]))
    const doc = part(parts, 'word/document.xml')
    expect(doc).toContain('<w:pStyle w:val="Quote"/>')
    expect(doc).toMatch(/<w:pBdr><w:bottom w:val="single"/)
  })

  it('writes DXA widths on the table, grid and cells, spread evenly over the text width, and repeats header rows', async () => {
    const b = briefingOf([{ type: 'table', content: [row(cell('tableHeader', [para(text('H1'))]), cell('tableHeader', [para(text('H2'))])), row(cell('tableCell', [bullets(item(para(text('in cell'))))]), cell('tableCell', [para(text('v'))]))] }])
    const { parts } = await exportParts(b, { template: getTemplate('general') })
    const doc = part(parts, 'word/document.xml')
    const t = getTemplate('general').page
    const textWidth = 11906 - Math.round((t.marginsMm.left * 1440) / 25.4) - Math.round((t.marginsMm.right * 1440) / 25.4)
    const grid = all(doc, /<w:gridCol w:w="(\d+)"\/>/g).map(Number)
    expect(grid).toHaveLength(2)
    expect(Math.abs(grid.reduce((s, w) => s + w, 0) - textWidth)).toBeLessThanOrEqual(2)
    expect(doc).toMatch(new RegExp(`<w:tblW w:type="dxa" w:w="${grid[0]! + grid[1]!}"/>`))
    expect(all(doc, /<w:tcW w:type="(\w+)"/g)).toEqual(['dxa', 'dxa', 'dxa', 'dxa'])
    expect(doc).toContain('<w:tblHeader/>')
    expect(doc).toContain('<w:tblStyle w:val="TableGrid"/>')
    // The list inside the cell is a real numbered paragraph inside the cell.
    expect(doc).toMatch(/<w:tc>(?:(?!<\/w:tc>).)*<w:numPr>/)
  })

  it('renders a decision block as boxes, or as approval lines for Approve/Disapprove', async () => {
    const { parts } = await exportParts(
      briefingOf([
        { type: 'decisionBlock', attrs: { options: ['Agreed', 'Not agreed'], label: 'Decision' } },
        { type: 'decisionBlock', attrs: { options: ['Approve', 'Disapprove'] } },
      ]),
    )
    const doc = part(parts, 'word/document.xml')
    expect(doc).toContain('\u2610\u00A0</w:t></w:r><w:r><w:t xml:space="preserve">Agreed')
    expect(doc).toMatch(/Approve\u00A0<\/w:t><\/w:r><w:r><w:t xml:space="preserve">_{10,}/)
  })

  it('numbers headings 一、（一）1. with a Word list under the Chinese template', async () => {
    const b = briefingOf([heading(1, '基本情况'), heading(2, '具体问题')], { template: 'cn-official' })
    const { parts } = await exportParts(b)
    const numbering = part(parts, 'word/numbering.xml')
    expect(numbering).toContain('<w:numFmt w:val="chineseCounting"/>')
    expect(numbering).toContain('<w:lvlText w:val="%1、"/>')
    expect(numbering).toContain('<w:lvlText w:val="（%2）"/>')
    expect(numbering).toContain('<w:suff w:val="nothing"/>')
    expect(all(part(parts, 'word/document.xml'), /<w:ilvl w:val="(\d)"\/>/g)).toEqual(['0', '1'])
  })

  it('sets the Chinese template fonts: 仿宋 for East-Asian body text, per-level heading faces, zh-CN language', async () => {
    const { parts } = await exportParts(briefingOf([heading(1, '基本情况'), para(text('正文'))], { template: 'cn-official' }))
    const styles = part(parts, 'word/styles.xml')
    expect(styles).toMatch(/<w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="FangSong" w:hAnsi="FangSong" w:eastAsia="仿宋" w:cs="FangSong"\/>/)
    expect(styles).toMatch(/w:styleId="Heading1">.*?w:eastAsia="黑体"/s)
    expect(styles).toMatch(/w:styleId="Heading2">.*?w:eastAsia="楷体"/s)
    expect(styles).toContain('<w:lang w:val="zh-CN" w:eastAsia="zh-CN"')
  })
})

describe('inline', () => {
  it('maps marks to run properties and links to hyperlinks with a relationship', async () => {
    const { parts } = await exportParts(
      briefingOf([para(text('b', [{ type: 'bold' }]), text('i', [{ type: 'italic' }]), text('u', [{ type: 'underline' }]), text('s', [{ type: 'strike' }]), text('c', [{ type: 'code' }]), text('link', [{ type: 'link', attrs: { href: 'https://example.org/x' } }]))]),
    )
    const doc = part(parts, 'word/document.xml')
    for (const tag of ['<w:b/>', '<w:i/>', '<w:u w:val="single"/>', '<w:strike/>', 'w:ascii="Consolas"', '<w:hyperlink']) expect(doc).toContain(tag)
    expect(part(parts, 'word/_rels/document.xml.rels')).toMatch(/Target="https:\/\/example.org\/x" TargetMode="External"/)
  })

  it('writes tabs and line breaks in text as Word tab and break elements', async () => {
    const { parts } = await exportParts(briefingOf([para(text('a\tb\nc'), { type: 'hardBreak' }, text('d'))]))
    expect(part(parts, 'word/document.xml')).toMatch(/a<\/w:t><w:tab\/><w:t xml:space="preserve">b<\/w:t><\/w:r><w:r><w:br\/><w:t xml:space="preserve">c<\/w:t><\/w:r><w:r><w:br\/><\/w:r>/)
  })

  it('keeps unsafe links as plain text and warns', async () => {
    const { parts, warnings } = await exportParts(briefingOf([para(text('x', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]))]))
    expect(part(parts, 'word/document.xml')).not.toContain('<w:hyperlink')
    expect(warnings.join()).toMatch(/plain text/)
  })

  it('strips control characters and warns; keeps emoji and gives CJK runs the East-Asian font', async () => {
    const { parts, warnings } = await exportParts(briefingOf([para(text('a\u0001b 🎉 中文'))]))
    const doc = part(parts, 'word/document.xml')
    expect(doc).toContain('ab 🎉 中文')
    expect(doc).not.toContain('\u0001')
    expect(doc).toMatch(/<w:rFonts w:eastAsia="[^"]+" w:hint="eastAsia"\/>/)
    expect(warnings).toContain('Removed control characters that Word documents cannot contain.')
  })
})

describe('citations, footnotes and sources', () => {
  const sources = [sourceOf('s1', { author: 'J. Smith' }), sourceOf('s2'), sourceOf('unused')]

  it('makes one real footnote per citation and user footnote, with Ibid. for an immediate repeat', async () => {
    const b = briefingOf([para(text('a'), cite('c1', 's1', 'p. 1'), text('b'), cite('c2', 's1', 'p. 2'), cite('c3', 's2'), note('My own note'), cite('c4', 's2'))], { sources })
    const { parts } = await exportParts(b)
    const footnotes = part(parts, 'word/footnotes.xml')
    expect(userFootnoteIds(footnotes)).toEqual(['1', '2', '3', '4', '5'])
    expect(all(part(parts, 'word/document.xml'), /<w:footnoteReference w:id="(\d+)"\/>/g)).toEqual(['1', '2', '3', '4', '5'])
    expect(footnotes).toContain('J. Smith, Publisher of s1, \u201CTitle of s1\u201D, 2026-03-04, https://example.org/s1, p. 1.')
    expect(footnotes).toContain('Ibid., p. 2.')
    expect(footnotes).toContain('My own note')
    // After a user footnote the same source is named in full again.
    expect(footnotes.split('Title of s2').length - 1).toBe(2)
    expect(footnotes).toContain('<w:pStyle w:val="FootnoteText"/>')
  })

  it('lists each cited source once in a Sources section, in citation order, and not uncited ones', async () => {
    const b = briefingOf([para(cite('c1', 's2'), cite('c2', 's1'), cite('c3', 's2'))], { sources })
    const doc = part((await exportParts(b)).parts, 'word/document.xml')
    const after = doc.slice(doc.indexOf('>Sources<'))
    expect(after.indexOf('Title of s2')).toBeLessThan(after.indexOf('Title of s1'))
    expect(after.split('Title of s2').length - 1).toBe(1)
    expect(doc).not.toContain('Title of unused')
  })

  it('still exports a citation whose source is missing, with a note saying so and a warning', async () => {
    const { parts, warnings } = await exportParts(briefingOf([para(text('x'), { type: 'citation', attrs: { id: 'c9', sourceId: 'gone', blockId: 'b', quote: 'lost words', locator: null } })]))
    expect(part(parts, 'word/footnotes.xml')).toContain('source missing from this briefing (gone)')
    expect(warnings.join()).toMatch(/c9.*gone/)
  })
})

describe('page furniture and properties', () => {
  it('puts the classification in header and footer and Page X of Y as PAGE / NUMPAGES fields', async () => {
    const { parts } = await exportParts(briefingOf([para(text('x'))], { classification: 'OFFICIAL-SENSITIVE' }))
    expect(part(parts, 'word/header1.xml')).toContain('OFFICIAL-SENSITIVE')
    const footer = part(parts, 'word/footer1.xml')
    expect(footer).toContain('OFFICIAL-SENSITIVE')
    expect(footer).toMatch(/Page <\/w:t>.*PAGE<\/w:instrText>.* of <\/w:t>.*NUMPAGES<\/w:instrText>/)
    expect(footer).toContain('<w:jc w:val="center"/>')
  })

  it('sets page size and margins from the briefing and template', async () => {
    const b = briefingOf([para(text('x'))], { template: 'us-action-memo' })
    b.meta.pageSize = 'Letter'
    const doc = part((await exportParts(b)).parts, 'word/document.xml')
    expect(doc).toMatch(/<w:pgSz w:w="12240" w:h="15840"/)
    expect(doc).toMatch(/<w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440"/)
  })

  it('writes title, creator, subject, keywords and a Classification custom property', async () => {
    const b = briefingOf([para(text('x'))], { template: 'uk-submission', classification: 'OFFICIAL' })
    b.meta.title = 'Housing & transport'
    b.meta.author = 'A. Author'
    const { parts } = await exportParts(b)
    const core = part(parts, 'docProps/core.xml')
    expect(core).toContain('<dc:title>Housing &amp; transport</dc:title>')
    expect(core).toContain('<dc:creator>A. Author</dc:creator>')
    expect(core).toContain(`<dc:subject>${getTemplate('uk-submission').name}</dc:subject>`)
    expect(core).toMatch(/<cp:keywords>OFFICIAL, uk-submission<\/cp:keywords>/)
    expect(core).toContain('<cp:lastModifiedBy>A. Author</cp:lastModifiedBy>')
    expect(part(parts, 'docProps/custom.xml')).toMatch(/name="Classification"><vt:lpwstr>OFFICIAL<\/vt:lpwstr>/)
  })

  it('writes the template header fields with their labels, skipping empty ones', async () => {
    const b = briefingOf([para(text('x'))], { template: 'us-action-memo' })
    b.meta.recipient = 'The Secretary'
    const doc = part((await exportParts(b)).parts, 'word/document.xml')
    expect(doc).toContain('TO:')
    expect(doc).toContain('The Secretary')
    expect(doc).not.toContain('FROM:')
  })

  it('keeps standard fields filled in the header form even when the template does not name them', async () => {
    const b = briefingOf([para(text('x'))], { template: 'au-ministerial-brief' })
    const named = new Set(getTemplate('au-ministerial-brief').fields.map((f) => f.key))
    b.meta.reference = 'REF-123'
    b.meta.dueDate = '1 December 2026'
    const doc = part((await exportParts(b)).parts, 'word/document.xml')
    expect(doc).toContain('REF-123')
    expect(doc).toContain('1 December 2026')
    // At least one of them is not a field of this template, so this tests the fallback.
    expect(named.has('reference') && named.has('dueDate')).toBe(false)
  })
})

describe('robustness', () => {
  it('exports unknown node types as paragraphs with a warning', async () => {
    const { parts, warnings } = await exportParts(briefingOf([{ type: 'callout', content: [para(text('inside'))] }, { type: 'mystery', text: 'loose' }]))
    const doc = part(parts, 'word/document.xml')
    expect(doc).toContain('inside')
    expect(doc).toContain('loose')
    expect(warnings.some((w) => w.includes('callout'))).toBe(true)
  })

  it('builds a fresh document per export: a second export numbers footnotes from 1 again', async () => {
    const b = briefingOf([para(cite('c1', 's1'), note('n'))], { sources: [sourceOf('s1')] })
    const first = await exportParts(b)
    const second = await exportParts(b)
    // docx gives hyperlinks random relationship ids; everything else must repeat exactly.
    const body = (parts: Record<string, string>) => part(parts, 'word/document.xml').replace(/r:id="rId[\w-]+"/g, 'r:id=""')
    expect(body(second.parts)).toBe(body(first.parts))
    expect(userFootnoteIds(part(second.parts, 'word/footnotes.xml'))).toEqual(['1', '2'])
  })

  it('never throws on arbitrary node trees', async () => {
    const types = ['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'listItem', 'table', 'tableRow', 'tableCell', 'tableHeader', 'horizontalRule', 'decisionBlock', 'text', 'hardBreak', 'citation', 'footnote', 'weird']
    const attrs = fc.dictionary(fc.constantFrom('level', 'start', 'colspan', 'rowspan', 'colwidth', 'options', 'label', 'guidance', 'sourceId', 'text', 'href'), fc.oneof(fc.integer({ min: -3, max: 12 }), fc.string(), fc.constant(null), fc.array(fc.integer({ min: -5, max: 900 }), { maxLength: 3 })))
    const node: fc.Arbitrary<DocNode> = fc.letrec<{ node: DocNode }>((tie) => ({
      node: fc.record(
        { type: fc.constantFrom(...types), attrs, text: fc.string(), content: fc.array(tie('node'), { maxLength: 3 }), marks: fc.array(fc.record({ type: fc.constantFrom('bold', 'link', 'code', 'odd'), attrs: fc.dictionary(fc.constant('href'), fc.string()) }), { maxLength: 2 }) },
        { requiredKeys: ['type'] },
      ),
    })).node
    await fc.assert(
      fc.asyncProperty(fc.array(node, { maxLength: 4 }), async (nodes) => {
        const { bytes } = await exportBriefingDocx(briefingOf(nodes, { sources: [sourceOf('s1')] }), { now: new Date(0) })
        expect(bytes.length).toBeGreaterThan(1000)
      }),
      { numRuns: 60 },
    )
  })
})
