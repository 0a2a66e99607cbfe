import { useEffect } from 'react'
import { EditorContent, useEditor } from '@tiptap/react'
import StarterKit from '@tiptap/starter-kit'
import { TableKit } from '@tiptap/extension-table'
import { markDirty, session, setEditor } from '../state/session'
import { useStore } from '../state/store'
import { noteEdit } from '../shell/app-events'

/**
 * The briefing editor. The editor instance lives outside React state and the component does not
 * re-render on transactions, so typing costs no React renders.
 */
export function BriefingEditor() {
  const generation = useStore(session, (s) => s.generation)
  const editor = useEditor({
    extensions: [StarterKit.configure({ link: { openOnClick: false } }), TableKit.configure({ table: { resizable: false } })],
    content: session.get().briefing.doc,
    immediatelyRender: true,
    shouldRerenderOnTransaction: false,
    editorProps: { attributes: { class: 'briefing-doc', 'aria-label': 'Briefing text', spellcheck: 'false' } },
    onUpdate: () => {
      markDirty()
      noteEdit()
    },
  })

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

  return <EditorContent editor={editor} className="editor-scroll" />
}
