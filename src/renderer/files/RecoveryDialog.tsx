import './files.css'
import { useEffect, useRef, useState } from 'react'
import { call } from '../api'
import type { RecoveryEntry } from '../../shared/ipc/contract'
import { loadBriefing } from '../state/session'
import { notify } from '../state/notices'

function when(iso: string | null): string {
  if (!iso) return 'never saved'
  const d = new Date(iso)
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString()
}

/** On start, offers to recover each briefing whose unsaved work is in the autosave journal (after a crash). */
export function RecoveryDialog() {
  const [entries, setEntries] = useState<RecoveryEntry[]>([])
  const firstButton = useRef<HTMLButtonElement>(null)
  useEffect(() => {
    call('recovery:list', {}).then(setEntries, (e: Error) => notify('error', `Could not check for unsaved work: ${e.message}`))
  }, [])
  useEffect(() => {
    if (entries.length) firstButton.current?.focus()
  }, [entries.length])
  if (!entries.length) return null

  const recover = async (entry: RecoveryEntry) => {
    try {
      const restored = await call('recovery:restore', { journalId: entry.journalId })
      // Recovered work is unsaved until the user saves it; continuing under the journal's id means
      // later autosaves update that entry and the next save or close clears it.
      loadBriefing(restored.briefing, restored.file, null, true, entry.journalId)
      setEntries((list) => list.filter((e) => e.journalId !== entry.journalId))
      notify('success', `Recovered “${entry.title || 'Untitled briefing'}”. Save it to keep it.`)
    } catch (e) {
      notify('error', (e as Error).message)
    }
  }
  const discard = async (entry: RecoveryEntry) => {
    try {
      await call('recovery:discard', { journalId: entry.journalId })
      setEntries((list) => list.filter((e) => e.journalId !== entry.journalId))
    } catch (e) {
      notify('error', (e as Error).message)
    }
  }

  return (
    <div className="modal-backdrop">
      <div className="dialog recovery-dialog" role="dialog" aria-modal="true" aria-labelledby="recovery-title">
        <h2 id="recovery-title">Recover unsaved work?</h2>
        <p>Briefwright closed before these briefings were saved. Their latest changes were kept.</p>
        <ul className="recovery-list">
          {entries.map((entry, i) => (
            <li key={entry.journalId} data-testid="recovery-entry">
              <div>
                <strong>{entry.title || 'Untitled briefing'}</strong>
                <div className="muted">
                  {entry.fileName ?? 'not saved to a file'} · last saved {when(entry.lastSavedAt)} · changes kept {when(entry.journaledAt)}
                </div>
              </div>
              <div className="recovery-buttons">
                <button type="button" className="primary" ref={i === 0 ? firstButton : undefined} onClick={() => void recover(entry)}>
                  Recover
                </button>
                <button type="button" onClick={() => void discard(entry)}>Discard</button>
              </div>
            </li>
          ))}
        </ul>
        <div className="modal-buttons">
          <button type="button" onClick={() => setEntries([])}>Decide later</button>
        </div>
      </div>
    </div>
  )
}
