import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import type { Node as PmNode } from '@tiptap/pm/model'

/** Node types that take a footnote number, in document order. */
export const NOTE_TYPES = new Set(['citation', 'footnote'])

/** One numbered note: a citation or an author's footnote. */
export interface NoteEntry {
  n: number
  pos: number
  type: 'citation' | 'footnote'
  attrs: Record<string, unknown>
}

interface NoteNumbersState {
  /** One node decoration per note, carrying its number: the single source for `notesOf`. */
  decorations: DecorationSet
  /** Bumped whenever the list of notes (or their numbers or attrs) changes; the footnotes area watches it. */
  version: number
}

/** Key of the plugin that numbers citations and footnotes. */
export const noteNumbersKey = new PluginKey<NoteNumbersState>('noteNumbers')

function collect(doc: PmNode): NoteEntry[] {
  const notes: NoteEntry[] = []
  doc.descendants((node, pos) => {
    if (NOTE_TYPES.has(node.type.name)) notes.push({ n: notes.length + 1, pos, type: node.type.name as NoteEntry['type'], attrs: node.attrs })
    // Notes are inline: only descend into nodes that can hold inline content somewhere below.
    return !node.isLeaf
  })
  return notes
}

function decorate(doc: PmNode, notes: NoteEntry[]): DecorationSet {
  return DecorationSet.create(
    doc,
    notes.map((note) => Decoration.node(note.pos, note.pos + 1, { 'data-note-number': String(note.n) }, { noteNumber: note.n })),
  )
}

// True when a transaction may have added, removed or changed a note: its steps replaced a range
// that held a note before, or now holds one. Plain typing touches no note and costs one map.
function touchesNotes(tr: Transaction, oldDoc: PmNode): boolean {
  let touched = false
  tr.mapping.maps.forEach((map, i) => {
    if (touched) return
    const before = tr.docs[i] ?? oldDoc
    const after = tr.docs[i + 1] ?? tr.doc
    map.forEach((oldStart, oldEnd, newStart, newEnd) => {
      if (touched) return
      const check = (doc: PmNode, from: number, to: number) => {
        if (to <= from) return
        doc.nodesBetween(Math.max(0, from), Math.min(doc.content.size, to), (node) => {
          if (NOTE_TYPES.has(node.type.name)) touched = true
          return !touched
        })
      }
      check(before, oldStart, oldEnd)
      check(after, newStart, newEnd)
    })
  })
  // Attribute steps (setNodeMarkup on a footnote) have empty step maps; look at them directly.
  if (!touched) touched = tr.steps.some((step) => (step.toJSON() as { stepType?: string }).stepType === 'attr')
  return touched
}

/**
 * Numbers citations and footnotes in document order as node decorations: numbers are derived,
 * never stored, so they renumber live as notes are added, moved or deleted.
 */
export function noteNumbersPlugin(): Plugin<NoteNumbersState> {
  return new Plugin<NoteNumbersState>({
    key: noteNumbersKey,
    state: {
      init: (_config, state: EditorState) => {
        return { decorations: decorate(state.doc, collect(state.doc)), version: 0 }
      },
      apply: (tr, value, oldState) => {
        if (!tr.docChanged) return value
        if (!touchesNotes(tr, oldState.doc)) {
          // Positions shift with typing; mapping the decorations is all the work a keystroke costs.
          return { decorations: value.decorations.map(tr.mapping, tr.doc), version: value.version }
        }
        return { decorations: decorate(tr.doc, collect(tr.doc)), version: value.version + 1 }
      },
    },
    props: {
      decorations: (state) => noteNumbersKey.getState(state)?.decorations,
    },
  })
}

/** The notes of an editor state in document order (empty before the plugin runs); built on demand. */
export function notesOf(state: EditorState): NoteEntry[] {
  const decorations = noteNumbersKey.getState(state)?.decorations.find() ?? []
  const notes: NoteEntry[] = []
  for (const deco of decorations) {
    const node = state.doc.nodeAt(deco.from)
    const n: unknown = (deco.spec as { noteNumber?: unknown }).noteNumber
    if (!node || !NOTE_TYPES.has(node.type.name) || typeof n !== 'number') continue
    notes.push({ n, pos: deco.from, type: node.type.name as NoteEntry['type'], attrs: node.attrs })
  }
  return notes.sort((a, b) => a.pos - b.pos)
}

/** Changes whenever the notes change; cheap to compare on every transaction. */
export function notesVersion(state: EditorState): number {
  return noteNumbersKey.getState(state)?.version ?? -1
}
