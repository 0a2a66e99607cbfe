import { ExternalHyperlink, Tab, TextRun, type IRunOptions, type ParagraphChild } from 'docx'
import type { DocNode } from '../../../model'
import type { ExportContext, RunFormat } from '../context'
import { hasCjk, hasInvalidXml, stripInvalidXml } from '../sanitize'

/** Link targets Word may open safely; anything else (javascript:, file:) is exported as plain text. */
const SAFE_LINK = /^(https?:|mailto:)/i

/** Run properties for the formatting of some text (CJK text gets the East-Asian font explicitly). */
export function runProps(text: string, format: RunFormat, ctx: ExportContext): Omit<IRunOptions, 'children' | 'text'> {
  const cjk = hasCjk(text)
  const font = format.code
    ? { ascii: 'Consolas', hAnsi: 'Consolas', cs: 'Consolas', ...(cjk ? { eastAsia: ctx.layout.fonts.eastAsia } : {}) }
    : cjk
      ? { eastAsia: ctx.layout.fonts.eastAsia, hint: 'eastAsia' }
      : undefined
  return {
    bold: format.bold,
    italics: format.italics,
    underline: format.underline ? {} : undefined,
    strike: format.strike,
    font,
    style: format.link ? ctx.styles.hyperlink : undefined,
  }
}

/** Text with tabs and line breaks as Word's tab and break elements (never raw control characters). */
export function textRuns(text: string, format: RunFormat, ctx: ExportContext): TextRun[] {
  const props = runProps(text, format, ctx)
  return text.split('\n').map((line, i) => {
    const parts: (string | Tab)[] = []
    line.split('\t').forEach((piece, j) => {
      if (j > 0) parts.push(new Tab())
      if (piece) parts.push(piece)
    })
    return new TextRun({ ...props, children: parts, break: i > 0 ? 1 : undefined })
  })
}

/** A text node: its marks become run formatting; a link mark wraps it in a hyperlink. */
export function mapText(node: DocNode, ctx: ExportContext, format: RunFormat): ParagraphChild[] {
  const raw = node.text ?? ''
  if (hasInvalidXml(raw)) ctx.warn('Removed control characters that Word documents cannot contain.')
  const text = stripInvalidXml(raw).replace(/\r\n?/g, '\n')
  if (!text) return []
  if (!format.link) return textRuns(text, format, ctx)
  if (!SAFE_LINK.test(format.link)) {
    ctx.warn(`Link to "${format.link.slice(0, 80)}" exported as plain text (only http, https and mailto links are kept).`)
    return textRuns(text, { ...format, link: undefined }, ctx)
  }
  return [new ExternalHyperlink({ link: stripInvalidXml(format.link), children: textRuns(text, format, ctx) })]
}
