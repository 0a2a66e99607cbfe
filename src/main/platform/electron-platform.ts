import { app, dialog, shell, type BrowserWindow } from 'electron'
import type { Platform } from './types'

/** The real desktop behind the Platform interface, bound to the main window. */
export function createElectronPlatform(getWindow: () => BrowserWindow | null, onCloseAnswer: (proceed: boolean) => void): Platform {
  const parent = () => getWindow() ?? undefined
  const withParent = <T>(show: (w: BrowserWindow) => Promise<T>, alone: () => Promise<T>) => {
    const w = parent()
    return w ? show(w) : alone()
  }
  return {
    userDataDir: app.getPath('userData'),
    async chooseBriefingToOpen() {
      const opts = {
        title: 'Open Briefing',
        properties: ['openFile' as const],
        filters: [
          { name: 'Briefings and Word documents', extensions: ['brief', 'docx'] },
          { name: 'Briefings', extensions: ['brief'] },
          { name: 'Word documents', extensions: ['docx'] },
        ],
      }
      const r = await withParent((w) => dialog.showOpenDialog(w, opts), () => dialog.showOpenDialog(opts))
      return r.canceled ? null : (r.filePaths[0] ?? null)
    },
    async chooseBriefingSavePath(suggestedName) {
      const opts = { title: 'Save Briefing', defaultPath: suggestedName, filters: [{ name: 'Briefings', extensions: ['brief'] }] }
      const r = await withParent((w) => dialog.showSaveDialog(w, opts), () => dialog.showSaveDialog(opts))
      return r.canceled || !r.filePath ? null : r.filePath
    },
    async chooseArticlesToImport() {
      const opts = {
        title: 'Import Articles',
        properties: ['openFile' as const, 'multiSelections' as const],
        filters: [
          { name: 'Articles', extensions: ['txt', 'html', 'htm', 'md', 'docx', 'pdf'] },
          { name: 'All files', extensions: ['*'] },
        ],
      }
      const r = await withParent((w) => dialog.showOpenDialog(w, opts), () => dialog.showOpenDialog(opts))
      return r.canceled ? [] : r.filePaths
    },
    async chooseDocxSavePath(suggestedName) {
      const opts = { title: 'Export to Word', defaultPath: suggestedName, filters: [{ name: 'Word document', extensions: ['docx'] }] }
      const r = await withParent((w) => dialog.showSaveDialog(w, opts), () => dialog.showSaveDialog(opts))
      return r.canceled || !r.filePath ? null : r.filePath
    },
    async chooseStyleTemplate() {
      const opts = {
        title: 'Choose Word Styles',
        properties: ['openFile' as const],
        filters: [{ name: 'Word documents and templates', extensions: ['docx', 'dotx'] }],
      }
      const r = await withParent((w) => dialog.showOpenDialog(w, opts), () => dialog.showOpenDialog(opts))
      return r.canceled ? null : (r.filePaths[0] ?? null)
    },
    async confirmOpenExternal(url) {
      const opts = {
        type: 'question' as const,
        buttons: ['Open in Browser', 'Cancel'],
        defaultId: 1,
        cancelId: 1,
        message: 'Open this link in your web browser?',
        detail: url,
      }
      const r = await withParent((w) => dialog.showMessageBox(w, opts), () => dialog.showMessageBox(opts))
      return r.response === 0
    },
    openExternal: (url) => shell.openExternal(url),
    addRecentDocument: (path) => app.addRecentDocument(path),
    clearRecentDocuments: () => app.clearRecentDocuments(),
    setTitle(title, edited) {
      const w = getWindow()
      if (!w) return
      w.setTitle(title)
      w.setDocumentEdited(edited)
    },
    answerClose: onCloseAnswer,
    now: () => new Date(),
  }
}
