import { Paragraph } from 'docx'
import type { DocNode } from '../../../model'
import type { Block, ExportContext } from '../context'

const HEADING_STYLE = { 1: 'heading1', 2: 'heading2', 3: 'heading3' } as const

/**
 * A heading becomes Word's built-in "heading n", so the navigation pane and TOC work. Under the
 * Chinese template it is numbered 一、（一）1. by a Word numbering list, as official documents are.
 */
export function mapHeading(node: DocNode, ctx: ExportContext): Block[] {
  const raw = Number(node.attrs?.level ?? 1)
  const level = (raw >= 1 && raw <= 3 ? Math.round(raw) : raw > 3 ? 3 : 1) as 1 | 2 | 3
  const style = ctx.styles[HEADING_STYLE[level]]
  const children = ctx.mapInline(node.content)
  const numbering = ctx.layout.headingNumbering === 'zh' ? ctx.lists.zhHeading(level) : undefined
  return [new Paragraph({ style, children, numbering })]
}
