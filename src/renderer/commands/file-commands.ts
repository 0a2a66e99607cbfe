import { call, UiError } from '../api'
import { createBriefing } from '../../shared/model'
import { currentBriefing, loadBriefing, session } from '../state/session'
import { ask, notify, withBusy } from '../state/notices'
import { markDiscarded } from './session-release'

/** File name to suggest in a save or export dialog: the briefing's file name, else its title. */
export function suggestedName(ext: string): string {
  const { briefing, file } = session.get()
  const base = file?.name.replace(/\.[^.]+$/, '') || briefing.meta.title.trim().replace(/[\\/:*?"<>|]+/g, ' ').slice(0, 80) || 'Untitled briefing'
  return `${base}.${ext}`
}

function showError(e: unknown): void {
  notify('error', e instanceof UiError || e instanceof Error ? e.message : String(e))
}

/** "Save changes?" before the open document is replaced or closed. Resolves false when the user cancels. */
export async function guardUnsaved(action: string): Promise<boolean> {
  if (!session.get().dirty) return true
  const name = session.get().file?.name ?? 'this briefing'
  const choice = await ask('Save changes?', `Do you want to save the changes to ${name} before you ${action}?`, ['Save', "Don't Save", 'Cancel'], 'Save')
  if (choice === 'Save') return save()
  // The journal is dropped only once another document really replaces this one (the open may still be cancelled).
  if (choice === "Don't Save") markDiscarded(session.get().sessionId)
  return choice === "Don't Save"
}

/** Starts a new, empty briefing (templates: the New Briefing dialog). */
export async function newBlankBriefing(template = 'general'): Promise<void> {
  if (!(await guardUnsaved('start a new one'))) return
  loadBriefing(createBriefing({ template, now: new Date() }), null, null)
}

/** File → Close Briefing: after the unsaved-changes guard, the window shows a new, empty briefing. */
export async function closeBriefing(): Promise<void> {
  if (!(await guardUnsaved('close it'))) return
  loadBriefing(createBriefing({ template: 'general', now: new Date() }), null, null)
}

/** Open dialog (owned by main) → load. */
export async function openBriefing(): Promise<void> {
  if (!(await guardUnsaved('open another'))) return
  try {
    const opened = await withBusy('Opening…', () => call('briefing:open', {}))
    if (!opened) return
    loadBriefing(opened.briefing, opened.file, opened.modifiedAt)
    notify('info', `Opened ${opened.file.name}`)
  } catch (e) {
    showError(e)
  }
}

/** Opens a file from the recent list. */
export async function openRecent(fileId: string): Promise<void> {
  if (!(await guardUnsaved('open another'))) return
  try {
    const opened = await withBusy('Opening…', () => call('briefing:openRecent', { fileId }))
    loadBriefing(opened.briefing, opened.file, opened.modifiedAt)
  } catch (e) {
    showError(e)
  }
}

/** Opens a `.brief` the user dropped on the window (main granted it after checking the path). */
export async function openDroppedBriefing(grantId: string): Promise<void> {
  if (!(await guardUnsaved('open another'))) return
  try {
    const opened = await withBusy('Opening…', () => call('briefing:openDropped', { grantId }))
    loadBriefing(opened.briefing, opened.file, opened.modifiedAt)
    notify('info', `Opened ${opened.file.name}`)
  } catch (e) {
    showError(e)
  }
}

/** Saves to the current file, or asks where (Save As) for a new briefing. Resolves true when saved. */
export async function save(force = false): Promise<boolean> {
  const s = session.get()
  if (!s.file) return saveAs()
  const briefing = currentBriefing()
  try {
    const saved = await withBusy('Saving…', () => call('briefing:save', { fileId: s.file!.fileId, briefing, expectedModifiedAt: s.modifiedAt, force, sessionId: s.sessionId }))
    session.set({ briefing, file: saved.file, modifiedAt: saved.modifiedAt, dirty: false, lastSavedAt: saved.savedAt })
    notify('success', `Saved ${saved.file.name}`)
    return true
  } catch (e) {
    if (e instanceof UiError && e.code === 'changed-on-disk') {
      const choice = await ask('File changed on disk', `${s.file.name} was changed by another program since you opened it.`, ['Overwrite', 'Save As…', 'Cancel'], 'Save As…')
      if (choice === 'Overwrite') return save(true)
      if (choice === 'Save As…') return saveAs()
      return false
    }
    showError(e)
    return false
  }
}

/** Save dialog (owned by main) → write. */
export async function saveAs(): Promise<boolean> {
  const briefing = currentBriefing()
  try {
    const saved = await withBusy('Saving…', () => call('briefing:saveAs', { briefing, suggestedName: suggestedName('brief'), sessionId: session.get().sessionId }))
    if (!saved) return false
    session.set({ briefing, file: saved.file, modifiedAt: saved.modifiedAt, dirty: false, lastSavedAt: saved.savedAt })
    notify('success', `Saved ${saved.file.name}`)
    return true
  } catch (e) {
    showError(e)
    return false
  }
}

/** Throws away unsaved edits and reloads the file. */
export async function revert(): Promise<void> {
  const s = session.get()
  if (!s.file) return
  // With nothing to discard, Revert just reloads the file (e.g. after another program changed it).
  if (s.dirty) {
    const choice = await ask('Revert to saved?', `Discard your changes to ${s.file.name} and reload it from disk?`, ['Revert', 'Cancel'], 'Cancel')
    if (choice !== 'Revert') return
  }
  markDiscarded(s.sessionId)
  try {
    const opened = await call('briefing:revert', { fileId: s.file.fileId })
    loadBriefing(opened.briefing, opened.file, opened.modifiedAt)
  } catch (e) {
    showError(e)
  }
}

export { showError }
