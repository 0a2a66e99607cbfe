import 'prosemirror-view/style/prosemirror.css'
import { baseKeymap } from '@tiptap/pm/commands'
import { history } from '@tiptap/pm/history'
import { keymap } from '@tiptap/pm/keymap'
import { EditorState } from '@tiptap/pm/state'
import { EditorView } from '@tiptap/pm/view'
import { baselineSchema } from './schema'

let view: EditorView | null = null

/** Opens a `.brief` file's text the bare-ProseMirror way: parse, build the state, mount the view. */
function open(text: string): void {
  close()
  const briefing = JSON.parse(text) as { doc: unknown }
  const doc = baselineSchema.nodeFromJSON(briefing.doc)
  const state = EditorState.create({ doc, plugins: [history(), keymap(baseKeymap)] })
  view = new EditorView(document.getElementById('editor'), { state, attributes: { class: 'baseline-doc', spellcheck: 'false' } })
}

/** Unmounts the editor and drops its state. */
function close(): void {
  view?.destroy()
  view = null
}

// The bench drives the page through this object (see bench/browser/pages.ts).
Object.assign(window, { __baseline: { open, close, view: () => view } })
