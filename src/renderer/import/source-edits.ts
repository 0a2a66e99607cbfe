import { findFigures } from '../../shared/import/figures'
import type { NewId } from '../../shared/model/ids'
import type { RemovedLine, Source, SourceBlock } from '../../shared/model/source'

// The same edits as `restoreRemovedLine` / `removeBlock` in src/shared/import/index.ts. That module
// cannot load in the renderer (it pulls in the file readers and iconv-lite, which need Node's Buffer),
// so the review uses these; source-edits.test.ts checks both give identical results.

/** Puts a removed line back into the article as a paragraph, where it stood. */
export function restoreLine(source: Source, removedId: string, newId: NewId): Source {
  const line = source.removed.find((r) => r.id === removedId)
  if (!line) throw new Error(`No removed line with id ${removedId}.`)
  const block: SourceBlock = { id: newId(), type: 'paragraph', text: line.text }
  const blocks = [...source.blocks]
  const at = line.after === null ? 0 : blocks.findIndex((b) => b.id === line.after) + 1
  blocks.splice(at, 0, block)
  // Lines that stood after the same block, later than this one, now stand after the restored line.
  const removed = source.removed
    .filter((r) => r.id !== removedId)
    .map((r) => (r.after === line.after && source.removed.indexOf(r) > source.removed.indexOf(line) ? { ...r, after: block.id } : r))
  return { ...source, blocks, removed, figures: findFigures(blocks) }
}

/** Removes a kept block (reason 'user'); it can be restored like any removed line. */
export function removeKeptBlock(source: Source, blockId: string, newId: NewId): Source {
  const index = source.blocks.findIndex((b) => b.id === blockId)
  if (index < 0) throw new Error(`No block with id ${blockId}.`)
  const block = source.blocks[index]!
  const after = index > 0 ? source.blocks[index - 1]!.id : null
  const entry: RemovedLine = { id: newId(), text: block.text, reason: 'user', after }
  // Lines that stood after this block now follow its predecessor, after the new entry.
  const removed = source.removed.map((r) => (r.after === blockId ? { ...r, after } : r))
  const firstAfter = removed.findIndex((r) => r.after === after && source.removed.find((o) => o.id === r.id)?.after === blockId)
  if (firstAfter >= 0) removed.splice(firstAfter, 0, entry)
  else removed.splice(removed.map((r) => r.after).lastIndexOf(after) + 1, 0, entry)
  const blocks = source.blocks.filter((b) => b.id !== blockId)
  return { ...source, blocks, removed, figures: findFigures(blocks) }
}
