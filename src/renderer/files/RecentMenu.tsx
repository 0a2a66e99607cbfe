import { useEffect, useRef, useState } from 'react'
import { call } from '../api'
import type { FileRef } from '../../shared/ipc/contract'
import { openRecent } from '../commands/file-commands'
import { notify } from '../state/notices'

/** "Recent" button: the briefings opened or saved lately (kept by main), one click to open. */
export function RecentMenu() {
  const [open, setOpen] = useState(false)
  const [items, setItems] = useState<FileRef[]>([])
  const root = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (!open) return
    call('recent:list', {}).then(setItems, (e: Error) => notify('error', e.message))
    const close = (e: MouseEvent) => {
      if (!root.current?.contains(e.target as Node)) setOpen(false)
    }
    document.addEventListener('mousedown', close)
    return () => document.removeEventListener('mousedown', close)
  }, [open])
  return (
    <div className="recent-menu" ref={root} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)} title="Open a recent briefing">
        Recent ▾
      </button>
      {open && (
        <ul role="menu" aria-label="Recent briefings">
          {items.length === 0 && (
            <li role="none">
              <span className="muted">No recent briefings</span>
            </li>
          )}
          {items.map((f) => (
            <li key={f.fileId} role="none">
              <button
                type="button"
                role="menuitem"
                onClick={() => {
                  setOpen(false)
                  void openRecent(f.fileId)
                }}
              >
                {f.name} <span className="muted">{f.folder}</span>
              </button>
            </li>
          ))}
          {items.length > 0 && (
            <li role="none">
              <button
                type="button"
                role="menuitem"
                onClick={() => {
                  setOpen(false)
                  void call('recent:clear', {}).catch((e: Error) => notify('error', e.message))
                }}
              >
                Clear recent list
              </button>
            </li>
          )}
        </ul>
      )}
    </div>
  )
}
