import { basename, join } from 'node:path'
import { z } from 'zod'
import { AppError } from '../../shared/ipc/errors'
import { validateBriefing, type Briefing } from '../../shared/model'
import { KeyedQueue, nodeFileSystem, writeFileAtomic, type FileSystem } from './briefing-file'

/** Session and journal ids: what autosave:write accepts, and all a journal file name may be made of. */
const SESSION_ID = /^[0-9a-z]{8,40}$/

/** One journal file, `userDataDir/journal/<sessionId>.json`. `briefing` is validated separately on restore. */
const JournalFileSchema = z.object({
  kind: z.literal('briefwright-journal'),
  sessionId: z.string().regex(SESSION_ID),
  path: z.string().nullable(),
  title: z.string(),
  journaledAt: z.string(),
  lastSavedAt: z.string().nullable(),
  briefing: z.unknown(),
})

/** What autosave hands the journal. `path` is where the briefing lives (null while untitled). */
export interface JournalInput {
  sessionId: string
  path: string | null
  briefing: Briefing
  lastSavedAt: string | null
}

/** A recoverable briefing, as listed after a crash. */
export interface JournalListing {
  journalId: string
  title: string
  path: string | null
  fileName: string | null
  journaledAt: string
  lastSavedAt: string | null
}

/** Where the journal lives, and injected file system and clock. */
export interface JournalOptions {
  userDataDir: string
  fs?: FileSystem
  now?: () => Date
}

/**
 * The autosave journal: the latest unsaved state of each open briefing, one file per editing session,
 * written atomically. It survives a crash; the next start lists it for recovery. Saving or closing the
 * briefing discards its entry.
 */
export class Journal {
  /** The folder holding the journal files. */
  readonly dir: string
  private readonly fs: FileSystem
  private readonly now: () => Date
  private readonly queue = new KeyedQueue()

  constructor(options: JournalOptions) {
    this.dir = join(options.userDataDir, 'journal')
    this.fs = options.fs ?? nodeFileSystem
    this.now = options.now ?? (() => new Date())
  }

  /** The journal file of a session (the id is checked: it becomes part of a path). */
  pathFor(sessionId: string): string {
    if (!SESSION_ID.test(sessionId)) throw new AppError('bad-request', 'Not a journal id.')
    return join(this.dir, `${sessionId}.json`)
  }

  /** Writes (replaces) the session's journal entry. */
  async write(input: JournalInput): Promise<{ journaledAt: string }> {
    const file = this.pathFor(input.sessionId)
    // In call order per session: an older autosave must never land after a newer one.
    return this.queue.run(input.sessionId, () => this.writeNow(file, input))
  }

  /** Deletes a session's entry (after any write of it still under way); no error when there is none. */
  async discard(journalId: string): Promise<void> {
    const file = this.pathFor(journalId)
    return this.queue.run(journalId, () =>
      this.fs.unlink(file).catch((e: unknown) => {
        if ((e as NodeJS.ErrnoException)?.code !== 'ENOENT') throw e
      }),
    )
  }

  private async writeNow(file: string, input: JournalInput): Promise<{ journaledAt: string }> {
    const journaledAt = this.now().toISOString()
    const record: z.infer<typeof JournalFileSchema> = {
      kind: 'briefwright-journal',
      sessionId: input.sessionId,
      path: input.path,
      title: input.briefing.meta.title,
      journaledAt,
      lastSavedAt: input.lastSavedAt,
      briefing: input.briefing,
    }
    await this.fs.mkdir(this.dir)
    await writeFileAtomic(file, JSON.stringify(record), { fs: this.fs })
    return { journaledAt }
  }

  /** Every readable entry except those of `exclude` (sessions live in this process), newest first. */
  async list(exclude: ReadonlySet<string> = new Set()): Promise<JournalListing[]> {
    const names = await this.fs.readdir(this.dir).catch(() => [] as string[])
    const out: JournalListing[] = []
    for (const name of names) {
      const orphan = /^\.([0-9a-z]{8,40})\.json\.[0-9a-f]{12}\.tmp$/.exec(name)
      // A temp file of a write that a crash cut short; those of live sessions may be writes under way.
      if (orphan && !exclude.has(orphan[1] as string)) await this.fs.unlink(join(this.dir, name)).catch(() => {})
      const id = name.endsWith('.json') ? name.slice(0, -'.json'.length) : ''
      if (!SESSION_ID.test(id) || exclude.has(id)) continue
      const record = await this.readRecord(id).catch(() => null)
      // A damaged entry (e.g. a disk error) is skipped, not deleted: it may still be rescued by hand.
      if (!record) continue
      out.push({
        journalId: id,
        title: record.title,
        path: record.path,
        fileName: record.path === null ? null : basename(record.path),
        journaledAt: record.journaledAt,
        lastSavedAt: record.lastSavedAt,
      })
    }
    return out.sort((a, b) => b.journaledAt.localeCompare(a.journaledAt))
  }

  /** The journaled briefing (migrated and validated) and where it was saved, if anywhere. */
  async read(journalId: string): Promise<{ briefing: Briefing; path: string | null }> {
    const record = await this.readRecord(journalId).catch((e: unknown) => {
      if ((e as NodeJS.ErrnoException)?.code === 'ENOENT') throw new AppError('not-found', 'That recovered briefing is no longer there (it was discarded or already restored).')
      throw e
    })
    try {
      return { briefing: validateBriefing(record.briefing), path: record.path }
    } catch (e) {
      throw new AppError('corrupt', `The recovered copy of “${record.title || 'Untitled'}” is damaged and cannot be restored (${(e as Error).message}).`)
    }
  }

  private async readRecord(journalId: string): Promise<z.infer<typeof JournalFileSchema>> {
    const bytes = await this.fs.readFile(this.pathFor(journalId))
    const parsed = JournalFileSchema.safeParse(JSON.parse(bytes.toString('utf8')))
    if (!parsed.success) throw new AppError('corrupt', 'The journal entry is damaged.')
    return parsed.data
  }
}
