import { useEffect, useRef, useState } from 'react'
import type { Editor } from '@tiptap/core'
import { useStore } from '../../state/store'
import { ui } from '../../dialogs/ui-state'
import { spellMenu } from './spell-menu-state'
import { spellClient } from './spell-client'
import { recheckSpelling } from './spell-plugin'

/** The spelling menu: suggestions for one word, Ignore and Add to dictionary. Arrow keys move, Escape closes. */
export function SpellMenu({ editor }: { editor: Editor }) {
  const target = useStore(spellMenu, (s) => s.target)
  const lang = useStore(ui, (s) => s.spellLanguage)
  // Suggestions arrive from the worker; they belong to the target they were asked for.
  const [answer, setAnswer] = useState<{ for: unknown; list: string[] } | null>(null)
  const suggestions = answer && answer.for === target ? answer.list : null
  const menuRef = useRef<HTMLDivElement>(null)

  useEffect(() => {
    if (!target) return
    let live = true
    void spellClient.suggest(lang, target.word).then((list) => live && setAnswer({ for: target, list }))
    return () => {
      live = false
    }
  }, [target, lang])

  useEffect(() => {
    if (target) menuRef.current?.querySelector<HTMLButtonElement>('button')?.focus()
  }, [target, suggestions])

  if (!target) return null
  const close = () => {
    spellMenu.set({ target: null })
    editor.commands.focus()
  }
  const replace = (word: string) => {
    // The document may have changed since the menu opened: only replace if the word is still there.
    if (editor.state.doc.textBetween(target.from, target.to) === target.word) {
      editor.chain().focus().insertContentAt({ from: target.from, to: target.to }, word).run()
    }
    close()
  }
  const accept = (add: boolean) => {
    if (add) spellClient.addToDictionary(target.word)
    else spellClient.ignore(target.word)
    close()
    recheckSpelling(editor)
  }
  const onKeyDown = (e: React.KeyboardEvent) => {
    const buttons = Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])
    const i = buttons.indexOf(document.activeElement as HTMLButtonElement)
    if (e.key === 'Escape') {
      e.preventDefault()
      close()
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const next = buttons[(i + (e.key === 'ArrowDown' ? 1 : -1) + buttons.length) % buttons.length]
      next?.focus()
    }
  }
  const style = { left: Math.min(target.x, window.innerWidth - 240), top: Math.min(target.y + 4, window.innerHeight - 260) }
  return (
    <>
      <div className="menu-backdrop" onMouseDown={close} />
      <div className="spell-menu" role="menu" aria-label={`Spelling: ${target.word}`} ref={menuRef} style={style} onKeyDown={onKeyDown}>
        <div className="spell-menu-title">“{target.word}”</div>
        {suggestions === null ? (
          <div className="spell-menu-note">Looking for suggestions…</div>
        ) : suggestions.length === 0 ? (
          <div className="spell-menu-note">No suggestions</div>
        ) : (
          suggestions.map((s) => (
            <button key={s} type="button" role="menuitem" className="spell-suggestion" onClick={() => replace(s)}>
              {s}
            </button>
          ))
        )}
        <hr />
        <button type="button" role="menuitem" onClick={() => accept(false)}>Ignore</button>
        <button type="button" role="menuitem" onClick={() => accept(true)}>Add to dictionary</button>
      </div>
    </>
  )
}
