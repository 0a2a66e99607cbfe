import { AlignmentType, ImportedRootElementAttributes, ImportedXmlComponent, UnderlineType, type ICharacterStyleOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx'
import type { TemplateFonts } from '../../templates/types'
import type { ExportLayout } from './layout'
import type { OrgStyles } from './org-styles'
import { hasCjk } from './sanitize'
import { WORD_STYLES, type StyleIds, type StyleKey } from './word-styles'

const NS =
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ' +
  'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" ' +
  'xmlns:w15="http://schemas.microsoft.com/office/word/2012/wordml" mc:Ignorable="w14 w15"'

/** docx cannot declare table styles, so Word's "Table Grid" is written as Word writes it. */
function tableGridXml(id: string): string {
  const border = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="auto"/>`
  return (
    `<w:style w:type="table" w:styleId="${id}"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/>` +
    `<w:uiPriority w:val="39"/><w:pPr><w:spacing w:after="0" w:line="240" w:lineRule="auto"/></w:pPr>` +
    `<w:tblPr><w:tblBorders>${['top', 'left', 'bottom', 'right', 'insideH', 'insideV'].map(border).join('')}</w:tblBorders></w:tblPr></w:style>`
  )
}

/** Escapes text for an XML attribute value. */
function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;')
}

/**
 * The styles part we start from when the organisation gave none: document defaults in the template's
 * fonts, Word's "Normal Table" and "Table Grid" (docx cannot declare table styles itself).
 */
function baseStylesXml(layout: ExportLayout, tableGridId: string, zh: boolean): string {
  const f = fontPair(layout.fonts.body, layout.fonts.eastAsia)
  const lang = layout.language.includes('-') ? layout.language : zh ? 'zh-CN' : 'en-US'
  const rFonts = `<w:rFonts w:ascii="${attr(f.ascii)}" w:hAnsi="${attr(f.hAnsi)}" w:eastAsia="${attr(f.eastAsia)}" w:cs="${attr(f.cs)}"/>`
  const size = hp(layout.fonts.sizePt)
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NS}>` +
    `<w:docDefaults><w:rPrDefault><w:rPr>${rFonts}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/><w:lang w:val="${attr(lang)}" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>` +
    `<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>` +
    `<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/>` +
    `<w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>` +
    `${tableGridXml(tableGridId)}</w:styles>`
  )
}

const TOP_LEVEL = /<w:(docDefaults|latentStyles|style)\b(?:[^>]*\/>|[\s\S]*?<\/w:\1>)/g

/**
 * A styles part as docx components: the root's attributes (namespaces) and each top-level element.
 * Handing these to docx as the whole styles part (rather than as `externalStyles`, which docx merges
 * with its own defaults) keeps an organisation's file free of a second "Heading 1" beside its own.
 */
function stylesComponents(xml: string): Pick<IStylesOptions, 'initialStyles' | 'importedStyles'> {
  const rootAttrs = /<w:styles\b([^>]*)>/.exec(xml)?.[1] ?? ''
  const attrs: Record<string, string> = {}
  for (const m of rootAttrs.matchAll(/([\w:.-]+)="([^"]*)"/g)) if (m[1] && m[2] !== undefined) attrs[m[1]] = m[2]
  return {
    initialStyles: new ImportedRootElementAttributes(attrs),
    importedStyles: [...xml.matchAll(TOP_LEVEL)].map((m) => ImportedXmlComponent.fromXmlString(m[0])),
  }
}

/** rFonts for a Latin font name plus the East-Asian font (a CJK font name serves both). */
export function fontPair(latin: string, eastAsia: string): { ascii: string; hAnsi: string; eastAsia: string; cs: string } {
  return { ascii: latin, hAnsi: latin, eastAsia: hasCjk(latin) ? latin : eastAsia, cs: latin }
}

/** Half-points for a size in points. */
const hp = (pt: number) => Math.round(pt * 2)

/** Our definitions of the built-in styles, in the template's fonts. */
function ourParagraphStyles(fonts: TemplateFonts, zh: boolean): Record<Exclude<StyleKey, 'tableGrid' | 'hyperlink' | 'footnoteReference'>, Omit<IParagraphStyleOptions, 'id' | 'name'>> {
  const heading = fontPair(fonts.heading, fonts.eastAsia)
  const size = fonts.sizePt
  // Chinese documents give each heading level its own face (黑体, 楷体, 仿宋) and do not embolden them.
  const headingStyle = (level: number, pt: number): Omit<IParagraphStyleOptions, 'id' | 'name'> => ({
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: { ...heading, eastAsia: fonts.headingEastAsia?.[level - 1] ?? heading.eastAsia }, size: hp(pt), bold: !zh },
    paragraph: { keepNext: true, keepLines: true, outlineLevel: level - 1, spacing: { before: 240, after: 120 } },
  })
  return {
    normal: { quickFormat: true, paragraph: { spacing: { after: 120 } } },
    title: {
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: { ...heading, eastAsia: fonts.headingEastAsia?.[0] ?? heading.eastAsia }, size: hp(zh ? 22 : Math.round(size * 1.8)), bold: !zh },
      paragraph: { spacing: { after: 240 }, alignment: zh ? AlignmentType.CENTER : AlignmentType.LEFT },
    },
    heading1: headingStyle(1, zh ? size : Math.round(size * 1.35)),
    heading2: headingStyle(2, zh ? size : Math.round(size * 1.15)),
    heading3: headingStyle(3, size),
    // Italic is not used for CJK text: Chinese typography has no italic and Word fakes it badly.
    quote: { basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: !zh, color: '404040' }, paragraph: { indent: { left: 720, right: 720 } } },
    listBullet: { basedOn: 'Normal', paragraph: { spacing: { after: 60 } } },
    listNumber: { basedOn: 'Normal', paragraph: { spacing: { after: 60 } } },
    caption: { basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { italics: !zh, size: hp(size - 2), color: '1F3864' }, paragraph: { spacing: { after: 200 } } },
    footnoteText: { basedOn: 'Normal', run: { size: hp(Math.max(8, size - 2)) }, paragraph: { spacing: { after: 0 } } },
  }
}

const OUR_CHARACTER_STYLES: Partial<Record<StyleKey, Omit<ICharacterStyleOptions, 'id' | 'name'>>> = {
  hyperlink: { run: { color: '0563C1', underline: { type: UnderlineType.SINGLE } } },
  footnoteReference: { run: { superScript: true } },
}

/** What `new Document` needs for styles, and the style id to use for each key. */
export interface ResolvedStyles {
  ids: StyleIds
  styles: IStylesOptions
  /** Keys the organisation's file supplied (the rest are ours). */
  fromOrg: StyleKey[]
}

/** docx's footnote reference runs always name this style id, so it must exist whatever the template calls it. */
const DOCX_FOOTNOTE_REFERENCE = 'FootnoteReference'

/**
 * Picks the styles of one export. An organisation's styles part is used as it is, and each style we
 * need is looked up in it by Word's built-in name (a German template calls "heading 1" `berschrift1`);
 * only styles it lacks are added, in our definition, under an id it does not use.
 */
export function resolveStyles(layout: ExportLayout, org: OrgStyles | undefined): ResolvedStyles {
  const zh = layout.headingNumbering === 'zh' || layout.language.toLowerCase().startsWith('zh')
  const paragraphDefs = ourParagraphStyles(layout.fonts, zh)
  const ids = {} as StyleIds
  const fromOrg: StyleKey[] = []
  const paragraphStyles: IParagraphStyleOptions[] = []
  const characterStyles: ICharacterStyleOptions[] = []
  let tableGridMissing = true
  for (const key of Object.keys(WORD_STYLES) as StyleKey[]) {
    const word = WORD_STYLES[key]
    const found = org?.byName.get(word.name.toLowerCase())
    if (found && found.type === word.type) {
      ids[key] = found.id
      fromOrg.push(key)
      if (key === 'tableGrid') tableGridMissing = false
      if (key === 'footnoteReference' && found.id !== DOCX_FOOTNOTE_REFERENCE) {
        // Under its own name, so Word does not see two "footnote reference" styles; it looks like the organisation's.
        characterStyles.push({ id: DOCX_FOOTNOTE_REFERENCE, name: 'Briefwright footnote reference', basedOn: found.id, run: { superScript: true } })
      }
      continue
    }
    // Our id, unless the organisation already uses it for a differently named style.
    const id = org?.ids.has(word.id) && key !== 'footnoteReference' ? `Bw${word.id}` : word.id
    ids[key] = id
    if (word.type === 'paragraph') {
      const def = paragraphDefs[key as keyof typeof paragraphDefs]
      paragraphStyles.push({ ...def, id, name: word.name, basedOn: def.basedOn && ids.normal, next: def.next && ids.normal })
    } else if (word.type === 'character') {
      characterStyles.push({ ...OUR_CHARACTER_STYLES[key], id, name: word.name })
    }
  }
  const xml = org
    ? tableGridMissing
      ? org.xml.replace(/<\/w:styles>\s*$/, `${tableGridXml(ids.tableGrid)}</w:styles>`)
      : org.xml
    : baseStylesXml(layout, ids.tableGrid, zh)
  return { ids, styles: { ...stylesComponents(xml), paragraphStyles, characterStyles }, fromOrg }
}
