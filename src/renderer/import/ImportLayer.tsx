import { useEffect } from 'react'
import { onCommand } from '../shell/app-events'
import { useStore } from '../state/store'
import { importDroppedFiles, importFromDialog } from './import-actions'
import { importUi, setPasteOpen } from './import-queue'
import { installFileDrop } from './drop-target'
import { ImportFailures } from './ImportFailures'
import { ImportReview } from './ImportReview'
import { PasteDialog } from './PasteDialog'
import './import.css'

/** Everything about bringing articles in: menu commands, window drops, the paste, review and failure dialogs. */
export function ImportLayer() {
  const dragging = useStore(importUi, (s) => s.dragging)
  useEffect(() => {
    onCommand('file:importArticle', () => void importFromDialog())
    onCommand('file:pasteArticle', () => setPasteOpen(true))
    return installFileDrop((files) => void importDroppedFiles(files))
  }, [])
  return (
    <>
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <p>Drop articles to import them, or a .brief file to open it</p>
        </div>
      )}
      <PasteDialog />
      <ImportReview />
      <ImportFailures />
    </>
  )
}
