import type { NewId } from '../model/ids'
import type { RemovedLine, Source, SourceBlock } from '../model/source'
import { findFigures } from './figures'

// Edits to an imported article. Kept apart from the pipeline (which pulls in the file readers and
// Node-only decoders) so the renderer's import review can use the very same functions.

/** The article text: blocks' text separated by blank lines, title not included. */
export function articleBody(source: Source): string {
  return source.blocks.map((b) => (b.type === 'table' && b.caption ? `${b.caption}\n${b.text}` : b.text)).join('\n\n')
}

/** Puts a removed line back into the article as a paragraph, where it stood. */
export function restoreRemovedLine(source: Source, removedId: string, newId: NewId): Source {
  const line = source.removed.find((r) => r.id === removedId)
  if (!line) throw new Error(`No removed line with id ${removedId}.`)
  const block: SourceBlock = { id: newId(), type: 'paragraph', text: line.text }
  const blocks = [...source.blocks]
  const at = line.after === null ? 0 : blocks.findIndex((b) => b.id === line.after) + 1
  // Lines removed after the same block keep their order: put this one after any already restored.
  blocks.splice(at, 0, block)
  const removed = source.removed
    .filter((r) => r.id !== removedId)
    .map((r) => (r.after === line.after && source.removed.indexOf(r) > source.removed.indexOf(line) ? { ...r, after: block.id } : r))
  return { ...source, blocks, removed, figures: findFigures(blocks) }
}

/** Removes a kept block at the user's request (reason 'user'); it can be restored like any removed line. */
export function removeBlock(source: Source, blockId: string, newId: NewId): Source {
  const index = source.blocks.findIndex((b) => b.id === blockId)
  if (index < 0) throw new Error(`No block with id ${blockId}.`)
  const block = source.blocks[index]!
  const after = index > 0 ? source.blocks[index - 1]!.id : null
  const entry: RemovedLine = { id: newId(), text: block.text, reason: 'user', after }
  // Removed lines that were placed after this block now follow its predecessor, before the new entry's successors.
  const removed = source.removed.map((r) => (r.after === blockId ? { ...r, after } : r))
  const firstAfter = removed.findIndex((r) => r.after === after && source.removed.find((o) => o.id === r.id)?.after === blockId)
  if (firstAfter >= 0) removed.splice(firstAfter, 0, entry)
  else {
    const lastOfAfter = removed.map((r) => r.after).lastIndexOf(after)
    removed.splice(lastOfAfter + 1, 0, entry)
  }
  const blocks = source.blocks.filter((b) => b.id !== blockId)
  return { ...source, blocks, removed, figures: findFigures(blocks) }
}
