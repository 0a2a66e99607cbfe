import { useEffect, useRef } from 'react'
import type { Editor } from '@tiptap/core'
import { NodeSelection } from '@tiptap/pm/state'
import type { Source } from '../../../shared/model'
import { session } from '../../state/session'
import { useStore } from '../../state/store'
import { ui } from '../../dialogs/ui-state'
import { useEditorValue } from '../use-editor-value'
import { notesOf, notesVersion, type NoteEntry } from './note-numbers'
import { showSourcePassage } from '../show-source-passage'

/** "Title. Publisher, date. URL" for the Sources list and citation notes. */
export function sourceLabel(source: Source): string {
  const tail = [source.publisher, source.author, source.date].filter(Boolean).join(', ')
  return [source.title || 'Untitled source', tail].filter(Boolean).join('. ')
}

function jumpTo(editor: Editor, pos: number): void {
  editor.view.dispatch(editor.state.tr.setSelection(NodeSelection.create(editor.state.doc, pos)).scrollIntoView())
  // Focus now, not on TipTap's next frame: a key pressed right after (Delete) must reach the text.
  editor.view.focus()
}

function FootnoteText({ editor, note }: { editor: Editor; note: NoteEntry }) {
  const ref = useRef<HTMLTextAreaElement>(null)
  const id = String(note.attrs['id'])
  const focusId = useStore(ui, (s) => s.focusFootnoteId)
  useEffect(() => {
    if (focusId !== id) return
    ref.current?.focus()
    ref.current?.scrollIntoView({ block: 'nearest' })
    ui.set({ focusFootnoteId: null })
  }, [focusId, id])
  const change = (text: string) => {
    // Positions move as the author types elsewhere; look the footnote up by id at the time of the edit.
    const at = notesOf(editor.state).find((n) => n.type === 'footnote' && n.attrs['id'] === id)
    if (!at) return
    editor.view.dispatch(editor.state.tr.setNodeAttribute(at.pos, 'text', text))
  }
  return (
    <textarea
      ref={ref}
      className="footnote-text"
      aria-label={`Footnote ${note.n} text`}
      rows={1}
      value={String(note.attrs['text'] ?? '')}
      placeholder="Write the footnote…"
      onChange={(e) => change(e.target.value)}
      onKeyDown={(e) => {
        // Escape or Enter returns to the text right after the footnote mark.
        if (e.key === 'Escape' || (e.key === 'Enter' && !e.shiftKey)) {
          e.preventDefault()
          const at = notesOf(editor.state).find((n) => n.attrs['id'] === id)
          if (at) editor.chain().focus().setTextSelection(at.pos + 1).scrollIntoView().run()
        }
      }}
    />
  )
}

/**
 * Under the page: every citation and author's footnote in document order (numbers derived from
 * the document), then the Sources list generated from what is cited. Re-renders only when notes
 * change, not on ordinary typing.
 */
export function NotesArea({ editor }: { editor: Editor }) {
  useEditorValue(editor, (e) => notesVersion(e.state))
  const sources = useStore(session, (s) => s.briefing.sources)
  const notes = notesOf(editor.state)
  const byId = new Map(sources.map((s) => [s.id, s]))
  const cited: string[] = []
  for (const note of notes) {
    const sid = String(note.attrs['sourceId'] ?? '')
    if (note.type === 'citation' && !cited.includes(sid)) cited.push(sid)
  }
  if (notes.length === 0) return null
  return (
    <section className="notes-area" aria-label="Footnotes and sources">
      <h2 className="notes-heading">Notes</h2>
      <ol className="notes-list">
        {notes.map((note) => {
          const source = byId.get(String(note.attrs['sourceId'] ?? ''))
          return (
            <li key={`${note.type}-${String(note.attrs['id'])}-${note.n}`} className={`note note-${note.type}`} data-note-number={note.n}>
              <button type="button" className="note-number" onClick={() => jumpTo(editor, note.pos)} aria-label={`Go to note ${note.n} in the text`}>
                {note.n}
              </button>
              {note.type === 'footnote' ? (
                <FootnoteText editor={editor} note={note} />
              ) : (
                <div className="note-body">
                  {source ? <span className="note-source">{sourceLabel(source)}</span> : <span className="note-missing">Source removed from the briefing</span>}
                  {note.attrs['locator'] ? <span className="note-locator">, {String(note.attrs['locator'])}</span> : null}
                  {note.attrs['quote'] ? <q className="note-quote">{String(note.attrs['quote'])}</q> : null}
                  {source && (
                    <button type="button" className="link-button" onClick={() => showSourcePassage(source.id, String(note.attrs['blockId']))}>
                      Show passage
                    </button>
                  )}
                </div>
              )}
            </li>
          )
        })}
      </ol>
      {cited.length > 0 && (
        <>
          <h2 className="notes-heading">Sources</h2>
          <ol className="sources-cited" aria-label="Sources cited">
            {cited.map((sid) => {
              const source = byId.get(sid)
              return (
                <li key={sid}>
                  {source ? sourceLabel(source) : 'Source removed from the briefing'}
                  {source?.url ? <span className="source-url"> {source.url}</span> : null}
                </li>
              )
            })}
          </ol>
        </>
      )}
    </section>
  )
}
