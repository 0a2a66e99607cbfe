import { session } from '../state/session'
import { notices } from '../state/notices'
import { useStore } from '../state/store'
import { lintState } from '../lint/lint-state'
import { runCommand } from './app-events'
import { setSpellLanguage, ui } from '../dialogs/ui-state'
import { getEditor } from '../state/session'
import { recheckSpelling } from '../editor/spell/spell-plugin'

/** Word count and pages against the template's limits, check counts, spelling language, zoom, saved state. */
export function StatusBar() {
  const words = useStore(lintState, (s) => s.words)
  const pages = useStore(lintState, (s) => s.pages)
  const pageLimit = useStore(lintState, (s) => s.pageLimit)
  const wordLimit = useStore(lintState, (s) => s.wordLimit)
  const findings = useStore(lintState, (s) => s.findings)
  const dirty = useStore(session, (s) => s.dirty)
  const file = useStore(session, (s) => s.file)
  const lastSavedAt = useStore(session, (s) => s.lastSavedAt)
  const busy = useStore(notices, (s) => s.busy)
  const lang = useStore(ui, (s) => s.spellLanguage)
  const zoom = useStore(ui, (s) => s.zoom)
  const errors = findings.filter((f) => f.severity === 'error').length
  const warnings = findings.length - errors
  const saved = !file ? 'Not saved yet' : dirty ? 'Unsaved changes' : `Saved${lastSavedAt ? ` at ${new Date(lastSavedAt).toLocaleTimeString()}` : ''}`
  const overPages = pageLimit !== null && pages > pageLimit
  const overWords = wordLimit !== null && words > wordLimit
  const pagesText = `${pages < 1 ? pages.toFixed(1) : Math.ceil(pages * 10) / 10} ${pages === 1 ? 'page' : 'pages'}${pageLimit !== null ? ` of ${pageLimit}` : ''}`
  return (
    <footer className="status-bar">
      <span data-testid="word-count" className={overWords ? 'over-limit' : ''}>
        {words} {words === 1 ? 'word' : 'words'}
        {wordLimit !== null ? ` of ${wordLimit}` : ''}
      </span>
      <span data-testid="page-estimate" className={overPages ? 'over-limit' : ''} title="Estimated from the template's page size, font and margins">
        ≈ {pagesText}
      </span>
      <button type="button" className="status-button" data-testid="lint-counts" onClick={() => runCommand('view:focusChecks')} title="Go to the checks (Ctrl+Alt+L)">
        <span className={errors ? 'count-error' : ''}>{errors} {errors === 1 ? 'error' : 'errors'}</span>, <span className={warnings ? 'count-warning' : ''}>{warnings} {warnings === 1 ? 'warning' : 'warnings'}</span>
      </button>
      <span role="status" aria-live="polite" data-testid="save-state">{saved}</span>
      {busy && (
        <span className="busy" data-testid="busy" role="status">
          {busy}
        </span>
      )}
      <span className="status-spacer" />
      <label className="status-select">
        <span>Spelling</span>
        <select
          value={lang}
          onChange={(e) => {
            setSpellLanguage(e.target.value === 'en-US' ? 'en-US' : 'en-GB')
            const editor = getEditor()
            if (editor) recheckSpelling(editor)
          }}
        >
          <option value="en-GB">English (UK)</option>
          <option value="en-US">English (US)</option>
        </select>
      </label>
      <button type="button" className="status-button" onClick={() => runCommand('view:zoomReset')} title="Zoom (Ctrl+= / Ctrl+- ; click for actual size)" aria-label={`Zoom ${Math.round(zoom * 100)}%, reset`}>
        {Math.round(zoom * 100)}%
      </button>
    </footer>
  )
}
