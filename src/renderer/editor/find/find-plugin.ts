import { Extension, type Editor } from '@tiptap/core'
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state'
import { Decoration, DecorationSet } from '@tiptap/pm/view'
import { findMatches, type FindMatch } from './find-matches'

/** State of the find-and-replace highlighter. */
export interface FindState {
  query: string
  caseSensitive: boolean
  matches: FindMatch[]
  /** Index of the current match, -1 when there is none. */
  current: number
  decorations: DecorationSet
}

type FindMeta = Partial<Pick<FindState, 'query' | 'caseSensitive' | 'current'>>

/** Key of the find plugin; read its state with `findState`. */
export const findKey = new PluginKey<FindState>('find')

function build(state: EditorState, query: string, caseSensitive: boolean, current: number): FindState {
  const matches = findMatches(state.doc, query, caseSensitive)
  const index = matches.length === 0 ? -1 : Math.min(Math.max(current, 0), matches.length - 1)
  const decorations = DecorationSet.create(
    state.doc,
    matches.map((m, i) => Decoration.inline(m.from, m.to, { class: i === index ? 'find-match is-current' : 'find-match' })),
  )
  return { query, caseSensitive, matches, current: index, decorations }
}

const EMPTY: FindState = { query: '', caseSensitive: false, matches: [], current: -1, decorations: DecorationSet.empty }

/** Highlights search matches as decorations; matches follow edits while the find bar is open. */
export const FindReplace = Extension.create({
  name: 'findReplace',
  addProseMirrorPlugins() {
    return [
      new Plugin<FindState>({
        key: findKey,
        state: {
          init: () => EMPTY,
          apply: (tr, value, _old, state) => {
            const meta = tr.getMeta(findKey) as FindMeta | undefined
            if (meta) return build(state, meta.query ?? value.query, meta.caseSensitive ?? value.caseSensitive, meta.current ?? value.current)
            // No query, no work: typing with the find bar closed costs nothing here.
            if (!value.query || !tr.docChanged) return value
            return build(state, value.query, value.caseSensitive, value.current)
          },
        },
        props: { decorations: (state) => findKey.getState(state)?.decorations },
      }),
    ]
  },
})

/** The find plugin's state for an editor. */
export function findState(editor: Editor): FindState {
  return findKey.getState(editor.state) ?? EMPTY
}

/** Sets the search text and case option; the first match at or after the cursor becomes current. */
export function setFindQuery(editor: Editor, query: string, caseSensitive: boolean): void {
  const matches = findMatches(editor.state.doc, query, caseSensitive)
  const head = editor.state.selection.from
  const after = matches.findIndex((m) => m.from >= head)
  editor.view.dispatch(editor.state.tr.setMeta(findKey, { query, caseSensitive, current: after === -1 ? 0 : after }))
}

/** Clears the highlights (the find bar closed). */
export function clearFind(editor: Editor): void {
  editor.view.dispatch(editor.state.tr.setMeta(findKey, { query: '', current: -1 }))
}

function select(editor: Editor, index: number): void {
  const { matches } = findState(editor)
  const match = matches[index]
  if (!match) return
  const tr = editor.state.tr.setMeta(findKey, { current: index }).setSelection(TextSelection.create(editor.state.doc, match.from, match.to)).scrollIntoView()
  editor.view.dispatch(tr)
}

/** Moves to the next (or previous) match, wrapping around. */
export function findStep(editor: Editor, direction: 1 | -1): void {
  const { matches, current } = findState(editor)
  if (matches.length === 0) return
  select(editor, (current + direction + matches.length) % matches.length)
}

/** Replaces the current match and moves to the next one. */
export function replaceCurrent(editor: Editor, replacement: string): void {
  const { matches, current } = findState(editor)
  const match = matches[current]
  if (!match) return
  const tr = editor.state.tr
  if (replacement) tr.insertText(replacement, match.from, match.to)
  else tr.delete(match.from, match.to)
  editor.view.dispatch(tr)
  // The rebuilt match list keeps the index: the next match now sits at the same index.
  select(editor, findState(editor).current)
}

/** Replaces every match in one undoable step; returns how many were replaced. */
export function replaceAll(editor: Editor, replacement: string): number {
  const { matches } = findState(editor)
  if (matches.length === 0) return 0
  const tr = editor.state.tr
  // From the end, so earlier positions stay valid.
  for (let i = matches.length - 1; i >= 0; i--) {
    const m = matches[i]!
    if (replacement) tr.insertText(replacement, m.from, m.to)
    else tr.delete(m.from, m.to)
  }
  editor.view.dispatch(tr)
  return matches.length
}
