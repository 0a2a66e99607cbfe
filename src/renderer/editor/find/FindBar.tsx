import { useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { useStore } from '../../state/store'
import { ui } from '../../dialogs/ui-state'
import { useEditorValue } from '../use-editor-value'
import { clearFind, findState, findStep, replaceAll, replaceCurrent, setFindQuery } from './find-plugin'
import { notify } from '../../state/notices'

/** Opens the find bar (Ctrl+F) or the find-and-replace bar (Ctrl+H), seeded with the selected text. */
export function openFind(editor: Editor | null, mode: 'find' | 'replace'): void {
  let text: string | null = null
  if (editor) {
    const { from, to } = editor.state.selection
    const selected = editor.state.doc.textBetween(from, to, ' ')
    if (selected && selected.length < 200 && !selected.includes('\n')) text = selected
  }
  ui.set({ find: mode, findSeed: text ? { text } : ui.get().findSeed })
  // Focus the query field even if the bar was already open.
  requestAnimationFrame(() => {
    const input = document.getElementById('find-query') as HTMLInputElement | null
    input?.focus()
    input?.select()
  })
}

/** The find-and-replace bar above the page: match count, next/previous, replace, replace all, case option. */
export function FindBar({ editor }: { editor: Editor }) {
  const mode = useStore(ui, (s) => s.find)
  const [query, setQuery] = useState('')
  const [replacement, setReplacement] = useState('')
  const [caseSensitive, setCaseSensitive] = useState(false)
  const queryRef = useRef<HTMLInputElement>(null)
  const status = useEditorValue(editor, (e) => {
    const s = findState(e)
    return `${s.current}:${s.matches.length}`
  })
  const [current, total] = (status ?? '-1:0').split(':').map(Number) as [number, number]

  // The text selected when the bar opened becomes the query (read once per opening).
  const seed = useStore(ui, (s) => s.findSeed)
  const [seenSeed, setSeenSeed] = useState(seed)
  if (seed !== seenSeed) {
    setSeenSeed(seed)
    if (seed) setQuery(seed.text)
  }
  useEffect(() => {
    if (mode === 'closed') return
    queryRef.current?.focus()
    queryRef.current?.select()
  }, [mode, seed])

  useEffect(() => {
    if (mode === 'closed') return
    setFindQuery(editor, query, caseSensitive)
  }, [editor, mode, query, caseSensitive])

  if (mode === 'closed') return null
  const close = () => {
    ui.set({ find: 'closed' })
    clearFind(editor)
    editor.commands.focus()
  }
  const onKey = (e: React.KeyboardEvent) => {
    if (e.key === 'Enter' && e.currentTarget.id === 'find-query') {
      e.preventDefault()
      findStep(editor, e.shiftKey ? -1 : 1)
    } else if (e.key === 'Enter' && e.currentTarget.id === 'find-replacement') {
      e.preventDefault()
      replaceCurrent(editor, replacement)
    }
  }
  const count = query ? (total === 0 ? 'No matches' : `${current + 1} of ${total}`) : ''
  return (
    <div
      className="find-bar"
      role="search"
      aria-label={mode === 'replace' ? 'Find and replace' : 'Find'}
      onKeyDown={(e) => {
        // Escape from anywhere in the bar (field, checkbox or button) closes it.
        if (e.key === 'Escape') {
          e.preventDefault()
          close()
        }
      }}
    >
      <div className="find-row">
        <label htmlFor="find-query" className="visually-hidden">Find</label>
        <input id="find-query" ref={queryRef} type="search" placeholder="Find" value={query} onChange={(e) => setQuery(e.target.value)} onKeyDown={onKey} />
        <span className="find-count" data-testid="find-count" aria-live="polite">{count}</span>
        <button type="button" onClick={() => findStep(editor, -1)} title="Previous match (Shift+Enter)" aria-label="Previous match">↑</button>
        <button type="button" onClick={() => findStep(editor, 1)} title="Next match (Enter)" aria-label="Next match">↓</button>
        <label className="find-option">
          <input type="checkbox" checked={caseSensitive} onChange={(e) => setCaseSensitive(e.target.checked)} /> Match case
        </label>
        {mode === 'find' && <button type="button" onClick={() => ui.set({ find: 'replace' })}>Replace…</button>}
        <button type="button" onClick={close} aria-label="Close find" title="Close (Escape)">×</button>
      </div>
      {mode === 'replace' && (
        <div className="find-row">
          <label htmlFor="find-replacement" className="visually-hidden">Replace with</label>
          <input id="find-replacement" type="text" placeholder="Replace with" value={replacement} onChange={(e) => setReplacement(e.target.value)} onKeyDown={onKey} />
          <button type="button" onClick={() => replaceCurrent(editor, replacement)}>Replace</button>
          <button
            type="button"
            onClick={() => {
              const n = replaceAll(editor, replacement)
              notify('info', `Replaced ${n} ${n === 1 ? 'match' : 'matches'}.`)
            }}
           
          >
            Replace all
          </button>
        </div>
      )}
    </div>
  )
}
