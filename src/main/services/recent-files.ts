import { join } from 'node:path'
import { z } from 'zod'
import type { Platform } from '../platform/types'
import { nodeFileSystem, writeFileAtomic, type FileSystem } from './briefing-file'

const RecentFileSchema = z.object({ version: z.literal(1), paths: z.array(z.string()) })

/** Where the list lives, the OS list to mirror it to, and an injected file system. */
export interface RecentFilesOptions {
  userDataDir: string
  platform: Pick<Platform, 'addRecentDocument' | 'clearRecentDocuments'>
  fs?: FileSystem
  /** How many files to remember. */
  max?: number
}

/**
 * The recently opened briefings, most recent first, in `userDataDir/recent.json`, mirrored to the
 * OS recent-documents list. Files that no longer exist are dropped when listed.
 */
export class RecentFiles {
  private readonly file: string
  private readonly fs: FileSystem
  private readonly max: number
  private readonly platform: RecentFilesOptions['platform']
  // Writes run one after another so two quick opens cannot lose an entry.
  private queue: Promise<unknown> = Promise.resolve()

  constructor(options: RecentFilesOptions) {
    this.file = join(options.userDataDir, 'recent.json')
    this.fs = options.fs ?? nodeFileSystem
    this.max = options.max ?? 10
    this.platform = options.platform
  }

  /** Puts `path` first (moving it up if listed already) and tells the OS. */
  add(path: string): Promise<void> {
    return this.serial(async () => {
      const paths = [path, ...(await this.load()).filter((p) => p !== path)].slice(0, this.max)
      await this.store(paths)
      this.platform.addRecentDocument(path)
    })
  }

  /** The remembered paths that still exist as files, most recent first. */
  list(): Promise<string[]> {
    return this.serial(async () => {
      const paths = await this.load()
      const present: string[] = []
      for (const p of paths) {
        const stat = await this.fs.stat(p).catch(() => null)
        if (stat?.isFile()) present.push(p)
      }
      if (present.length !== paths.length) await this.store(present).catch(() => {})
      return present
    })
  }

  /** Forgets every entry, here and in the OS list. */
  clear(): Promise<void> {
    return this.serial(async () => {
      await this.store([])
      this.platform.clearRecentDocuments()
    })
  }

  private serial<T>(task: () => Promise<T>): Promise<T> {
    const run = this.queue.then(task, task)
    this.queue = run.catch(() => {})
    return run
  }

  /** The stored list; a missing or damaged file counts as empty (it is only a convenience). */
  private async load(): Promise<string[]> {
    const bytes = await this.fs.readFile(this.file).catch(() => null)
    if (!bytes) return []
    try {
      const parsed = RecentFileSchema.safeParse(JSON.parse(bytes.toString('utf8')))
      return parsed.success ? parsed.data.paths : []
    } catch {
      return []
    }
  }

  private async store(paths: string[]): Promise<void> {
    await this.fs.mkdir(join(this.file, '..'))
    await writeFileAtomic(this.file, JSON.stringify({ version: 1, paths }, null, 2), { fs: this.fs })
  }
}
