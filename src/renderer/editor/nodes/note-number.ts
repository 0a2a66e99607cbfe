import type { Decoration } from '@tiptap/pm/view'

/** The footnote number the note-numbers plugin attached to a node, or null before it has run. */
export function noteNumberOf(decorations: readonly Decoration[]): number | null {
  for (const deco of decorations) {
    const n: unknown = (deco.spec as { noteNumber?: unknown }).noteNumber
    if (typeof n === 'number') return n
  }
  return null
}
