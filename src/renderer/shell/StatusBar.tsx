import { useEffect, useState } from 'react'
import { getEditor, session } from '../state/session'
import { notices } from '../state/notices'
import { useStore } from '../state/store'

/** Words in the editor, counted after typing pauses (never per keystroke). */
function useIdleWordCount(): number {
  const [words, setWords] = useState(0)
  const generation = useStore(session, (s) => s.generation)
  useEffect(() => {
    const editor = getEditor()
    if (!editor) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const count = () => {
      const text = editor.state.doc.textBetween(0, editor.state.doc.content.size, ' ', ' ')
      const cjk = text.match(/[\u3400-\u9fff\uf900-\ufaff]/g)?.length ?? 0
      const latin = text.replace(/[\u3400-\u9fff\uf900-\ufaff]/g, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length
      setWords(cjk + latin)
    }
    const schedule = () => {
      clearTimeout(timer)
      timer = setTimeout(count, 400)
    }
    count()
    editor.on('update', schedule)
    return () => {
      clearTimeout(timer)
      editor.off('update', schedule)
    }
  }, [generation])
  return words
}

/** Word count, saved state and progress of long work. */
export function StatusBar() {
  const words = useIdleWordCount()
  const dirty = useStore(session, (s) => s.dirty)
  const file = useStore(session, (s) => s.file)
  const lastSavedAt = useStore(session, (s) => s.lastSavedAt)
  const busy = useStore(notices, (s) => s.busy)
  const saved = !file ? 'Not saved yet' : dirty ? 'Unsaved changes' : `Saved${lastSavedAt ? ` at ${new Date(lastSavedAt).toLocaleTimeString()}` : ''}`
  return (
    <footer className="status-bar" role="status" aria-live="polite">
      <span data-testid="word-count">{words} {words === 1 ? 'word' : 'words'}</span>
      <span data-testid="save-state">{saved}</span>
      {busy && <span className="busy" data-testid="busy">{busy}</span>}
    </footer>
  )
}
