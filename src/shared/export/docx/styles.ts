import { AlignmentType, UnderlineType, type ICharacterStyleOptions, type IParagraphStyleOptions, type IStylesOptions } from 'docx'
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

/** The styles part docx starts from when the organisation gave none: only what docx cannot declare itself. */
function baseStylesXml(tableGridId: string): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:styles ${NS}>${tableGridXml(tableGridId)}</w:styles>`
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
  const headingStyle = (level: number, pt: number): Omit<IParagraphStyleOptions, 'id' | 'name'> => ({
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: heading, size: hp(pt), bold: true },
    paragraph: { keepNext: true, keepLines: true, outlineLevel: level - 1, spacing: { before: 240, after: 120 } },
  })
  return {
    normal: { quickFormat: true, paragraph: { spacing: { after: 120 } } },
    title: {
      basedOn: 'Normal',
      next: 'Normal',
      quickFormat: true,
      run: { font: heading, size: hp(Math.round(size * 1.8)), bold: true },
      paragraph: { spacing: { after: 240 }, alignment: zh ? AlignmentType.CENTER : AlignmentType.LEFT },
    },
    heading1: headingStyle(1, Math.round(size * 1.35)),
    heading2: headingStyle(2, Math.round(size * 1.15)),
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
  externalStyles: string
  styles: IStylesOptions
  /** Keys the organisation's file supplied (the rest are ours). */
  fromOrg: StyleKey[]
}

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
      continue
    }
    // Our id, unless the organisation already uses it for a differently named style.
    const id = org?.ids.has(word.id) ? `Bw${word.id}` : word.id
    ids[key] = id
    if (word.type === 'paragraph') {
      const def = paragraphDefs[key as keyof typeof paragraphDefs]
      paragraphStyles.push({ ...def, id, name: word.name, basedOn: def.basedOn && ids.normal, next: def.next && ids.normal })
    } else if (word.type === 'character') {
      characterStyles.push({ ...OUR_CHARACTER_STYLES[key], id, name: word.name })
    }
  }
  let externalStyles: string
  if (org) {
    externalStyles = tableGridMissing ? org.xml.replace(/<\/w:styles>\s*$/, `${tableGridXml(ids.tableGrid)}</w:styles>`) : org.xml
  } else {
    externalStyles = baseStylesXml(ids.tableGrid)
  }
  const body = fontPair(layout.fonts.body, layout.fonts.eastAsia)
  const styles: IStylesOptions = {
    // The organisation's document defaults (its fonts) win over the template's.
    default: org
      ? undefined
      : {
          document: {
            run: { font: body, size: hp(layout.fonts.sizePt), language: { value: layout.language.includes('-') ? layout.language : zh ? 'zh-CN' : 'en-US', eastAsia: 'zh-CN' } },
            paragraph: { spacing: { after: 120 } },
          },
        },
    paragraphStyles,
    characterStyles,
  }
  return { ids, externalStyles, styles, fromOrg }
}
