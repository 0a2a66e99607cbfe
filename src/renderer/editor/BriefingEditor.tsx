import { useEffect } from 'react'
import { EditorContent, useEditor } from '@tiptap/react'
import { createDocument, type JSONContent } from '@tiptap/core'
import { EditorState, Selection } from '@tiptap/pm/state'
import { markDirty, session, setEditor } from '../state/session'
import { useStore } from '../state/store'
import { noteEdit } from '../shell/app-events'
import { rendererExtensions } from './extensions'
import { cleanPastedHtml } from './paste/clean-pasted-html'
import { HeaderFields } from './HeaderFields'
import { NotesArea } from './notes/NotesArea'
import { FindBar } from './find/FindBar'
import { TableContextBar } from './tables/TableContextBar'
import { SpellMenu } from './spell/SpellMenu'
import { useLintRunner } from '../lint/lint-runner'
import '../styles/editor.css'

/** Marks the transactions that load a document (not edits: they neither dirty nor autosave). */
const LOAD_META = 'briefwright:load'

/**
 * The briefing editor. The editor instance lives outside React state and the component does not
 * re-render on transactions, so typing costs no React renders. Panels around the page (header
 * form, find bar, footnotes) subscribe to what they show and update only when it changes.
 */
export function BriefingEditor() {
  const generation = useStore(session, (s) => s.generation)
  const editor = useEditor({
    extensions: rendererExtensions(),
    content: session.get().briefing.doc,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: {
      attributes: { class: 'briefing-doc', 'aria-label': 'Briefing text', 'aria-multiline': 'true', role: 'textbox', spellcheck: 'false' },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ transaction }) => {
      if (transaction.getMeta(LOAD_META)) return
      markDirty()
      noteEdit()
    },
  })

  useLintRunner(editor)

  useEffect(() => {
    setEditor(editor)
    return () => setEditor(null)
  }, [editor])

  // A new document gets a brand-new editor state: no diff against the old document, no undo step
  // back to it (reconfigure would keep the history plugin's state, and with it the previous file),
  // and the same plugin list, so plugin views are kept rather than rebuilt.
  useEffect(() => {
    if (!editor || generation === 0) return
    const doc = createDocument(session.get().briefing.doc as JSONContent, editor.schema)
    const fresh = EditorState.create({ doc, plugins: editor.state.plugins, selection: Selection.atStart(doc) })
    // Let appendTransaction plugins (trailing paragraph, section-id guard) settle the new document
    // before the view shows it, outside the undo history, so loading never marks it edited.
    editor.view.updateState(fresh.apply(fresh.tr.setMeta('addToHistory', false).setMeta(LOAD_META, true)))
    // Panels that follow the editor listen for transactions: tell them the document was replaced.
    editor.view.dispatch(editor.state.tr.setMeta('addToHistory', false).setMeta(LOAD_META, true))
  }, [editor, generation])

  return (
    <>
      <FindBar editor={editor} />
      <div className="editor-scroll">
        <HeaderFields />
        <div className="page">
          <TableContextBar editor={editor} />
          <EditorContent editor={editor} />
          <NotesArea editor={editor} />
        </div>
      </div>
      <SpellMenu editor={editor} />
    </>
  )
}
