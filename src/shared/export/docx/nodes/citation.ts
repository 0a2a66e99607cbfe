import { FootnoteReferenceRun, Paragraph, type ParagraphChild } from 'docx'
import type { CitationAttrs, DocNode } from '../../../model'
import type { ExportContext } from '../context'
import { stripInvalidXml } from '../sanitize'
import { citationNoteText, ibidNoteText, missingSourceNoteText } from '../source-text'
import { textRuns } from './text'

/** Reads citation attributes defensively: the JSON may come from an older or damaged file. */
export function citationAttrs(node: DocNode): CitationAttrs {
  const a = node.attrs ?? {}
  const str = (v: unknown) => (typeof v === 'string' ? v : '')
  return { id: str(a.id), sourceId: str(a.sourceId), blockId: str(a.blockId), quote: str(a.quote), locator: typeof a.locator === 'string' && a.locator.trim() ? a.locator.trim() : null }
}

/**
 * A citation becomes a real footnote whose text comes from the cited source. A second citation of the
 * source cited by the note just before says "Ibid."; a citation of a missing source still gets a note
 * (saying so) and a warning, so nothing the author wrote disappears.
 */
export function mapCitation(node: DocNode, ctx: ExportContext): ParagraphChild[] {
  const attrs = citationAttrs(node)
  const source = ctx.citeSource(attrs.sourceId)
  const labels = ctx.layout.labels
  let text: string
  if (!source) {
    ctx.warn(`Citation ${attrs.id || '(no id)'} refers to source "${attrs.sourceId}", which is not in the briefing; its footnote says so.`)
    text = missingSourceNoteText(attrs, labels)
  } else {
    const prev = ctx.footnotes.previous
    text = prev?.kind === 'citation' && prev.sourceId === source.id ? ibidNoteText(attrs.locator, labels) : citationNoteText(source, attrs.locator, labels)
  }
  const note = new Paragraph({ style: ctx.styles.footnoteText, children: textRuns(` ${stripInvalidXml(text)}`, {}, ctx) })
  const id = ctx.footnotes.add([note], source ? { kind: 'citation', sourceId: source.id } : { kind: 'user' })
  return [new FootnoteReferenceRun(id)]
}
