import { Modal } from '../dialogs/Modal'
import { useStore } from '../state/store'
import { notify } from '../state/notices'
import { DocxPreview } from './DocxPreview'
import { chooseOrgStyles, clearOrgStyles, exportDocx, preview } from './export-commands'
import './export-preview.css'

/** The exported Word pages before saving: page breaks, header and footer, footnotes. */
export function ExportPreviewDialog() {
  const open = useStore(preview, (s) => s.open)
  const bytes = useStore(preview, (s) => s.bytes)
  const warnings = useStore(preview, (s) => s.warnings)
  const loading = useStore(preview, (s) => s.loading)
  const stylesName = useStore(preview, (s) => s.stylesName)
  if (!open) return null
  const close = () => preview.set({ open: false, bytes: null })
  return (
    <Modal title="Word Preview" onClose={close} className="export-preview-dialog" initialFocus="button.primary">
      <div className="export-preview-bar">
        <span className="muted">{loading ? 'Laying out pages…' : stylesName ? `Styles from ${stylesName}` : 'Briefwright styles'}</span>
        <div className="export-preview-actions">
          <button type="button" onClick={() => void chooseOrgStyles()}>Use Organisation Styles…</button>
          {stylesName && (
            <button type="button" onClick={() => void clearOrgStyles()}>Use Built-in Styles</button>
          )}
          <button
            type="button"
            className="primary"
            onClick={() => {
              close()
              void exportDocx()
            }}
          >
            Export to Word…
          </button>
          <button type="button" onClick={close}>Close</button>
        </div>
      </div>
      {warnings.length > 0 && (
        <ul className="export-warnings" aria-label="Export notes">
          {warnings.map((w, i) => (
            <li key={i}>{w}</li>
          ))}
        </ul>
      )}
      <div className="export-preview-pages" data-testid="docx-preview">
        <DocxPreview bytes={bytes} onError={(m) => notify('error', `The preview could not be shown: ${m}`)} />
      </div>
    </Modal>
  )
}
