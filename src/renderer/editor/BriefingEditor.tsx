import { useEffect } from 'react'
import { EditorContent, useEditor } from '@tiptap/react'
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
    onUpdate: () => {
      markDirty()
      noteEdit()
    },
  })

  useLintRunner(editor)

  useEffect(() => {
    setEditor(editor)
    return () => setEditor(null)
  }, [editor])

  // A new document: replace content and start a fresh undo history.
  useEffect(() => {
    if (!editor || generation === 0) return
    editor.commands.setContent(session.get().briefing.doc, { emitUpdate: false })
    const { state } = editor
    editor.view.updateState(state.reconfigure({ plugins: state.plugins }))
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
