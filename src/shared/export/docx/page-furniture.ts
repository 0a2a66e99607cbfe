import { AlignmentType, Footer, Header, PageNumber, Paragraph, TextRun } from 'docx'
import type { ExportContext } from './context'
import { stripInvalidXml } from './sanitize'
import { runProps } from './nodes/text'

/** The classification marking, centred and bold; an empty paragraph when the briefing has none. */
function marking(ctx: ExportContext): Paragraph {
  const text = stripInvalidXml(ctx.layout.classification)
  return new Paragraph({
    alignment: AlignmentType.CENTER,
    children: text ? [new TextRun({ ...runProps(text, { bold: true }, ctx), text })] : [],
  })
}

/** The header of every page: the classification marking. */
export function pageHeader(ctx: ExportContext): Header {
  return new Header({ children: [marking(ctx)] })
}

/** The footer of every page: the marking, then "Page X of Y" from Word's PAGE and NUMPAGES fields. */
export function pageFooter(ctx: ExportContext): Footer {
  const [before, between, after] = ctx.layout.labels.pageOf
  const props = runProps(before + between + after, {}, ctx)
  return new Footer({
    children: [
      marking(ctx),
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ ...props, children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES, ...(after ? [after] : [])] })],
      }),
    ],
  })
}
