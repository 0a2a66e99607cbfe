import { call } from '../api'
import { openDroppedBriefing, showError } from '../commands/file-commands'
import { notify, withBusy } from '../state/notices'
import { enqueueImports, type ImportFailure } from './import-queue'

type Grant = { grantId: string; name: string; kind: 'briefing' | 'article' }
type GrantResult = { ok: true; value: Grant } | { ok: false; error: { code: string; message: string } }

function isGrantResult(v: unknown): v is GrantResult {
  if (!v || typeof v !== 'object' || !('ok' in v)) return false
  if (v.ok === true) {
    const value = (v as { value?: Partial<Grant> }).value
    return typeof value?.grantId === 'string' && typeof value.name === 'string' && (value.kind === 'briefing' || value.kind === 'article')
  }
  const error = (v as { error?: { message?: unknown } }).error
  return typeof error?.message === 'string'
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`
}

/** File → Import Article: main shows the open dialog and imports in its worker; the results go to review. */
export async function importFromDialog(): Promise<void> {
  try {
    const { imported, failed } = await withBusy('Importing articles…', () => call('article:importFile', {}))
    enqueueImports(imported, failed)
  } catch (e) {
    showError(e)
  }
}

/** Imports pasted text (with the clipboard's HTML when there was some). Resolves true when it went to review. */
export async function importPastedText(text: string, html?: string): Promise<boolean> {
  try {
    const result = await withBusy('Importing pasted text…', () => call('article:importText', html ? { text, html } : { text }))
    enqueueImports([result])
    return true
  } catch (e) {
    showError(e)
    return false
  }
}

/**
 * Files dropped on the window: each is granted by main (which checks it), then a dropped briefing
 * opens and dropped articles are imported together and reviewed one after another.
 */
export async function importDroppedFiles(files: readonly File[]): Promise<void> {
  const articles: Grant[] = []
  const briefings: Grant[] = []
  const failed: ImportFailure[] = []
  for (const file of files) {
    try {
      const result: unknown = await window.api.grantDroppedFile(file)
      if (!isGrantResult(result)) failed.push({ fileName: file.name, code: 'internal', message: 'No answer from the app for this file.' })
      else if (!result.ok) failed.push({ fileName: file.name, code: result.error.code, message: result.error.message })
      else (result.value.kind === 'briefing' ? briefings : articles).push(result.value)
    } catch (e) {
      failed.push({ fileName: file.name, code: 'internal', message: e instanceof Error ? e.message : String(e) })
    }
  }
  // A briefing opens first, so articles dropped with it are reviewed into that briefing.
  // One briefing can be open at a time: open the first, say what was left.
  if (briefings.length) {
    if (briefings.length > 1) notify('info', `Opening ${briefings[0]!.name}; drop the other briefings one at a time.`)
    await openDroppedBriefing(briefings[0]!.grantId)
  }
  if (articles.length) {
    try {
      const grants = articles.map((a) => a.grantId)
      const label = articles.length === 1 ? `Importing ${articles[0]!.name}…` : `Importing ${plural(articles.length, 'article')}…`
      const result = await withBusy(label, () => call('article:importDropped', { grants }))
      enqueueImports(result.imported, [...failed, ...result.failed])
    } catch (e) {
      enqueueImports([], failed)
      showError(e)
    }
  } else if (failed.length) enqueueImports([], failed)
}
