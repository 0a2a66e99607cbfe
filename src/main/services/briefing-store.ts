import { basename, dirname, join } from 'node:path'
import { AppError } from '../../shared/ipc/errors'
import { BriefingLoadError, parseBriefing, serializeBriefing, type Briefing } from '../../shared/model'
import { KeyedQueue, isTempOf, nodeFileSystem, sha256, writeFileAtomic, type FileSystem } from './briefing-file'
import { formatMb } from './file-registry'

/** Largest briefing the app opens: far above hundreds of pages with dozens of sources, far below a RAM problem. */
export const MAX_BRIEFING_BYTES = 200 * 1024 * 1024

/** What we know about a file's content on disk since we last read or wrote it. */
type DiskState = { exists: true; mtimeMs: number; size: number; sha256: string } | { exists: false }

/** A briefing read from disk. `modifiedAt` is the file's mtime in ms (0 when not on disk yet). */
export interface OpenedFile {
  path: string
  briefing: Briefing
  modifiedAt: number
}

/** The outcome of a save. `backup` is the path of the previous version, or null when there was none. */
export interface SavedFile {
  path: string
  savedAt: string
  backup: string | null
  modifiedAt: number
}

/** How a save treats a file that changed on disk. */
export interface SaveOptions {
  /** Overwrite even when the file changed on disk since we opened or saved it. */
  force?: boolean
  /** The mtime the renderer last saw, used only when this store has not read the file itself. */
  expectedModifiedAt?: number | null
}

/** Turns a Word document into a new briefing (see briefing-store-docx.ts). */
export type DocxToBriefing = (bytes: Uint8Array, fileName: string) => Promise<Briefing>

/** Injected dependencies of the store (the real file system, 200 MB and the clock by default). */
export interface BriefingStoreOptions {
  fs?: FileSystem
  maxBytes?: number
  now?: () => Date
  docxToBriefing?: DocxToBriefing
}

/**
 * Backup of the previous version, kept beside the file: `NAME.brief.bak`. Beside it rather than in the
 * app's data folder because it travels with the file (shared drives, sync clients), the user finds it
 * where they would look, and a hard link (no copy) needs the same volume.
 */
export function backupPathFor(path: string): string {
  return `${path}.bak`
}

/**
 * Opens and saves `.brief` files safely. Save: temp file in the same folder, fsync, backup of the
 * previous version to `NAME.brief.bak` (a hard link, or a copy where links are not possible), rename,
 * fsync of the folder. A file changed on disk by someone else since we read or wrote it is not
 * overwritten unless the caller forces it. Errors are AppErrors whose message names the file and says
 * that the previous version is unchanged.
 */
export class BriefingStore {
  private readonly fs: FileSystem
  private readonly maxBytes: number
  private readonly now: () => Date
  private readonly docxToBriefing: DocxToBriefing | undefined
  private readonly known = new Map<string, DiskState>()
  private readonly queue = new KeyedQueue()
  /** Files with a save under way, and the last outside change reported per file (see pollChanges). */
  private readonly saving = new Set<string>()
  private readonly reported = new Map<string, string>()

  constructor(options: BriefingStoreOptions = {}) {
    this.fs = options.fs ?? nodeFileSystem
    this.maxBytes = options.maxBytes ?? MAX_BRIEFING_BYTES
    this.now = options.now ?? (() => new Date())
    this.docxToBriefing = options.docxToBriefing
  }

  /** Reads, migrates and validates a briefing; the file is never written. */
  async open(path: string): Promise<OpenedFile> {
    const name = basename(path)
    const bytes = await this.readChecked(path, 'briefing')
    let briefing: Briefing
    try {
      briefing = parseBriefing(bytes.toString('utf8'))
    } catch (e) {
      if (e instanceof BriefingLoadError) {
        throw new AppError(e.code === 'newer-version' ? 'newer-version' : 'corrupt', `“${name}” cannot be opened. ${e.message} The file has not been changed.`)
      }
      throw e
    }
    const state = await this.remember(path, bytes)
    return { path, briefing, modifiedAt: state.mtimeMs }
  }

  /**
   * Opens a Word document as a new briefing. Its future home is a `.brief` beside it that does not
   * exist yet (`report.brief`, or `report (2).brief`…), so the first Save never touches the .docx.
   */
  async openWordDocument(path: string): Promise<OpenedFile> {
    if (!this.docxToBriefing) throw new AppError('unsupported', 'Opening Word documents is not available in this build.')
    const bytes = await this.readChecked(path, 'Word document')
    const briefing = await this.docxToBriefing(bytes, basename(path))
    const target = await this.freeSiblingName(path)
    this.known.set(target, { exists: false })
    return { path: target, briefing, modifiedAt: 0 }
  }

  /** Saves atomically with a backup; refuses (code 'changed-on-disk') if someone else changed the file. */
  save(path: string, briefing: Briefing, options: SaveOptions = {}): Promise<SavedFile> {
    // One save per file at a time: the change check, the backup and the recorded hash belong together.
    return this.queue.run(path, async () => {
      this.saving.add(path)
      try {
        return await this.saveNow(path, briefing, options)
      } finally {
        this.saving.delete(path)
      }
    })
  }

  private async saveNow(path: string, briefing: Briefing, options: SaveOptions): Promise<SavedFile> {
    const name = basename(path)
    if (!options.force) await this.assertUnchanged(path, options.expectedModifiedAt ?? null)
    const savedAt = this.now().toISOString()
    const bytes = Buffer.from(serializeBriefing({ ...briefing, meta: { ...briefing.meta, modifiedAt: savedAt } }), 'utf8')
    let backup: string | null = null
    try {
      // Write through a symlink to the file it points at (replacing the link itself would cut it), and
      // keep the permissions of the file we replace (a private briefing stays private).
      const target = await this.fs.realpath(path).catch(() => path)
      const current = await this.fs.stat(target).catch(() => null)
      await writeFileAtomic(target, bytes, {
        fs: this.fs,
        mode: current ? current.mode & 0o7777 : undefined,
        beforeReplace: async () => {
          backup = await this.keepBackup(target)
        },
      })
      await this.removeStaleTemps(target)
    } catch (e) {
      throw describeSaveError(e, name)
    }
    // The save is done; a failing stat afterwards must not report it as failed, only stop change tracking.
    const state = await this.remember(path, bytes).catch(() => {
      this.known.delete(path)
      return { mtimeMs: 0 }
    })
    return { path, savedAt, backup, modifiedAt: state.mtimeMs }
  }

  /** True when the file on disk is no longer what we last read or wrote (content compared by sha256). */
  async changedOnDisk(path: string): Promise<boolean> {
    const known = this.known.get(path)
    if (!known) return false
    const current = await this.fs.stat(path).catch(() => null)
    if (!known.exists) return current !== null
    if (!current) return true
    if (current.mtimeMs === known.mtimeMs && current.size === known.size) return false
    const bytes = await this.fs.readFile(path).catch(() => null)
    if (!bytes) return true
    if (sha256(bytes) !== known.sha256) return true
    // Same content, new mtime (touched, or rewritten identically): remember the new stamp.
    this.known.set(path, { exists: true, mtimeMs: current.mtimeMs, size: current.size, sha256: known.sha256 })
    return false
  }

  /**
   * The tracked files that changed on disk since the last poll reported them (each outside change is
   * reported once). Files being saved right now are skipped: mid-save the disk is ahead of our record.
   */
  async pollChanges(): Promise<string[]> {
    const changed: string[] = []
    for (const path of [...this.known.keys()]) {
      if (this.saving.has(path)) continue
      if (!(await this.changedOnDisk(path).catch(() => false))) {
        this.reported.delete(path)
        continue
      }
      const stamp = await this.fs
        .stat(path)
        .then((st) => `${st.mtimeMs}:${st.size}`)
        .catch(() => 'gone')
      if (this.reported.get(path) === stamp) continue
      this.reported.set(path, stamp)
      changed.push(path)
    }
    return changed
  }

  /**
   * Polls the open files every `intervalMs` and calls `onChange(path)` once per outside change. Polling,
   * not fs.watch: sync clients replace files by rename, which fs.watch stops following.
   */
  watch(onChange: (path: string) => void, intervalMs = 2000): () => void {
    let running = false
    const timer = setInterval(() => {
      if (running) return
      running = true
      void this.pollChanges()
        .then((paths) => paths.forEach(onChange), () => {})
        .finally(() => {
          running = false
        })
    }, intervalMs)
    timer.unref?.()
    return () => clearInterval(timer)
  }

  /** True when something exists at `path`. */
  async exists(path: string): Promise<boolean> {
    return (await this.fs.stat(path).catch(() => null)) !== null
  }

  /** Starts watching the file's current content for outside changes (e.g. after a recovery). */
  async track(path: string): Promise<void> {
    const bytes = await this.fs.readFile(path).catch(() => null)
    if (bytes) await this.remember(path, bytes).catch(() => {})
  }

  /** Stops tracking a file (after close). */
  forget(path: string): void {
    this.known.delete(path)
    this.reported.delete(path)
  }

  /** The files this store is tracking for outside changes. */
  trackedPaths(): string[] {
    return [...this.known.keys()]
  }

  private async readChecked(path: string, what: string): Promise<Buffer> {
    const name = basename(path)
    const stat = await this.fs.stat(path).catch((e: unknown) => {
      throw describeReadError(e, name)
    })
    if (stat.isDirectory()) throw new AppError('not-a-file', `“${name}” is a folder, not a ${what}.`)
    if (!stat.isFile()) throw new AppError('not-a-file', `“${name}” is not a regular file.`)
    if (stat.size > this.maxBytes) {
      throw new AppError('too-large', `“${name}” is ${formatMb(stat.size)}; Briefwright opens files up to ${formatMb(this.maxBytes)}. The file has not been changed.`)
    }
    return this.fs.readFile(path).catch((e: unknown) => {
      throw describeReadError(e, name)
    })
  }

  /** Records what is on disk now, with the hash of the bytes we read or wrote. */
  private async remember(path: string, bytes: Uint8Array): Promise<{ mtimeMs: number }> {
    const stat = await this.fs.stat(path)
    this.known.set(path, { exists: true, mtimeMs: stat.mtimeMs, size: stat.size, sha256: sha256(bytes) })
    return { mtimeMs: stat.mtimeMs }
  }

  private async assertUnchanged(path: string, expectedModifiedAt: number | null): Promise<void> {
    const name = basename(path)
    const current = await this.fs.stat(path).catch(() => null)
    // Nothing on disk (deleted or moved away meanwhile): saving recreates it and overwrites nobody's work.
    if (!current) return
    const changed = this.known.has(path) ? await this.changedOnDisk(path) : expectedModifiedAt !== null && current.mtimeMs !== expectedModifiedAt
    if (changed) {
      throw new AppError(
        'changed-on-disk',
        `“${name}” was changed on disk by another program since you opened it. Nothing was saved. Reload it to see the other version, or save anyway to replace it (the other version is then kept as “${basename(backupPathFor(path))}”).`,
      )
    }
  }

  /** Moves the current file's content to the backup name; null when there is no current file. */
  private async keepBackup(path: string): Promise<string | null> {
    const current = await this.fs.lstat(path).catch(() => null)
    if (!current || !current.isFile()) return null
    const backup = backupPathFor(path)
    const temp = `${backup}.tmp`
    await this.fs.unlink(temp).catch(() => {})
    try {
      // A hard link costs nothing and survives the rename; copy where the disk cannot link (FAT, some shares).
      await this.fs.link(path, temp).catch(() => this.fs.copyFile(path, temp))
      await this.fs.rename(temp, backup)
      return backup
    } catch {
      // A backup is a second safety net: the atomic rename still protects the file, so save without it.
      await this.fs.unlink(temp).catch(() => {})
      return null
    }
  }

  /** Removes temp files a killed save left beside this file (they hold nothing the file lacks). */
  private async removeStaleTemps(path: string): Promise<void> {
    const names = await this.fs.readdir(dirname(path)).catch(() => [] as string[])
    for (const n of names) if (isTempOf(path, n)) await this.fs.unlink(join(dirname(path), n)).catch(() => {})
  }

  private async freeSiblingName(path: string): Promise<string> {
    const stem = basename(path).replace(/\.[^.]*$/, '')
    for (let i = 1; i < 1000; i++) {
      const candidate = join(dirname(path), i === 1 ? `${stem}.brief` : `${stem} (${i}).brief`)
      if (!this.known.has(candidate) && !(await this.fs.stat(candidate).catch(() => null))) return candidate
    }
    throw new AppError('internal', `Could not find a free name for a briefing beside “${basename(path)}”.`)
  }
}

function errnoCode(e: unknown): string | undefined {
  return (e as NodeJS.ErrnoException)?.code
}

function describeReadError(e: unknown, name: string): unknown {
  switch (errnoCode(e)) {
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('not-found', `“${name}” no longer exists. It may have been moved, renamed or deleted.`)
    case 'EACCES':
    case 'EPERM':
      return new AppError('permission-denied', `Briefwright is not allowed to read “${name}”. Check the file's permissions.`)
    case 'EISDIR':
      return new AppError('not-a-file', `“${name}” is a folder, not a file.`)
    case 'EIO':
      return new AppError('io', `The disk reported an error while reading “${name}”.`)
  }
  return e
}

/** A save failure as an AppError: what went wrong, and that the previous version is intact. */
export function describeSaveError(e: unknown, name: string): AppError {
  const intact = `“${name}” on disk is unchanged.`
  if (e instanceof AppError) return new AppError(e.code, `${e.message} ${intact}`)
  switch (errnoCode(e)) {
    case 'ENOSPC':
    case 'EDQUOT':
      return new AppError('disk-full', `The disk is full, so “${name}” could not be saved. ${intact} Free some space or save to another place.`)
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return new AppError('permission-denied', `Briefwright is not allowed to write in the folder of “${name}”. ${intact} Save to another place.`)
    case 'ENOENT':
    case 'ENOTDIR':
      return new AppError('not-found', `The folder of “${name}” no longer exists (moved, deleted, or a drive was disconnected). Save to another place.`)
    case 'EISDIR':
      return new AppError('not-a-file', `“${name}” is a folder, so the briefing cannot be saved under that name. Save to another name.`)
    case 'EIO':
      return new AppError('io', `The disk reported an input/output error while saving “${name}”. ${intact} Save to another place.`)
  }
  return new AppError('io', `“${name}” could not be saved (${(e as Error)?.message ?? String(e)}). ${intact}`)
}
