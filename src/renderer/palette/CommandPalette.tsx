import { useMemo, useState } from 'react'
import { COMMANDS, displayShortcut } from './command-list'
import { matchScore } from './match-command'
import { hasCommand, runCommand } from '../shell/app-events'
import { Modal } from '../dialogs/Modal'
import { closeDialog } from '../dialogs/ui-state'

/** Ctrl+K: every available command by name with its shortcut; type to filter, arrows to move, Enter to run. */
export function CommandPalette() {
  const [query, setQuery] = useState('')
  const [active, setActive] = useState(0)
  const available = useMemo(() => COMMANDS.filter((c) => hasCommand(c.id)), [])
  const results = useMemo(() => {
    const scored = available.map((c) => ({ c, score: matchScore(query, `${c.group}: ${c.title}`) ?? matchScore(query, c.title) }))
    return scored
      .filter((x): x is { c: (typeof available)[number]; score: number } => x.score !== null)
      .sort((a, b) => (query ? b.score - a.score : 0))
      .map((x) => x.c)
  }, [available, query])
  const index = Math.min(active, results.length - 1)
  const run = (id: string) => {
    closeDialog()
    // After the palette has closed and handed focus back, so the command can move focus itself.
    requestAnimationFrame(() => runCommand(id))
  }
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      const step = e.key === 'ArrowDown' ? 1 : -1
      setActive((index + step + results.length) % Math.max(results.length, 1))
    } else if (e.key === 'Enter') {
      e.preventDefault()
      const chosen = results[index]
      if (chosen) run(chosen.id)
    }
  }
  const activeId = results[index] ? `palette-${results[index].id.replace(/[^a-z0-9]/gi, '-')}` : undefined
  return (
    <Modal title="Command palette" onClose={closeDialog} className="palette" initialFocus="#palette-input">
      <input
        id="palette-input"
        type="text"
        role="combobox"
        aria-expanded="true"
        aria-controls="palette-list"
        aria-activedescendant={activeId}
        aria-autocomplete="list"
        aria-label="Type a command"
        placeholder="Type a command…"
        value={query}
        onChange={(e) => {
          setQuery(e.target.value)
          setActive(0)
        }}
        onKeyDown={onKeyDown}
        autoComplete="off"
      />
      <ul id="palette-list" role="listbox" aria-label="Commands" className="palette-list">
        {results.length === 0 && <li className="palette-empty">No command matches “{query}”.</li>}
        {results.map((c, i) => (
          <li
            key={c.id}
            id={`palette-${c.id.replace(/[^a-z0-9]/gi, '-')}`}
            role="option"
            aria-selected={i === index}
            className={i === index ? 'is-active' : ''}
            onMouseDown={(e) => e.preventDefault()}
            onClick={() => run(c.id)}
            onMouseMove={() => i !== index && setActive(i)}
          >
            <span className="palette-group">{c.group}</span>
            <span className="palette-title">{c.title}</span>
            {c.shortcut && <kbd>{displayShortcut(c.shortcut)}</kbd>}
          </li>
        ))}
      </ul>
    </Modal>
  )
}
