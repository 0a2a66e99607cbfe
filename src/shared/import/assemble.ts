import type { NewId } from '../model/ids'
import type { RemovedLine, SourceBlock } from '../model/source'
import type { DraftBlock, DraftRemoved } from './types'

/** Gives drafts their ids and places each removed line after the block that preceded it. */
export function assemble(drafts: readonly DraftBlock[], dropped: readonly DraftRemoved[], newId: NewId): { blocks: SourceBlock[]; removed: RemovedLine[] } {
  const blocks: (SourceBlock & { at: number })[] = drafts
    .filter((d) => d.text.trim() || d.rows?.length)
    .map((d) => {
      const block: SourceBlock & { at: number } = { id: newId(), type: d.type, text: d.text.trim(), at: d.at }
      if (d.level !== undefined) block.level = d.level
      if (d.ordered !== undefined) block.ordered = d.ordered
      if (d.depth !== undefined) block.depth = d.depth
      if (d.rows) block.rows = d.rows
      if (d.header !== undefined) block.header = d.header
      if (d.caption) block.caption = d.caption
      return block
    })
  const removed: RemovedLine[] = [...dropped]
    .filter((r) => r.text.trim())
    .sort((a, b) => a.at - b.at)
    .map((r) => {
      let after: string | null = null
      for (const b of blocks) if (b.at < r.at) after = b.id
      return { id: newId(), text: r.text.trim(), reason: r.reason, after }
    })
  return { blocks: blocks.map(({ at: _at, ...b }) => b), removed }
}
