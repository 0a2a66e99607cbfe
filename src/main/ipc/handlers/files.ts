import { basename, extname } from 'node:path'
import { randomBytes } from 'node:crypto'
import { AppError } from '../../../shared/ipc/errors'
import type { Briefing } from '../../../shared/model'
import { APP_VERSION } from '../../../shared/version'
import type { Platform } from '../../platform/types'
import type { Handlers } from '../dispatch'
import { BriefingStore, type DocxToBriefing, type OpenedFile } from '../../services/briefing-store'
import { docxToBriefing } from '../../services/briefing-store-docx'
import { FileRegistry } from '../../services/file-registry'
import { Journal } from '../../services/journal'
import { RecentFiles } from '../../services/recent-files'
import type { FileSystem } from '../../services/briefing-file'

/** The channels these handlers serve: briefing files, recent files, drops, autosave/recovery, window, links. */
export type FileChannel =
  | 'app:info'
  | 'briefing:open'
  | 'briefing:openRecent'
  | 'briefing:openDropped'
  | 'briefing:save'
  | 'briefing:saveAs'
  | 'briefing:revert'
  | 'briefing:close'
  | 'recent:list'
  | 'recent:clear'
  | 'drop:grant'
  | 'autosave:write'
  | 'recovery:list'
  | 'recovery:restore'
  | 'recovery:discard'
  | 'window:setTitle'
  | 'window:confirmClose'
  | 'shell:openExternal'
export type FileHandlers = Pick<Handlers, FileChannel>

/** The services behind the file handlers; `createFileServices` builds the real ones. */
export interface FileServices {
  registry: FileRegistry
  store: BriefingStore
  journal: Journal
  recent: RecentFiles
}

/** What `createFileHandlers` needs: the platform, the services, and a hook for the recent menu. */
export interface FileHandlerDeps extends FileServices {
  platform: Platform
  /** Called after the recent-files list changed (to rebuild the Open Recent menu). */
  onRecentChanged?: () => void
}

/** Builds the real services on the platform's data folder. `fs` is for fault-injection tests. */
export function createFileServices(platform: Platform, options: { fs?: FileSystem; docxToBriefing?: DocxToBriefing } = {}): FileServices {
  const { fs } = options
  return {
    registry: new FileRegistry({ fs }),
    store: new BriefingStore({
      fs,
      now: () => platform.now(),
      docxToBriefing: options.docxToBriefing ?? ((bytes, name) => docxToBriefing(bytes, name, { now: platform.now() })),
    }),
    journal: new Journal({ userDataDir: platform.userDataDir, fs, now: () => platform.now() }),
    recent: new RecentFiles({ userDataDir: platform.userDataDir, platform, fs }),
  }
}

const EXTERNAL_SCHEMES = new Set(['http:', 'https:', 'mailto:'])

/** One handler per file-related channel. Paths only ever come from main (dialogs, recent list, checked drops). */
export function createFileHandlers(deps: FileHandlerDeps): FileHandlers {
  const { platform, registry, store, journal, recent } = deps
  /** Sessions journaling in this process (not offered for recovery), and the file each one edits. */
  const liveSessions = new Map<string, string | null>()
  /** When each live session's document was last saved (from its autosaves and our own saves). */
  const lastSavedOf = new Map<string, string | null>()

  const rememberRecent = async (path: string) => {
    await recent.add(path).catch(() => {})
    deps.onRecentChanged?.()
  }
  const opened = (o: OpenedFile) => ({ file: registry.ref(o.path), briefing: o.briefing, modifiedAt: o.modifiedAt })
  const openBriefing = async (path: string) => {
    const o = await store.open(path)
    await rememberRecent(path)
    return opened(o)
  }

  /** Sessions whose journal a successful save of `path` makes obsolete. */
  const sessionsOf = (path: string, sessionId: string | undefined): string[] => {
    const ids = [...liveSessions].filter(([, p]) => p === path).map(([id]) => id)
    return sessionId && !ids.includes(sessionId) ? [...ids, sessionId] : ids
  }
  const clearJournal = async (ids: string[]) => {
    for (const id of ids) await journal.discard(id).catch(() => {})
  }

  /**
   * A save failed: keep the user's latest state in the journal and say where it is. The journal is
   * what the next start offers for recovery, so the work survives even if the app is closed now.
   */
  const saveFailed = async (e: unknown, path: string | null, briefing: Briefing, sessionId: string | undefined): Promise<never> => {
    if (!(e instanceof AppError) || e.code === 'changed-on-disk') throw e
    const id = sessionId ?? (path ? sessionsOf(path, undefined)[0] : undefined) ?? randomBytes(8).toString('hex')
    const kept = await journal
      .write({ sessionId: id, path, briefing, lastSavedAt: lastSavedOf.get(id) ?? null })
      .then(() => `Your latest changes are kept in the recovery journal (${journal.pathFor(id)}) and will be offered again if Briefwright closes.`)
      .catch(() => 'Your latest changes could not be written to the recovery journal either: keep this window open and use Save As to save to another drive.')
    liveSessions.set(id, path)
    throw new AppError(e.code, `${e.message} ${kept}`)
  }

  return {
    async 'app:info'() {
      return { version: APP_VERSION, platform: process.platform }
    },

    async 'briefing:open'() {
      const path = await platform.chooseBriefingToOpen()
      if (path === null) return null
      if (extname(path).toLowerCase() === '.docx') return opened(await store.openWordDocument(path))
      return openBriefing(path)
    },

    async 'briefing:openRecent'({ fileId }) {
      return openBriefing(registry.resolve(fileId)).catch((e: unknown) => {
        // A recent file that has gone drops out of the list: let the menu rebuild without it.
        if (e instanceof AppError && e.code === 'not-found') deps.onRecentChanged?.()
        throw e
      })
    },

    async 'briefing:openDropped'({ grantId }) {
      const grant = registry.resolveDrop(grantId)
      if (grant.kind !== 'briefing') throw new AppError('unsupported', `“${grant.name}” is an article, not a briefing: it is imported as a source instead.`)
      return openBriefing(grant.path)
    },

    async 'briefing:save'({ fileId, briefing, expectedModifiedAt, force, sessionId }) {
      const path = registry.resolve(fileId)
      const saved = await store.save(path, briefing, { force, expectedModifiedAt }).catch((e: unknown) => saveFailed(e, path, briefing, sessionId))
      const sessions = sessionsOf(path, sessionId)
      await clearJournal(sessions)
      for (const id of sessions) lastSavedOf.set(id, saved.savedAt)
      await rememberRecent(path)
      return { file: registry.ref(path), savedAt: saved.savedAt, backup: saved.backup, modifiedAt: saved.modifiedAt }
    },

    async 'briefing:saveAs'({ briefing, suggestedName, sessionId }) {
      const chosen = await platform.chooseBriefingSavePath(withBriefExtension(suggestedName || 'Untitled'))
      if (chosen === null) return null
      let path = chosen
      if (extname(chosen).toLowerCase() !== '.brief') {
        // The dialog confirmed overwriting `chosen`, not the name with .brief added: never replace that silently.
        path = `${chosen}.brief`
        if (await store.exists(path)) throw new AppError('bad-request', `“${basename(path)}” already exists. Choose another name, or choose that file to replace it.`)
      }
      // The save dialog has asked before replacing an existing file, so this overwrites (keeping a backup).
      const saved = await store.save(path, briefing, { force: true }).catch((e: unknown) => saveFailed(e, null, briefing, sessionId))
      await clearJournal(sessionId ? [sessionId] : [])
      if (sessionId) lastSavedOf.set(sessionId, saved.savedAt)
      await rememberRecent(path)
      return { file: registry.ref(path), savedAt: saved.savedAt, backup: saved.backup, modifiedAt: saved.modifiedAt }
    },

    async 'briefing:revert'({ fileId }) {
      return opened(await store.open(registry.resolve(fileId)))
    },

    async 'briefing:close'({ fileId, sessionId }) {
      await journal.discard(sessionId)
      liveSessions.delete(sessionId)
      lastSavedOf.delete(sessionId)
      // Closing must not fail on an id this process no longer knows; there is then nothing to forget.
      if (fileId) {
        try {
          store.forget(registry.resolve(fileId))
        } catch {
          /* unknown id: nothing tracked for it */
        }
      }
      return {}
    },

    async 'recent:list'() {
      return (await recent.list()).map((p) => registry.ref(p))
    },

    async 'recent:clear'() {
      await recent.clear()
      deps.onRecentChanged?.()
      return {}
    },

    async 'drop:grant'({ path }) {
      const grant = await registry.grantDrop(path)
      return { grantId: grant.grantId, name: grant.name, kind: grant.kind }
    },

    async 'autosave:write'({ sessionId, fileId, briefing, lastSavedAt }) {
      const path = fileId ? registry.resolve(fileId) : null
      liveSessions.set(sessionId, path)
      lastSavedOf.set(sessionId, lastSavedAt)
      return journal.write({ sessionId, path, briefing, lastSavedAt })
    },

    async 'recovery:list'() {
      const entries = await journal.list(new Set(liveSessions.keys()))
      return entries.map(({ journalId, title, fileName, journaledAt, lastSavedAt }) => ({ journalId, title, fileName, journaledAt, lastSavedAt }))
    },

    async 'recovery:restore'({ journalId }) {
      const { briefing, path } = await journal.read(journalId)
      // The renderer continues with sessionId = journalId, so its autosaves replace this entry and a save clears it.
      liveSessions.set(journalId, path)
      if (path === null || !(await store.exists(path))) return { briefing, file: null }
      await store.track(path)
      return { briefing, file: registry.ref(path) }
    },

    async 'recovery:discard'({ journalId }) {
      await journal.discard(journalId)
      return {}
    },

    async 'window:setTitle'({ title, edited }) {
      platform.setTitle(title, edited)
      return {}
    },

    async 'window:confirmClose'({ proceed }) {
      platform.answerClose(proceed)
      return {}
    },

    async 'shell:openExternal'({ url }) {
      const safe = checkExternalUrl(url)
      if (!(await platform.confirmOpenExternal(safe))) return { opened: false }
      await platform.openExternal(safe)
      return { opened: true }
    },
  }
}

/**
 * Calls `onChange({ fileId, name })` when an open briefing changes on disk under us (another copy of
 * the app, a sync client); main forwards it as the 'file:changedOnDisk' event. Returns a stopper.
 */
export function watchOpenFiles(services: Pick<FileServices, 'store' | 'registry'>, onChange: (event: { fileId: string; name: string }) => void, intervalMs?: number): () => void {
  return services.store.watch((path) => onChange({ fileId: services.registry.register(path), name: basename(path) }), intervalMs)
}

/** Only http(s) and mailto links leave the app, re-serialised, and never with credentials in them. */
export function checkExternalUrl(url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    throw new AppError('bad-request', 'That is not a valid link.')
  }
  if (!EXTERNAL_SCHEMES.has(parsed.protocol)) throw new AppError('forbidden', `Links of the kind “${parsed.protocol}” are not opened from Briefwright.`)
  if (parsed.username || parsed.password) throw new AppError('forbidden', 'Links with a user name or password in them are not opened from Briefwright.')
  return parsed.toString()
}

function withBriefExtension(name: string): string {
  return extname(name).toLowerCase() === '.brief' ? name : `${name}.brief`
}
