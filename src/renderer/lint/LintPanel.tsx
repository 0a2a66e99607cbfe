import type { Editor } from '@tiptap/core'
import { useStore } from '../state/store'
import { getEditor } from '../state/session'
import { lintState } from './lint-state'
import { goToFinding } from './finding-target'

/** Checks (live lint) under the outline: each finding with its severity; click or Enter to go to its place. */
export function LintPanel({ editor }: { editor?: Editor | null }) {
  const findings = useStore(lintState, (s) => s.findings)
  const runs = useStore(lintState, (s) => s.runs)
  // An empty document has nothing to check yet: listing its template's missing sections would only nag.
  const empty = useStore(lintState, (s) => s.words === 0)
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.length - errors
  return (
    <section className="lint-panel" aria-labelledby="lint-heading" tabIndex={-1}>
      <header className="pane-header">
        <h2 id="lint-heading">Checks</h2>
        <span className="lint-summary" aria-live="polite">
          {runs === 0 || empty ? '' : findings.length === 0 ? 'No problems' : `${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}`}
        </span>
      </header>
      {runs > 0 && empty ? (
        <p className="empty-hint">Nothing to check yet. Start writing, or choose a template with File › New Briefing (Ctrl+N).</p>
      ) : runs > 0 && findings.length === 0 ? (
        <p className="empty-hint">The briefing meets its template’s checks.</p>
      ) : (
        <ul className="lint-list">
          {findings.map((f) => (
            <li key={f.id} className={`lint-item lint-${f.severity}`} data-rule={f.rule}>
              <button
                type="button"
                onClick={() => {
                  const e = editor ?? getEditor()
                  if (e) goToFinding(e, f.target)
                }}
              >
                <span className={`lint-badge lint-badge-${f.severity}`}>{f.severity === 'error' ? 'Error' : 'Warning'}</span>
                <span className="lint-message">{f.message}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
