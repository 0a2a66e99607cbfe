import { zipSync, strToU8 } from 'fflate'
import { describe, expect, it } from 'vitest'
import { all, part } from '../../../../test/docx/docx-parts'
import { briefingOf, bullets, exportParts, heading, item, para, text } from '../../../../test/docx/build'
import { germanStyleFile } from '../../../../test/docx/org-style-file'
import { OrgStylesError, parseStyleNames, readOrgStyles } from './org-styles'

describe('readOrgStyles', () => {
  it('reads style ids by their Word names from a .dotx', () => {
    const styles = readOrgStyles(germanStyleFile())
    expect(styles.byName.get('heading 1')?.id).toBe('berschrift1')
    expect(styles.byName.get('title')?.id).toBe('Titel')
  })
  it('reads names and types, unescapes them, and skips self-closing styles', () => {
    const xml = '<w:styles><w:style w:type="paragraph" w:styleId="Empty"/><w:style w:type="character" w:styleId="A"><w:name w:val="R&amp;D"/></w:style></w:styles>'
    expect(parseStyleNames(xml)).toEqual([{ id: 'A', name: 'R&D', type: 'character' }])
  })
  it('refuses files that are not Word files, or have no styles part', () => {
    expect(() => readOrgStyles(strToU8('plain text'))).toThrow(OrgStylesError)
    expect(() => readOrgStyles(zipSync({ 'word/document.xml': strToU8('<w:document/>') }))).toThrow(/no styles part/)
  })
})

describe('exporting with an organisation style file', () => {
  it('uses the organisation styles matched by name and adds only the styles it lacks', async () => {
    const b = briefingOf([heading(1, 'Hintergrund'), para(text('Text')), bullets(item(para(text('Punkt')))), { type: 'blockquote', content: [para(text('Zitat'))] }])
    const { parts } = await exportParts(b, { styleSource: germanStyleFile() })
    const doc = part(parts, 'word/document.xml')
    const styles = part(parts, 'word/styles.xml')
    expect(doc).toContain('<w:pStyle w:val="berschrift1"/>')
    expect(doc).toContain('<w:pStyle w:val="Titel"/>')
    expect(doc).toContain('<w:pStyle w:val="Standard"/>')
    // The organisation's heading keeps its own look.
    expect(styles).toMatch(/w:styleId="berschrift1">.*?<w:color w:val="C00000"\/>/s)
    // Styles it lacks are ours, by Word's name; its "Quote" id belongs to another style, so ours gets a fresh id.
    expect(styles).toContain('<w:name w:val="List Bullet"/>')
    expect(styles).toContain('<w:name w:val="Table Grid"/>')
    expect(doc).toContain('<w:pStyle w:val="BwQuote"/>')
    expect(styles).toMatch(/w:styleId="BwQuote">\s*<w:name w:val="Quote"\/>/)
    // Its document defaults (Verdana) are kept, not replaced by the template's fonts.
    expect(styles).toContain('w:ascii="Verdana"')
    // docx's footnote references always name FootnoteReference: it exists, under its own name, looking like theirs.
    expect(styles).toMatch(/w:styleId="FootnoteReference">\s*<w:name w:val="Briefwright footnote reference"\/>\s*<w:basedOn w:val="Funotenzeichen"\/>/)
    const ids = all(styles, /w:styleId="([^"]+)"/g)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it("brings the organisation's theme, whose fonts its styles may name, and does without one", async () => {
    const office = part((await exportParts(briefingOf([para(text('x'))]))).parts, 'word/theme/theme1.xml')
    const ours = office.replace('<a:minorFont><a:latin typeface="Calibri"', '<a:minorFont><a:latin typeface="Verdana"')
    expect(ours).not.toBe(office)
    const { parts } = await exportParts(briefingOf([para(text('x'))]), { styleSource: germanStyleFile(ours) })
    expect(part(parts, 'word/theme/theme1.xml')).toContain('<a:minorFont><a:latin typeface="Verdana"')
    const without = await exportParts(briefingOf([para(text('x'))]), { styleSource: germanStyleFile() })
    expect(part(without.parts, 'word/theme/theme1.xml')).toContain('<a:minorFont><a:latin typeface="Calibri"')
  })
})
