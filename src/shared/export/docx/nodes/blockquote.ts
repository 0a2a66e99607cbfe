import type { DocNode } from '../../../model'
import type { Block, ExportContext } from '../context'

/** A blockquote's paragraphs take Word's "Quote" style. */
export function mapBlockquote(node: DocNode, ctx: ExportContext): Block[] {
  return ctx.within({ style: 'quote' }, () => ctx.mapBlocks(node.content))
}
