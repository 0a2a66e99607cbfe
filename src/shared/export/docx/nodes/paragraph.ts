import type { DocNode } from '../../../model'
import type { Block, ExportContext } from '../context'

/** True when a node holds no text, citation or footnote (only whitespace or nothing). */
function isBlank(node: DocNode): boolean {
  return (node.content ?? []).every((child) => child.type === 'text' && !(child.text ?? '').trim())
}

/**
 * A paragraph in the current style (Normal, Quote inside a blockquote, List … inside a list item).
 * An empty template-guidance paragraph is placeholder text, never exported.
 */
export function mapParagraph(node: DocNode, ctx: ExportContext): Block[] {
  if (node.attrs?.guidance && isBlank(node)) return []
  return [ctx.paragraph(ctx.mapInline(node.content))]
}
