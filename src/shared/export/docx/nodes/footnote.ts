import { FootnoteReferenceRun, Paragraph, type ParagraphChild } from 'docx'
import type { DocNode } from '../../../model'
import type { ExportContext } from '../context'
import { stripInvalidXml } from '../sanitize'
import { textRuns } from './text'

/** A footnote the author wrote becomes a real Word footnote; an empty one is dropped with a warning. */
export function mapFootnote(node: DocNode, ctx: ExportContext): ParagraphChild[] {
  const raw = typeof node.attrs?.text === 'string' ? node.attrs.text : ''
  const text = stripInvalidXml(raw).trim()
  if (!text) {
    ctx.warn('An empty footnote was left out.')
    return []
  }
  const paragraphs = text.split(/\n{2,}/).map((para, i) => new Paragraph({ style: ctx.styles.footnoteText, children: textRuns(i === 0 ? ` ${para}` : para, {}, ctx) }))
  return [new FootnoteReferenceRun(ctx.footnotes.add(paragraphs, { kind: 'user' }))]
}
