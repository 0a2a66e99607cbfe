import { useEffect, useRef } from 'react'
import { dismiss, notices } from '../state/notices'
import { useStore } from '../state/store'

/** Toasts and the in-app confirm dialog (keyboard: Enter = default button, Escape = cancel). */
export function Notices() {
  const items = useStore(notices, (s) => s.items)
  const confirm = useStore(notices, (s) => s.confirm)
  const defaultRef = useRef<HTMLButtonElement>(null)
  useEffect(() => defaultRef.current?.focus(), [confirm])
  return (
    <>
      <div className="toasts" aria-live="assertive">
        {items.map((n) => (
          <div key={n.id} className={`toast toast-${n.kind}`} role={n.kind === 'error' ? 'alert' : 'status'}>
            <span>{n.message}</span>
            <button type="button" aria-label="Dismiss" onClick={() => dismiss(n.id)}>×</button>
          </div>
        ))}
      </div>
      {confirm && (
        <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && confirm.resolve(null)}>
          <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="confirm-title" aria-describedby="confirm-message">
            <h2 id="confirm-title">{confirm.title}</h2>
            <p id="confirm-message">{confirm.message}</p>
            <div className="modal-buttons">
              {confirm.buttons.map((b) => (
                <button key={b} type="button" ref={b === confirm.defaultButton ? defaultRef : undefined} className={b === confirm.defaultButton ? 'primary' : ''} onClick={() => confirm.resolve(b)}>
                  {b}
                </button>
              ))}
            </div>
          </div>
        </div>
      )}
    </>
  )
}
