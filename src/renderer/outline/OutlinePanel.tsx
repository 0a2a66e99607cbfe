import { useEffect, useState } from 'react'
import { getEditor, session } from '../state/session'
import { useStore } from '../state/store'
import { LintPanel } from '../lint/LintPanel'

interface OutlineEntry {
  level: number
  text: string
  pos: number
}

/** The right pane: the briefing's headings (refreshed when typing pauses; click to jump), then the checks. */
export function OutlinePanel() {
  const generation = useStore(session, (s) => s.generation)
  const [entries, setEntries] = useState<OutlineEntry[]>([])
  useEffect(() => {
    const editor = getEditor()
    if (!editor) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const collect = () => {
      const found: OutlineEntry[] = []
      editor.state.doc.descendants((node, pos) => {
        if (node.type.name === 'heading') found.push({ level: Number(node.attrs['level']) || 1, text: node.textContent, pos })
        return node.isBlock && node.type.name !== 'heading'
      })
      setEntries(found)
    }
    const schedule = () => {
      clearTimeout(timer)
      timer = setTimeout(collect, 500)
    }
    collect()
    editor.on('update', schedule)
    return () => {
      clearTimeout(timer)
      editor.off('update', schedule)
    }
  }, [generation])
  const jump = (pos: number) => {
    const editor = getEditor()
    if (!editor) return
    editor.chain().focus().setTextSelection(pos + 1).scrollIntoView().run()
  }
  return (
    <aside className="pane outline-pane" aria-label="Outline and checks">
      <header className="pane-header">
        <h2>Outline</h2>
      </header>
      {entries.length === 0 ? (
        <p className="empty-hint">Headings appear here.</p>
      ) : (
        <ol className="outline-list" aria-label="Headings">
          {entries.map((e, i) => (
            <li key={`${e.pos}-${i}`} style={{ paddingLeft: `${(e.level - 1) * 12}px` }}>
              <button type="button" onClick={() => jump(e.pos)}>{e.text || '(empty heading)'}</button>
            </li>
          ))}
        </ol>
      )}
      <LintPanel />
    </aside>
  )
}
