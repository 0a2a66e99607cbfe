import { Paragraph, TabStopType, TextRun } from 'docx'
import type { DocNode } from '../../../model'
import type { Block, ExportContext } from '../context'
import { stripInvalidXml } from '../sanitize'
import { textRuns } from './text'

/** Options phrased as approval lines (US action memo style) get a line to initial, not a box. */
const APPROVAL = /^(approve|disapprove|approved|disapproved|agree|disagree|let'?s discuss|discuss|other)\b/i
const BOX = '\u2610'
const LINE = '______________________'

function options(node: DocNode, ctx: ExportContext): string[] {
  const raw = node.attrs?.options
  const given = Array.isArray(raw) ? raw.filter((o): o is string => typeof o === 'string' && o.trim() !== '') : []
  return (given.length ? given : (ctx.layout.decision?.options ?? [])).map((o) => stripInvalidXml(o.trim()))
}

/**
 * The decision block the reader marks: a box per option (Agreed / Not agreed / Noted), or, for
 * Approve / Disapprove options, a line to initial beside each with a date; then signature and date
 * lines when the template asks. Kept together on one page.
 */
export function mapDecisionBlock(node: DocNode, ctx: ExportContext): Block[] {
  const opts = options(node, ctx)
  const labels = ctx.layout.labels
  const normal = ctx.styles.normal
  const tab = [{ type: TabStopType.LEFT, position: Math.max(720, Math.min(ctx.block.width - 2000, 4800)) }]
  const out: Paragraph[] = []
  const label = typeof node.attrs?.label === 'string' ? stripInvalidXml(node.attrs.label.trim()) : ''
  if (label) out.push(new Paragraph({ style: normal, keepNext: true, children: textRuns(label, { bold: true }, ctx) }))
  if (opts.length === 0) ctx.warn('A decision block without options was exported as its label only.')
  const approval = opts.length > 0 && opts.every((o) => APPROVAL.test(o))
  const signature = !!ctx.layout.decision?.signature && !approval
  opts.forEach((option, i) => {
    const children = approval
      ? [...textRuns(`${option}\u00A0`, {}, ctx), new TextRun(LINE), new TextRun({ text: `\t${labels.date}\u00A0${LINE.slice(0, 12)}` })]
      : [new TextRun({ text: `${BOX}\u00A0`, font: { ascii: 'Segoe UI Symbol', hAnsi: 'Segoe UI Symbol', eastAsia: 'MS Gothic', cs: 'Segoe UI Symbol' } }), ...textRuns(option, {}, ctx)]
    // Keep the block on one page; the last line does not chain to whatever follows.
    out.push(new Paragraph({ style: normal, keepNext: signature || i < opts.length - 1, tabStops: tab, spacing: { before: 120 }, children }))
  })
  if (signature) {
    out.push(
      new Paragraph({
        style: normal,
        tabStops: tab,
        spacing: { before: 360 },
        children: [new TextRun(`${labels.signature}\u00A0${LINE}`), new TextRun(`\t${labels.date}\u00A0${LINE.slice(0, 12)}`)],
      }),
    )
  }
  return out
}
