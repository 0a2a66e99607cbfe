import * as fsp from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { createHash, randomBytes } from 'node:crypto'
import { parseBriefing, serializeBriefing, type Briefing } from '../../shared/model'
// Registers the v0 → v1 migration before any briefing is parsed in the main process or the CLI.
import '../../shared/model/migrations'

/** An open file we write to; the narrow slice of FileHandle the atomic writer uses. */
export interface WritableFile {
  write(data: Uint8Array): Promise<void>
  sync(): Promise<void>
  close(): Promise<void>
}

/** What the services read from a stat call. */
export interface FileStat {
  size: number
  mtimeMs: number
  isFile(): boolean
  isDirectory(): boolean
  isSymbolicLink(): boolean
  /** Type and permission bits. */
  mode: number
}

/**
 * Every file-system call the services make, as an interface: the real one is `nodeFileSystem`; the
 * fault-injection tests wrap it to fail at a chosen step (write, fsync, rename…) with ENOSPC, EACCES, EIO.
 */
export interface FileSystem {
  /** Creates a new file for writing with permission bits `mode`; fails if it exists (temp files must be ours). */
  createExclusive(path: string, mode?: number): Promise<WritableFile>
  readFile(path: string): Promise<Buffer>
  rename(from: string, to: string): Promise<void>
  unlink(path: string): Promise<void>
  link(existing: string, newPath: string): Promise<void>
  copyFile(from: string, to: string): Promise<void>
  stat(path: string): Promise<FileStat>
  lstat(path: string): Promise<FileStat>
  realpath(path: string): Promise<string>
  mkdir(path: string): Promise<void>
  readdir(path: string): Promise<string[]>
  /** fsync of a folder, so a rename inside it survives a power cut. */
  syncDir(path: string): Promise<void>
}

/** The real file system (node:fs/promises). */
export const nodeFileSystem: FileSystem = {
  async createExclusive(path, mode) {
    const handle = await fsp.open(path, 'wx', mode ?? 0o644)
    // open() applies the umask; chmod gives exactly the mode of the file being replaced.
    if (mode !== undefined) await handle.chmod(mode).catch(() => {})
    return {
      write: async (data) => {
        await handle.writeFile(data)
      },
      sync: () => handle.sync(),
      close: () => handle.close(),
    }
  },
  readFile: (path) => fsp.readFile(path),
  rename: (from, to) => fsp.rename(from, to),
  unlink: (path) => fsp.unlink(path),
  link: (existing, newPath) => fsp.link(existing, newPath),
  copyFile: (from, to) => fsp.copyFile(from, to),
  stat: (path) => fsp.stat(path),
  lstat: (path) => fsp.lstat(path),
  realpath: (path) => fsp.realpath(path),
  mkdir: async (path) => {
    await fsp.mkdir(path, { recursive: true })
  },
  readdir: (path) => fsp.readdir(path),
  async syncDir(path) {
    // Windows cannot open a folder for fsync; NTFS makes the rename durable on its own.
    if (process.platform === 'win32') return
    const handle = await fsp.open(path, 'r')
    try {
      await handle.sync()
    } finally {
      await handle.close()
    }
  },
}

/** Prefix and suffix of our temp files, so stale ones from a killed process can be recognised. */
export function tempPrefix(path: string): string {
  return `.${basename(path)}.`
}
const TEMP_SUFFIX = '.tmp'

/** The temp-file name used while saving `path`: hidden, in the same folder (so rename is atomic). */
function tempPathFor(path: string): string {
  return join(dirname(path), `${tempPrefix(path)}${randomBytes(6).toString('hex')}${TEMP_SUFFIX}`)
}

/** True when `name` (a file name in the same folder) is a temp file left by a save of `path`. */
export function isTempOf(path: string, name: string): boolean {
  const prefix = tempPrefix(path)
  return name.startsWith(prefix) && name.endsWith(TEMP_SUFFIX) && /^[0-9a-f]{12}$/.test(name.slice(prefix.length, -TEMP_SUFFIX.length))
}

/** Options for `writeFileAtomic`. */
export interface AtomicWriteOptions {
  fs?: FileSystem
  /** Permission bits of the new file (e.g. those of the file it replaces); default 0o644 less the umask. */
  mode?: number
  /**
   * Called after the new content is safely in the temp file and before it replaces the target:
   * the place to keep a backup of the previous version. If it throws, the target is left untouched.
   */
  beforeReplace?: () => Promise<void>
}

/**
 * Writes `data` to `path` atomically: a temp file in the same folder, write, fsync, close, rename over
 * the target, fsync of the folder. A reader (or the next start after a crash) sees the old file or the
 * new one, never half of either; on any failure the temp file is removed and the target is untouched.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const fs = options.fs ?? nodeFileSystem
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data
  const temp = tempPathFor(path)
  const file = await fs.createExclusive(temp, options.mode)
  try {
    try {
      await file.write(bytes)
      await file.sync()
    } finally {
      await file.close()
    }
    if (options.beforeReplace) await options.beforeReplace()
    await fs.rename(temp, path)
  } catch (e) {
    await fs.unlink(temp).catch(() => {})
    throw e
  }
  // The new file is complete and in place; failing to fsync the folder only weakens durability
  // against a power cut, so it must not turn a finished save into a reported failure.
  await fs.syncDir(dirname(path)).catch(() => {})
}

/** Hex sha256 of some bytes. */
export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex')
}

/** Reads and validates a `.brief` file (throws BriefingLoadError or a Node fs error). */
export async function readBriefingFile(path: string, fs: FileSystem = nodeFileSystem): Promise<Briefing> {
  return parseBriefing((await fs.readFile(path)).toString('utf8'))
}

/** Saves a briefing atomically (no backup, no change check: see BriefingStore for those). */
export async function writeBriefingFile(path: string, briefing: Briefing, fs: FileSystem = nodeFileSystem): Promise<void> {
  await writeFileAtomic(path, serializeBriefing(briefing), { fs })
}

/**
 * Runs tasks one after another per key (a file path, a session id), so two saves of one file, or an
 * older autosave finishing after a newer one, can never interleave. Different keys run in parallel.
 */
export class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>()

  /** Runs `task` after every task queued before it under `key`; its result or error is passed through. */
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const previous = this.tails.get(key) ?? Promise.resolve()
    const result = previous.then(task, task)
    const tail = result.catch(() => {})
    this.tails.set(key, tail)
    // Forget the key once idle so the map does not grow with every file ever saved.
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key)
    })
    return result
  }
}
