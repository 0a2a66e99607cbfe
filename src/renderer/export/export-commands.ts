import { call, UiError } from '../api'
import { currentBriefing } from '../state/session'
import { createStore } from '../state/store'
import { notify, withBusy } from '../state/notices'
import { onCommand } from '../shell/app-events'
import { suggestedName } from '../commands/file-commands'

/** The Word preview dialog's state. */
export const preview = createStore<{ open: boolean; bytes: Uint8Array | null; warnings: string[]; loading: boolean; stylesName: string | null }>({
  open: false,
  bytes: null,
  warnings: [],
  loading: false,
  stylesName: null,
})


/** Export to Word: main asks where, writes the file atomically, and reports anything it had to drop. */
export async function exportDocx(): Promise<void> {
  try {
    const result = await withBusy('Exporting to Word…', () => call('docx:export', { briefing: currentBriefing(), suggestedName: suggestedName('docx'), useOrgStyles: true }))
    if (!result) return
    notify('success', `Exported ${result.name}`)
    if (result.warnings.length) notify('info', `Export notes: ${result.warnings.slice(0, 3).join(' ')}${result.warnings.length > 3 ? ` (+${result.warnings.length - 3} more)` : ''}`)
  } catch (e) {
    notify('error', e instanceof UiError || e instanceof Error ? e.message : String(e))
  }
}

/** Renders the briefing as Word pages in the preview dialog (the same bytes an export writes). */
export async function openPreview(): Promise<void> {
  preview.set({ open: true, loading: true })
  try {
    const result = await call('docx:preview', { briefing: currentBriefing() })
    preview.set({ bytes: result.bytes, warnings: result.warnings, loading: false })
  } catch (e) {
    preview.set({ open: false, loading: false })
    notify('error', (e as Error).message)
  }
}

/** Lets the user pick an organisation's Word file whose styles exports use, then refreshes the preview. */
export async function chooseOrgStyles(): Promise<void> {
  try {
    const { name } = await call('docx:chooseStyles', {})
    preview.set({ stylesName: name })
    if (name && preview.get().open) await openPreview()
  } catch (e) {
    notify('error', (e as Error).message)
  }
}

/** Goes back to Briefwright's built-in Word styles. */
export async function clearOrgStyles(): Promise<void> {
  try {
    await call('docx:clearStyles', {})
    preview.set({ stylesName: null })
    if (preview.get().open) await openPreview()
  } catch (e) {
    notify('error', (e as Error).message)
  }
}

/** Wires File → Preview Word Document and File → Export to Word (menu, palette, shortcuts). */
export function registerExportCommands(): void {
  onCommand('file:previewDocx', () => void openPreview())
  onCommand('file:exportDocx', () => void exportDocx())
}
