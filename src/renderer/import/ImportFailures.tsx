import { useEffect, useRef } from 'react'
import { useStore } from '../state/store'
import { dismissFailures, importUi, type ImportFailure } from './import-queue'

/** The files that could not be imported, each with why (binary, corrupt, too large, vanished…). */
export function FailureList({ failed, compact = false }: { failed: readonly ImportFailure[]; compact?: boolean }) {
  return (
    <div className={`import-failures${compact ? ' compact' : ''}`} role="alert">
      {compact && <strong>Not imported: </strong>}
      <ul>
        {failed.map((f, i) => (
          <li key={i}>
            <span className="failure-name">{f.fileName}</span>: {f.message}
          </li>
        ))}
      </ul>
      {compact && (
        <button type="button" onClick={dismissFailures}>
          Dismiss
        </button>
      )}
    </div>
  )
}

/** A dialog listing failed files, when nothing else from the batch is waiting for review. */
export function ImportFailures() {
  const failed = useStore(importUi, (s) => s.failed)
  const reviewing = useStore(importUi, (s) => s.queue.length > 0)
  const okRef = useRef<HTMLButtonElement>(null)
  const open = failed.length > 0 && !reviewing
  useEffect(() => {
    if (open) okRef.current?.focus()
  }, [open])
  if (!open) return null
  return (
    <div className="modal-backdrop" onKeyDown={(e) => e.key === 'Escape' && dismissFailures()}>
      <div className="modal" role="alertdialog" aria-modal="true" aria-labelledby="import-failed-title">
        <h2 id="import-failed-title">{failed.length === 1 ? 'This file could not be imported' : `${failed.length} files could not be imported`}</h2>
        <FailureList failed={failed} />
        <div className="modal-buttons">
          <button type="button" className="primary" ref={okRef} onClick={dismissFailures}>
            OK
          </button>
        </div>
      </div>
    </div>
  )
}
