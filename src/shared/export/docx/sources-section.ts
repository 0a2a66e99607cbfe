import { ExternalHyperlink, Paragraph } from 'docx'
import type { Block, ExportContext } from './context'
import { stripInvalidXml } from './sanitize'
import { sourceEntryText } from './source-text'
import { textRuns } from './nodes/text'

/**
 * The generated "Sources" section: every cited source once, in the order first cited, as a numbered
 * list (title, author/publisher, date, linked URL). Nothing when the briefing cites nothing.
 */
export function mapSourcesSection(ctx: ExportContext): Block[] {
  if (ctx.cited.length === 0) return []
  const labels = ctx.layout.labels
  const out: Block[] = [new Paragraph({ style: ctx.styles.heading1, children: textRuns(labels.sources, {}, ctx) })]
  const place = ctx.lists.newList('ordered', 1, 0)
  for (const source of ctx.cited) {
    const children = textRuns(stripInvalidXml(sourceEntryText(source, labels)), {}, ctx)
    const url = source.url?.trim()
    if (url && /^https?:\/\//i.test(url)) {
      children.push(...textRuns(' ', {}, ctx))
      out.push(
        new Paragraph({
          style: ctx.styles.listNumber,
          numbering: place,
          children: [...children, new ExternalHyperlink({ link: stripInvalidXml(url), children: textRuns(stripInvalidXml(url), { link: url }, ctx) })],
        }),
      )
    } else {
      out.push(new Paragraph({ style: ctx.styles.listNumber, numbering: place, children: url ? [...children, ...textRuns(` ${stripInvalidXml(url)}`, {}, ctx)] : children }))
    }
  }
  return out
}
