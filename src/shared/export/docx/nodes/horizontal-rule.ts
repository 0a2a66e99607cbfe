import { BorderStyle, Paragraph } from 'docx'
import type { Block, ExportContext } from '../context'

/** A horizontal rule becomes an empty paragraph with a bottom border, as Word's own "---" autoformat does. */
export function mapHorizontalRule(_node: unknown, ctx: ExportContext): Block[] {
  return [new Paragraph({ style: ctx.styles.normal, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: 'auto', space: 1 } }, children: [] })]
}
