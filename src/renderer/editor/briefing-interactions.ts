import { Extension, type Editor } from '@tiptap/core'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { newId } from '../../shared/model'
import { noteNumbersPlugin } from './notes/note-numbers'
import { insertSnippet, parseSnippet, SNIPPET_MIME } from './insert-snippet'
import { showSourcePassage } from './show-source-passage'
import { openLink } from './links/open-link'
import { ui } from '../dialogs/ui-state'

/** Inserts an empty author's footnote at the cursor and sends focus to its text in the footnotes area. */
export function insertUserFootnote(editor: Editor): boolean {
  const id = newId()
  const ok = editor.chain().focus().setTextSelection(editor.state.selection.to).insertFootnote({ id, text: '' }).run()
  if (ok) ui.set({ focusFootnoteId: id })
  return ok
}

/**
 * Renderer behaviour of the briefing's own nodes: live note numbers, click a citation to see its
 * source, snippets dropped from the sources pane, Ctrl+click on links, Ctrl+Alt+F for a footnote.
 */
export const BriefingInteractions = Extension.create({
  name: 'briefingInteractions',

  addKeyboardShortcuts() {
    return {
      'Mod-Alt-f': () => insertUserFootnote(this.editor),
    }
  },

  addProseMirrorPlugins() {
    const editor = this.editor
    return [
      noteNumbersPlugin(),
      new Plugin({
        key: new PluginKey('briefingClicks'),
        props: {
          handleClickOn: (_view, _pos, node, _nodePos, event) => {
            if (node.type.name === 'citation') {
              showSourcePassage(String(node.attrs['sourceId']), String(node.attrs['blockId']))
              return false
            }
            if (node.type.name === 'footnote') {
              ui.set({ focusFootnoteId: String(node.attrs['id']) })
              return false
            }
            if (event.ctrlKey || event.metaKey) {
              const href = (event.target as HTMLElement | null)?.closest('a')?.getAttribute('href')
              if (href) {
                event.preventDefault()
                void openLink(href)
                return true
              }
            }
            return false
          },
          handleDrop: (view, event) => {
            const raw = event.dataTransfer?.getData(SNIPPET_MIME)
            if (!raw) return false
            const snippet = parseSnippet(raw)
            if (!snippet) return false
            event.preventDefault()
            const at = view.posAtCoords({ left: event.clientX, top: event.clientY })
            if (at) editor.commands.setTextSelection(at.pos)
            insertSnippet(editor, snippet)
            return true
          },
        },
      }),
    ]
  },
})
