import type { SourceBlock } from '../../shared/model/source'

/**
 * The marker each list item of an article shows: "•" for bullets, "1.", "2."… for numbered items.
 * Numbering counts per depth, restarts after any block that is not a list item, and restarts at a
 * depth when a shallower item comes between (a new sub-list).
 */
export function listMarkers(blocks: readonly SourceBlock[]): Map<string, string> {
  const markers = new Map<string, string>()
  let counters: number[] = []
  for (const block of blocks) {
    if (block.type !== 'listItem') {
      counters = []
      continue
    }
    const depth = block.depth ?? 0
    counters = counters.slice(0, depth + 1)
    while (counters.length <= depth) counters.push(0)
    if (block.ordered) {
      counters[depth] = counters[depth]! + 1
      markers.set(block.id, `${counters[depth]}.`)
    } else {
      counters[depth] = 0
      markers.set(block.id, '•')
    }
  }
  return markers
}
