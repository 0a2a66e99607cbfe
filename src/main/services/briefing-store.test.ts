import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { chmod, lstat, mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, truncate, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppError } from '../../shared/ipc/errors'
import { createBriefing, serializeBriefing, type Briefing } from '../../shared/model'
import { BriefingStore, MAX_BRIEFING_BYTES, backupPathFor } from './briefing-store'
import { faultyFileSystem, type FaultStep } from './briefing-file.faults'
import { nodeFileSystem } from './briefing-file'

let dir: string
const now = () => new Date('2026-01-02T03:04:05.000Z')
const sample = (title: string): Briefing => createBriefing({ template: 'general', title, now: new Date('2026-01-01T00:00:00.000Z') })

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bw-store-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function existing(name: string, b: Briefing): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, serializeBriefing(b))
  return path
}

/** Runs `fn`, expecting an AppError; returns it. */
async function appError(fn: () => Promise<unknown>): Promise<AppError> {
  try {
    await fn()
  } catch (e) {
    expect(e).toBeInstanceOf(AppError)
    return e as AppError
  }
  throw new Error('expected an AppError')
}

describe('BriefingStore.open', () => {
  it('reads a valid briefing and reports the file mtime', async () => {
    const path = await existing('a.brief', sample('Alpha'))
    const opened = await new BriefingStore().open(path)
    expect(opened.briefing.meta.title).toBe('Alpha')
    expect(opened.modifiedAt).toBe((await stat(path)).mtimeMs)
  })

  const bad: [string, string | (() => Promise<string>), string, RegExp][] = [
    ['truncated JSON', serializeBriefing(sample('x')).slice(0, 80), 'corrupt', /not valid JSON.*truncated/],
    ['not JSON at all', 'PK\u0003\u0004 binary', 'corrupt', /not valid JSON/],
    ['JSON that is not a briefing', '{"hello": 1}', 'corrupt', /not a Briefwright briefing/],
    ['wrong types', JSON.stringify({ ...sample('x'), meta: { ...sample('x').meta, title: 42 } }), 'corrupt', /meta\.title/],
    ['a newer version', JSON.stringify({ ...sample('x'), version: 9 }), 'newer-version', /newer Briefwright.*version 9/],
  ]
  for (const [label, content, code, message] of bad) {
    it(`refuses ${label} with a clear message and leaves the file untouched`, async () => {
      const path = join(dir, 'bad.brief')
      await writeFile(path, content as string)
      const before = await readFile(path)
      const err = await appError(() => new BriefingStore().open(path))
      expect(err.code).toBe(code)
      expect(err.message).toMatch(message)
      expect(err.message).toContain('“bad.brief”')
      expect(err.message).toMatch(/has not been changed/)
      expect(await readFile(path)).toEqual(before)
    })
  }

  it('refuses a file over 200 MB before reading it', async () => {
    const path = join(dir, 'huge.brief')
    await writeFile(path, '')
    await truncate(path, MAX_BRIEFING_BYTES + 1) // sparse: costs no disk
    const fs = faultyFileSystem('read', 'EIO')
    const err = await appError(() => new BriefingStore({ fs }).open(path))
    expect(err.code).toBe('too-large')
    expect(err.message).toMatch(/200 MB/)
    expect(fs.calls).not.toContain('read')
  })

  it('refuses a folder', async () => {
    await mkdir(join(dir, 'folder.brief'))
    const err = await appError(() => new BriefingStore().open(join(dir, 'folder.brief')))
    expect(err.code).toBe('not-a-file')
  })

  it('reports a missing file', async () => {
    const err = await appError(() => new BriefingStore().open(join(dir, 'gone.brief')))
    expect(err.code).toBe('not-found')
    expect(err.message).toMatch(/“gone.brief” no longer exists/)
  })

  it('reports a file it may not read (EACCES injected: tests run as root)', async () => {
    const path = await existing('locked.brief', sample('x'))
    const err = await appError(() => new BriefingStore({ fs: faultyFileSystem('read', 'EACCES') }).open(path))
    expect(err.code).toBe('permission-denied')
    expect(err.message).toMatch(/not allowed to read “locked.brief”/)
  })
})

describe('BriefingStore.save', () => {
  it('keeps unknown fields at every level through open and save', async () => {
    const b = sample('Loose') as Record<string, unknown> & Briefing
    const raw = JSON.parse(serializeBriefing(b)) as Record<string, unknown> & { meta: Record<string, unknown>; doc: Record<string, unknown> }
    raw.futureTopLevel = { a: 1 }
    raw.meta.futureMeta = 'keep me'
    raw.doc = { type: 'doc', futureDocAttr: true, content: [{ type: 'paragraph', futureNode: [1, 2] }] }
    const path = join(dir, 'loose.brief')
    await writeFile(path, JSON.stringify(raw))
    const store = new BriefingStore({ now })
    const opened = await store.open(path)
    await store.save(path, opened.briefing)
    const written = JSON.parse(await readFile(path, 'utf8')) as typeof raw
    expect(written.futureTopLevel).toEqual({ a: 1 })
    expect(written.meta.futureMeta).toBe('keep me')
    expect(written.doc).toEqual(raw.doc)
  })

  it('stamps meta.modifiedAt with the save time and keeps the previous version as NAME.brief.bak', async () => {
    const path = await existing('a.brief', sample('First'))
    const first = await readFile(path, 'utf8')
    const store = new BriefingStore({ now })
    await store.open(path)
    const saved = await store.save(path, sample('Second'))
    expect(saved.savedAt).toBe('2026-01-02T03:04:05.000Z')
    expect(saved.backup).toBe(backupPathFor(path))
    expect(await readFile(backupPathFor(path), 'utf8')).toBe(first)
    const written = JSON.parse(await readFile(path, 'utf8')) as Briefing
    expect(written.meta).toMatchObject({ title: 'Second', modifiedAt: '2026-01-02T03:04:05.000Z' })
    expect(saved.modifiedAt).toBe((await stat(path)).mtimeMs)
    expect((await readdir(dir)).sort()).toEqual(['a.brief', 'a.brief.bak'])
  })

  it('keeps the permissions of the file it replaces', async () => {
    const path = await existing('private.brief', sample('Private'))
    await chmod(path, 0o600)
    await new BriefingStore().save(path, sample('Still private'))
    expect((await stat(path)).mode & 0o777).toBe(0o600)
  })

  it('saves through a symlink to the file it points at, keeping the link', async () => {
    await mkdir(join(dir, 'synced'))
    const real = await existing('synced/real.brief', sample('Real'))
    const link = join(dir, 'link.brief')
    await symlink(real, link)
    const store = new BriefingStore()
    await store.open(link)
    const saved = await store.save(link, sample('Through the link'))
    expect((await lstat(link)).isSymbolicLink()).toBe(true)
    expect((JSON.parse(await readFile(real, 'utf8')) as Briefing).meta.title).toBe('Through the link')
    expect(saved.backup).toBe(`${real}.bak`)
    expect(await store.changedOnDisk(link)).toBe(false)
  })

  it('has no backup for the first save of a new file', async () => {
    const saved = await new BriefingStore().save(join(dir, 'new.brief'), sample('New'))
    expect(saved.backup).toBeNull()
    expect(await readdir(dir)).toEqual(['new.brief'])
  })

  const steps: FaultStep[] = ['create', 'write', 'sync', 'rename']
  for (const step of steps) {
    for (const code of ['ENOSPC', 'EACCES', 'EIO']) {
      it(`keeps the previous version intact when ${step} fails with ${code}`, async () => {
        const path = await existing('a.brief', sample('Previous'))
        const before = await readFile(path)
        const store = new BriefingStore({ fs: faultyFileSystem(step, code) })
        await store.open(path)
        const err = await appError(() => store.save(path, sample('Lost?')))
        expect(err.code).toBe({ ENOSPC: 'disk-full', EACCES: 'permission-denied', EIO: 'io' }[code])
        expect(err.message).toContain('“a.brief” on disk is unchanged')
        expect(await readFile(path)).toEqual(before)
        const left = (await readdir(dir)).filter((n) => n !== 'a.brief' && n !== 'a.brief.bak')
        expect(left).toEqual([])
        // A failed save must not have left the store thinking the disk changed: a retry works.
        await new BriefingStore().save(path, sample('Retry'))
      })
    }
  }

  it('still saves when the backup cannot be made, and says there is none', async () => {
    const path = await existing('a.brief', sample('Previous'))
    const store = new BriefingStore({ fs: faultyFileSystem('backup', 'ENOSPC') })
    await store.open(path)
    const saved = await store.save(path, sample('Next'))
    expect(saved.backup).toBeNull()
    expect((JSON.parse(await readFile(path, 'utf8')) as Briefing).meta.title).toBe('Next')
    expect(await readdir(dir)).toEqual(['a.brief'])
  })

  it('refuses to save over a folder, leaving it as it was', async () => {
    await mkdir(join(dir, 'taken.brief'))
    await writeFile(join(dir, 'taken.brief', 'inside.txt'), 'x')
    const err = await appError(() => new BriefingStore().save(join(dir, 'taken.brief'), sample('x'), { force: true }))
    expect(err.code).toBe('not-a-file')
    expect(await readdir(join(dir, 'taken.brief'))).toEqual(['inside.txt'])
    expect(await readdir(dir)).toEqual(['taken.brief'])
  })

  it('reports a folder that vanished', async () => {
    const sub = join(dir, 'sub')
    await mkdir(sub)
    const store = new BriefingStore()
    await rm(sub, { recursive: true })
    const err = await appError(() => store.save(join(sub, 'a.brief'), sample('x')))
    expect(err.code).toBe('not-found')
    expect(err.message).toMatch(/folder of “a.brief” no longer exists/)
  })

  it('removes temp files a killed save left behind, after the next good save', async () => {
    const path = await existing('a.brief', sample('x'))
    await writeFile(join(dir, '.a.brief.0123456789ab.tmp'), 'half')
    await writeFile(join(dir, '.other.brief.0123456789ab.tmp'), 'not ours')
    await new BriefingStore().save(path, sample('y'))
    expect((await readdir(dir)).sort()).toEqual(['.other.brief.0123456789ab.tmp', 'a.brief', 'a.brief.bak'])
  })
})

describe('changes on disk', () => {
  it('refuses to overwrite a file another program changed, and leaves it as that program wrote it', async () => {
    const path = await existing('a.brief', sample('Mine'))
    const store = new BriefingStore()
    await store.open(path)
    const theirs = serializeBriefing(sample('Theirs'))
    await writeFile(path, theirs)
    expect(await store.changedOnDisk(path)).toBe(true)
    const err = await appError(() => store.save(path, sample('Mine, edited')))
    expect(err.code).toBe('changed-on-disk')
    expect(err.message).toMatch(/changed on disk by another program/)
    expect(await readFile(path, 'utf8')).toBe(theirs)
  })

  it('overwrites when forced, keeping the other version as the backup', async () => {
    const path = await existing('a.brief', sample('Mine'))
    const store = new BriefingStore()
    await store.open(path)
    const theirs = serializeBriefing(sample('Theirs'))
    await writeFile(path, theirs)
    const saved = await store.save(path, sample('Mine, edited'), { force: true })
    expect(await readFile(saved.backup ?? '', 'utf8')).toBe(theirs)
    expect(await store.changedOnDisk(path)).toBe(false)
  })

  it('does not count a touch (new mtime, same bytes) as a change', async () => {
    const path = await existing('a.brief', sample('Mine'))
    const store = new BriefingStore()
    await store.open(path)
    await utimes(path, new Date('2030-01-01'), new Date('2030-01-01'))
    expect(await store.changedOnDisk(path)).toBe(false)
    await store.save(path, sample('Mine, edited'))
  })

  it('notices a change after its own save too (hash of what it wrote)', async () => {
    const path = join(dir, 'a.brief')
    const store = new BriefingStore()
    await store.save(path, sample('One'))
    expect(await store.changedOnDisk(path)).toBe(false)
    await writeFile(path, serializeBriefing(sample('Other')))
    expect(await store.changedOnDisk(path)).toBe(true)
  })

  it('treats a deleted file as changed but lets a save recreate it', async () => {
    const path = await existing('a.brief', sample('Mine'))
    const store = new BriefingStore()
    await store.open(path)
    await rm(path)
    expect(await store.changedOnDisk(path)).toBe(true)
    await store.save(path, sample('Back'))
    expect((JSON.parse(await readFile(path, 'utf8')) as Briefing).meta.title).toBe('Back')
  })

  it('uses the renderer’s mtime when it has not read the file itself', async () => {
    const path = await existing('a.brief', sample('Mine'))
    const err = await appError(() => new BriefingStore().save(path, sample('x'), { expectedModifiedAt: 1 }))
    expect(err.code).toBe('changed-on-disk')
  })

  it('does not report its own save as an outside change, even when polled in the middle of it', async () => {
    const path = await existing('a.brief', sample('Mine'))
    let reachedSyncDir: () => void = () => {}
    const atSyncDir = new Promise<void>((r) => (reachedSyncDir = r))
    let releaseSyncDir: () => void = () => {}
    const gate = new Promise<void>((r) => (releaseSyncDir = r))
    const base = nodeFileSystem
    const fs = {
      ...base,
      // The rename is done when the folder is fsynced: the disk already holds the new version.
      syncDir: async (dirPath: string) => {
        reachedSyncDir()
        await gate
        await base.syncDir(dirPath)
      },
    }
    const store = new BriefingStore({ fs })
    await store.open(path)
    const saving = store.save(path, sample('Mine, saved'))
    await atSyncDir
    expect(await store.pollChanges()).toEqual([])
    releaseSyncDir()
    await saving
    expect(await store.pollChanges()).toEqual([])
    await writeFile(path, serializeBriefing(sample('Theirs')))
    expect(await store.pollChanges()).toEqual([path])
    expect(await store.pollChanges()).toEqual([])
  })

  it('watch() calls back once for an outside change', async () => {
    const path = await existing('a.brief', sample('Mine'))
    const store = new BriefingStore()
    await store.open(path)
    const seen: string[] = []
    let resolveSeen: () => void = () => {}
    const changed = new Promise<void>((r) => (resolveSeen = r))
    const stop = store.watch((p) => {
      seen.push(p)
      resolveSeen()
    }, 5)
    await writeFile(path, serializeBriefing(sample('Theirs')))
    await changed
    // Let a few more polls run: the same change must not be reported again.
    await new Promise((r) => setTimeout(r, 50))
    stop()
    expect(seen).toEqual([path])
  })
})
