import { call } from '../api'
import { currentBriefing, session } from '../state/session'
import { closeBriefing, guardUnsaved, newBlankBriefing, openBriefing, openRecent, revert, save, saveAs } from '../commands/file-commands'
import { releaseFor } from '../commands/session-release'
import { notify } from '../state/notices'
import { applyDocumentSpellLanguage } from '../dialogs/ui-state'
import { dictionaryFor } from '../editor/spell/spell-language'
import { findTemplate } from '../../shared/templates'

/** Handlers for menu commands; other modules add theirs with `onCommand`. */
const commandHandlers = new Map<string, () => void>([
  ['file:new', () => void newBlankBriefing()],
  ['file:open', () => void openBriefing()],
  ['file:save', () => void save()],
  ['file:saveAs', () => void saveAs()],
  ['file:revert', () => void revert()],
  ['file:close', () => void closeBriefing()],
])

/** Registers what a menu/palette command does. */
export function onCommand(id: string, run: () => void): void {
  commandHandlers.set(id, run)
}

/** True when some module handles this command (the palette lists only those). */
export function hasCommand(id: string): boolean {
  return commandHandlers.has(id)
}

/** Runs a command by id (menu, palette, shortcuts). */
export function runCommand(id: string): void {
  if (id.startsWith('file:openRecent:')) return void openRecent(id.slice('file:openRecent:'.length))
  const handler = commandHandlers.get(id)
  if (handler) handler()
}

const AUTOSAVE_DELAY_MS = 3000
let autosaveTimer: ReturnType<typeof setTimeout> | undefined
let runJournal: () => void = () => {}

/** Wires main's events, the window title and the autosave journal to the session. Returns a disposer. */
export function connectAppEvents(): () => void {
  const api = window.api
  const offs: (() => void)[] = []
  offs.push(api.on('menu:command', (c) => typeof c === 'string' && runCommand(c)))
  offs.push(
    api.on('app:closeRequested', () => {
      void guardUnsaved('close the window').then((proceed) => {
        if (proceed) void call('briefing:close', { fileId: session.get().file?.fileId ?? null, sessionId: session.get().sessionId }).catch(() => {})
        void call('window:confirmClose', { proceed })
      })
    }),
  )
  offs.push(
    api.on('file:changedOnDisk', (payload) => {
      const fileId = (payload as { fileId?: string } | null)?.fileId
      if (fileId && fileId === session.get().file?.fileId) notify('error', `${session.get().file?.name} was changed by another program. Saving will ask before overwriting it; Revert loads the new version.`)
    }),
  )

  // When another document replaces this one, main forgets what it kept for it (journal, file watch).
  let shown = session.get()
  offs.push(
    session.subscribe(() => {
      const next = session.get()
      const release = releaseFor(shown, next)
      shown = next
      if (release) void call('briefing:close', release).catch(() => {})
    }),
  )

  // Spelling follows each document's template when it names an English variety (a US memo checks
  // American spelling); the user's choice in the status bar still holds until the next document.
  let spellingFor = ''
  const syncSpelling = () => {
    const s = session.get()
    const key = `${s.generation}:${s.briefing.meta.template}`
    if (key === spellingFor) return
    spellingFor = key
    applyDocumentSpellLanguage(dictionaryFor(findTemplate(s.briefing.meta.template)?.language ?? ''))
  }
  syncSpelling()
  offs.push(session.subscribe(syncSpelling))

  // Window title with the unsaved mark.
  let lastTitle = ''
  const syncTitle = () => {
    const s = session.get()
    const name = s.file?.name ?? (s.briefing.meta.title || 'Untitled briefing')
    const title = `${s.dirty ? '● ' : ''}${name} — Briefwright`
    if (title === lastTitle) return
    lastTitle = title
    document.title = title
    void call('window:setTitle', { title, edited: s.dirty }).catch(() => {})
  }
  syncTitle()
  offs.push(session.subscribe(syncTitle))

  // Autosave journal a few seconds after each change and when the window loses focus.
  const journal = () => {
    clearTimeout(autosaveTimer)
    const s = session.get()
    if (!s.dirty) return
    void call('autosave:write', { sessionId: s.sessionId, fileId: s.file?.fileId ?? null, briefing: currentBriefing(), lastSavedAt: s.lastSavedAt }).catch((e: Error) =>
      notify('error', `Autosave failed: ${e.message}`),
    )
  }
  runJournal = journal
  offs.push(session.subscribe(() => session.get().dirty && noteEdit()))
  const onBlur = () => journal()
  window.addEventListener('blur', onBlur)
  offs.push(() => window.removeEventListener('blur', onBlur))
  return () => {
    clearTimeout(autosaveTimer)
    runJournal = () => {}
    offs.forEach((off) => off())
  }
}

/** Restarts the autosave countdown; the editor calls it on every change (one timer reset, no React work). */
export function noteEdit(): void {
  clearTimeout(autosaveTimer)
  autosaveTimer = setTimeout(() => runJournal(), AUTOSAVE_DELAY_MS)
}
