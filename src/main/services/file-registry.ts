import { basename, dirname, extname, isAbsolute, normalize } from 'node:path'
import { randomBytes } from 'node:crypto'
import { AppError } from '../../shared/ipc/errors'
import type { FileRef } from '../../shared/ipc/contract'
import { nodeFileSystem, type FileSystem } from './briefing-file'

/** What a dropped file is, decided by its extension. */
export type DropKind = 'briefing' | 'article'

/** A checked drop: the real path of a regular file the user dropped on the window. */
export interface DropGrant {
  grantId: string
  path: string
  name: string
  kind: DropKind
  size: number
}

/** Extensions main accepts from a drop, and what each becomes. */
export const DROP_KINDS: Readonly<Record<string, DropKind>> = {
  '.brief': 'briefing',
  '.txt': 'article',
  '.html': 'article',
  '.htm': 'article',
  '.md': 'article',
  '.docx': 'article',
  '.pdf': 'article',
}

/** Largest file a drop may grant (the briefing store applies the same limit when opening). */
export const MAX_DROP_BYTES = 200 * 1024 * 1024
/** Drop grants kept at once; the oldest go first, so a renderer cannot grow main's memory without bound. */
const MAX_GRANTS = 500

const newToken = (): string => randomBytes(10).toString('hex')

/** Injected file system and drop size limit (200 MB by default). */
export interface FileRegistryOptions {
  fs?: FileSystem
  maxDropBytes?: number
}

/**
 * Maps opaque ids to absolute paths that main itself obtained (its dialogs, the recent list, checked
 * drops). The renderer only ever holds ids: `f_…` for files, `d_…` for drop grants.
 */
export class FileRegistry {
  private readonly fs: FileSystem
  private readonly maxDropBytes: number
  private readonly idByPath = new Map<string, string>()
  private readonly pathById = new Map<string, string>()
  private readonly grants = new Map<string, DropGrant>()

  constructor(options: FileRegistryOptions = {}) {
    this.fs = options.fs ?? nodeFileSystem
    this.maxDropBytes = options.maxDropBytes ?? MAX_DROP_BYTES
  }

  /** The id for a path main obtained itself; the same path always gets the same id in this process. */
  register(path: string): string {
    const abs = normalize(path)
    if (!isAbsolute(abs)) throw new AppError('internal', `Refusing to register a relative path: ${path}`)
    let id = this.idByPath.get(abs)
    if (!id) {
      id = `f_${newToken()}`
      this.idByPath.set(abs, id)
      this.pathById.set(id, abs)
    }
    return id
  }

  /** The id and display parts of a path main obtained itself. */
  ref(path: string): FileRef {
    return { fileId: this.register(path), name: basename(path), folder: dirname(normalize(path)) }
  }

  /** The path behind a file id; an unknown id is refused (the renderer cannot invent paths). */
  resolve(fileId: string): string {
    const path = this.pathById.get(fileId)
    if (!path) throw new AppError('forbidden', 'That file is not known to this window any more. Open it again from the File menu.')
    return path
  }

  /** The file ref for an id handed out before. */
  refOf(fileId: string): FileRef {
    return this.ref(this.resolve(fileId))
  }

  /**
   * Checks a path that the preload got from Electron's webUtils.getPathForFile for a dropped file and
   * grants an opaque id for it: absolute, exists, resolves (through any symlinks) to a regular file of
   * a known kind and size. The grant holds the real path, so later swaps of a link do not matter.
   */
  async grantDrop(path: string): Promise<DropGrant> {
    if (path.includes('\0') || !isAbsolute(path)) throw new AppError('bad-request', 'Only files dropped from the desktop can be opened this way.')
    const shown = basename(path)
    let real: string
    try {
      real = await this.fs.realpath(path)
    } catch (e) {
      throw describeMissing(e, shown)
    }
    const kind = DROP_KINDS[extname(real).toLowerCase()]
    if (!kind) {
      throw new AppError('unsupported', `“${shown}” is not a file Briefwright can use. Drop a briefing (.brief) or an article (.txt, .html, .md, .docx, .pdf).`)
    }
    const stat = await this.fs.lstat(real).catch((e: unknown) => {
      throw describeMissing(e, shown)
    })
    if (stat.isDirectory()) throw new AppError('not-a-file', `“${shown}” is a folder. Drop the files inside it instead.`)
    if (!stat.isFile()) throw new AppError('not-a-file', `“${shown}” is not a regular file.`)
    if (stat.size > this.maxDropBytes) {
      throw new AppError('too-large', `“${shown}” is ${formatMb(stat.size)}; the limit is ${formatMb(this.maxDropBytes)}.`)
    }
    const grant: DropGrant = { grantId: `d_${newToken()}`, path: real, name: basename(real), kind, size: stat.size }
    this.grants.set(grant.grantId, grant)
    if (this.grants.size > MAX_GRANTS) {
      const oldest = this.grants.keys().next().value
      if (oldest !== undefined) this.grants.delete(oldest)
    }
    return grant
  }

  /** The checked drop behind a grant id; unknown ids are refused. */
  resolveDrop(grantId: string): DropGrant {
    const grant = this.grants.get(grantId)
    if (!grant) throw new AppError('forbidden', 'That dropped file is no longer available. Drop it again.')
    return grant
  }
}

function describeMissing(e: unknown, shown: string): unknown {
  const code = (e as NodeJS.ErrnoException)?.code
  if (code === 'ENOENT' || code === 'ENOTDIR') return new AppError('not-found', `“${shown}” no longer exists.`)
  if (code === 'EACCES' || code === 'EPERM') return new AppError('permission-denied', `Briefwright is not allowed to read “${shown}”.`)
  return e
}

/** Size in MB for messages. */
export function formatMb(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`
}
