import type { DocNode } from '../../../model'
import type { Block, ExportContext } from '../context'
import type { ListPlace } from '../numbering'

/** Maps the items of one list, each numbered in this list's own numbering instance. */
function mapList(node: DocNode, ctx: ExportContext, kind: 'bullet' | 'ordered'): Block[] {
  const out: Block[] = []
  // A list nested directly in an item, before any paragraph: the item's number still needs a line.
  if (ctx.block.pendingNumber) out.push(ctx.paragraph([]))
  const level = Math.min(8, ctx.block.listLevel + 1)
  const startAttr = Number(node.attrs?.start ?? 1)
  const start = Number.isInteger(startAttr) && startAttr >= 0 ? startAttr : 1
  const place = ctx.lists.newList(kind, kind === 'ordered' ? start : 1, level)
  for (const item of node.content ?? []) out.push(...mapItem(item, ctx, kind, place))
  return out
}

function mapItem(item: DocNode, ctx: ExportContext, kind: 'bullet' | 'ordered', place: ListPlace): Block[] {
  const style = kind === 'bullet' ? 'listBullet' : 'listNumber'
  const blocks = ctx.within({ style, pendingNumber: place, listLevel: place.level }, () => {
    const mapped = item.type === 'listItem' ? ctx.mapBlocks(item.content) : ctx.mapBlocks([item])
    // An empty item still shows its bullet or number.
    return ctx.block.pendingNumber ? [...mapped, ctx.paragraph([])] : mapped
  })
  return blocks
}

/** A bulleted list: Word's "List Bullet" paragraphs in one numbering instance. */
export function mapBulletList(node: DocNode, ctx: ExportContext): Block[] {
  return mapList(node, ctx, 'bullet')
}

/** A numbered list: "List Number" paragraphs in a numbering instance of its own, so it restarts at `start`. */
export function mapOrderedList(node: DocNode, ctx: ExportContext): Block[] {
  return mapList(node, ctx, 'ordered')
}

/** A list item outside a list (malformed JSON): its content as plain blocks. */
export function mapStrayListItem(node: DocNode, ctx: ExportContext): Block[] {
  ctx.warn('A list item outside a list was exported as plain paragraphs.')
  return ctx.mapBlocks(node.content)
}
