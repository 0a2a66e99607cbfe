import { importUi } from './import-queue'

function carriesFiles(e: DragEvent): boolean {
  return !!e.dataTransfer && Array.from(e.dataTransfer.types).includes('Files')
}

/**
 * Makes the whole window a drop target for files (and only files: snippets dragged into the draft
 * pass through to the editor). Listens in the capture phase so the editor never inserts a file's
 * name or navigates to it. Returns a disposer.
 */
export function installFileDrop(onFiles: (files: File[]) => void): () => void {
  let depth = 0
  const setDragging = (dragging: boolean) => importUi.set({ dragging })
  const onEnter = (e: DragEvent) => {
    if (!carriesFiles(e)) return
    depth++
    setDragging(true)
  }
  const onLeave = (e: DragEvent) => {
    if (!carriesFiles(e)) return
    depth = Math.max(0, depth - 1)
    if (depth === 0) setDragging(false)
  }
  const onOver = (e: DragEvent) => {
    if (!carriesFiles(e)) return
    e.preventDefault()
    e.stopPropagation()
    e.dataTransfer!.dropEffect = 'copy'
  }
  const onDrop = (e: DragEvent) => {
    if (!carriesFiles(e)) return
    e.preventDefault()
    e.stopPropagation()
    depth = 0
    setDragging(false)
    const files = Array.from(e.dataTransfer!.files)
    if (files.length) onFiles(files)
  }
  window.addEventListener('dragenter', onEnter, true)
  window.addEventListener('dragleave', onLeave, true)
  window.addEventListener('dragover', onOver, true)
  window.addEventListener('drop', onDrop, true)
  return () => {
    window.removeEventListener('dragenter', onEnter, true)
    window.removeEventListener('dragleave', onLeave, true)
    window.removeEventListener('dragover', onOver, true)
    window.removeEventListener('drop', onDrop, true)
  }
}
