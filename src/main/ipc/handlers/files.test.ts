import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { contract, type Request, type Response } from '../../../shared/ipc/contract'
import { AppError } from '../../../shared/ipc/errors'
import { createBriefing, serializeBriefing, type Briefing } from '../../../shared/model'
import type { Platform } from '../../platform/types'
import { faultyFileSystem } from '../../services/briefing-file.faults'
import { BriefingStore } from '../../services/briefing-store'
import type { FileSystem } from '../../services/briefing-file'
import { createFileHandlers, createFileServices, watchOpenFiles, type FileChannel, type FileHandlers } from './files'

/** A Platform whose dialogs answer from queues, recording what the handlers asked of the desktop. */
class FakePlatform implements Platform {
  openAnswers: (string | null)[] = []
  saveAnswers: (string | null)[] = []
  saveSuggestions: string[] = []
  confirmAnswers: boolean[] = []
  opened: string[] = []
  osRecent: string[] = []
  titles: [string, boolean][] = []
  closeAnswers: boolean[] = []
  constructor(readonly userDataDir: string) {}
  chooseBriefingToOpen = async () => this.openAnswers.shift() ?? null
  chooseBriefingSavePath = async (name: string) => {
    this.saveSuggestions.push(name)
    return this.saveAnswers.shift() ?? null
  }
  chooseArticlesToImport = async () => []
  chooseDocxSavePath = async () => null
  chooseStyleTemplate = async () => null
  confirmOpenExternal = async () => this.confirmAnswers.shift() ?? false
  openExternal = async (url: string) => void this.opened.push(url)
  addRecentDocument = (p: string) => void this.osRecent.push(p)
  clearRecentDocuments = () => void (this.osRecent = [])
  setTitle = (t: string, e: boolean) => void this.titles.push([t, e])
  answerClose = (p: boolean) => void this.closeAnswers.push(p)
  now = () => new Date('2026-02-03T04:05:06.000Z')
}

let dir: string
let platform: FakePlatform
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bw-handlers-'))
  platform = new FakePlatform(join(dir, 'userData'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

/** A fresh "process": new services and handlers over the same folders. */
function start(fs?: FileSystem, briefingFs?: FileSystem) {
  const services = createFileServices(platform, { fs })
  // A fault only on the briefing's own disk (the journal in userData stays writable).
  if (briefingFs) services.store = new BriefingStore({ fs: briefingFs, now: () => platform.now() })
  let recentChanges = 0
  const handlers = createFileHandlers({ platform, ...services, onRecentChanged: () => recentChanges++ })
  /** Calls a channel the way dispatch does: request parsed by the contract, response checked by it. */
  const call = async <C extends FileChannel>(channel: C, payload: Request<C>): Promise<Response<C>> => {
    const request = contract[channel].request.parse(payload)
    const value = await (handlers[channel] as (r: unknown) => Promise<unknown>)(request)
    return contract[channel].response.parse(value) as Response<C>
  }
  return { services, handlers: handlers as FileHandlers, call, recentChanges: () => recentChanges }
}

const brief = (title: string): Briefing => createBriefing({ template: 'general', title, now: new Date('2026-01-01T00:00:00.000Z') })
async function onDisk(name: string, title: string): Promise<string> {
  const p = join(dir, name)
  await writeFile(p, serializeBriefing(brief(title)))
  return p
}
async function rejection(p: Promise<unknown>): Promise<AppError> {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(AppError)
  return e as AppError
}

describe('open', () => {
  it('opens the chosen briefing, hands out an id (never the path) and remembers it as recent', async () => {
    const path = await onDisk('a.brief', 'Alpha')
    platform.openAnswers.push(path)
    const app = start()
    const opened = await app.call('briefing:open', {})
    expect(opened?.briefing.meta.title).toBe('Alpha')
    expect(opened?.file).toEqual({ fileId: expect.stringMatching(/^f_/), name: 'a.brief', folder: dir })
    expect(platform.osRecent).toEqual([path])
    expect(app.recentChanges()).toBe(1)
    expect(await app.call('recent:list', {})).toEqual([opened?.file])
  })

  it('opens a Word document as a new briefing whose file is a new .brief beside it, not added to recent', async () => {
    const docx = join(dir, 'draft.docx')
    const bytes = await readFile(new URL('../../../../test/fixtures/articles/harbourton-port-electrification.docx', import.meta.url))
    await writeFile(docx, bytes)
    platform.openAnswers.push(docx)
    const app = start()
    const opened = (await app.call('briefing:open', {}))!
    expect(opened.file).toMatchObject({ name: 'draft.brief', folder: dir })
    expect(opened.modifiedAt).toBe(0)
    expect(opened.briefing.meta.template).toBe('general')
    expect(platform.osRecent).toEqual([])
    await app.call('briefing:save', { fileId: opened.file.fileId, briefing: opened.briefing, expectedModifiedAt: 0 })
    expect(await readFile(docx)).toEqual(bytes)
    expect(await app.call('recent:list', {})).toEqual([opened.file])
  })

  it('returns null when the dialog is cancelled', async () => {
    expect(await start().call('briefing:open', {})).toBeNull()
  })

  it('refuses a file id it never handed out', async () => {
    const e = await rejection(start().call('briefing:openRecent', { fileId: 'f_00000000000000000000' }))
    expect(e.code).toBe('forbidden')
  })

  it('reports a recent file that has gone, and drops it from the list', async () => {
    const path = await onDisk('a.brief', 'Alpha')
    platform.openAnswers.push(path)
    const app = start()
    const { fileId } = (await app.call('briefing:open', {}))!.file
    await rm(path)
    const e = await rejection(app.call('briefing:openRecent', { fileId }))
    expect(e.code).toBe('not-found')
    expect(e.message).toMatch(/“a.brief” no longer exists/)
    expect(app.recentChanges()).toBe(2)
    expect(await app.call('recent:list', {})).toEqual([])
  })

  it('opens a recent file and reverts to what is on disk', async () => {
    const path = await onDisk('a.brief', 'Alpha')
    platform.openAnswers.push(path)
    const app = start()
    const { fileId } = (await app.call('briefing:open', {}))!.file
    expect((await app.call('briefing:openRecent', { fileId })).briefing.meta.title).toBe('Alpha')
    await writeFile(path, serializeBriefing(brief('Changed elsewhere')))
    expect((await app.call('briefing:revert', { fileId })).briefing.meta.title).toBe('Changed elsewhere')
  })

  it('opens a dropped briefing by its grant, and refuses to open a dropped article as one', async () => {
    const path = await onDisk('dropped.brief', 'Dropped')
    await writeFile(join(dir, 'page.html'), '<p>hi</p>')
    const app = start()
    const grant = await app.call('drop:grant', { path })
    expect(grant).toMatchObject({ name: 'dropped.brief', kind: 'briefing' })
    expect((await app.call('briefing:openDropped', { grantId: grant.grantId })).briefing.meta.title).toBe('Dropped')
    const article = await app.call('drop:grant', { path: join(dir, 'page.html') })
    expect((await rejection(app.call('briefing:openDropped', { grantId: article.grantId }))).code).toBe('unsupported')
  })
})

describe('save', () => {
  it('saves over the opened file with a backup and returns the new mtime', async () => {
    const path = await onDisk('a.brief', 'Alpha')
    platform.openAnswers.push(path)
    const app = start()
    const opened = (await app.call('briefing:open', {}))!
    const saved = await app.call('briefing:save', { fileId: opened.file.fileId, briefing: brief('Beta'), expectedModifiedAt: opened.modifiedAt })
    expect(saved).toMatchObject({ file: opened.file, savedAt: '2026-02-03T04:05:06.000Z', backup: `${path}.bak` })
    expect((JSON.parse(await readFile(path, 'utf8')) as Briefing).meta.title).toBe('Beta')
  })

  it('refuses to overwrite an outside change unless forced', async () => {
    const path = await onDisk('a.brief', 'Alpha')
    platform.openAnswers.push(path)
    const app = start()
    const opened = (await app.call('briefing:open', {}))!
    await writeFile(path, serializeBriefing(brief('Theirs')))
    const request = { fileId: opened.file.fileId, briefing: brief('Mine'), expectedModifiedAt: opened.modifiedAt }
    expect((await rejection(app.call('briefing:save', request))).code).toBe('changed-on-disk')
    expect((JSON.parse(await readFile(path, 'utf8')) as Briefing).meta.title).toBe('Theirs')
    await app.call('briefing:save', { ...request, force: true })
    expect((JSON.parse(await readFile(path, 'utf8')) as Briefing).meta.title).toBe('Mine')
  })

  it('on a full disk keeps the old file, journals the work and says where it is; the next start offers it', async () => {
    const path = await onDisk('a.brief', 'Alpha')
    const before = await readFile(path)
    platform.openAnswers.push(path)
    const app = start(undefined, faultyFileSystem('write', 'ENOSPC'))
    const opened = (await app.call('briefing:open', {}))!
    const work = brief('Two hours of work')
    await app.call('autosave:write', { sessionId: 'sess00001', fileId: opened.file.fileId, briefing: brief('An hour of work'), lastSavedAt: '2026-02-01T08:00:00.000Z' })
    const e = await rejection(app.call('briefing:save', { fileId: opened.file.fileId, briefing: work, expectedModifiedAt: opened.modifiedAt, sessionId: 'sess00001' }))
    expect(e.code).toBe('disk-full')
    expect(e.message).toContain('“a.brief” on disk is unchanged')
    expect(e.message).toContain(join(platform.userDataDir, 'journal', 'sess00001.json'))
    expect(await readFile(path)).toEqual(before)
    const next = start()
    expect(await next.call('recovery:list', {})).toEqual([
      expect.objectContaining({ journalId: 'sess00001', title: 'Two hours of work', fileName: 'a.brief', lastSavedAt: '2026-02-01T08:00:00.000Z' }),
    ])
    const restored = await next.call('recovery:restore', { journalId: 'sess00001' })
    expect(restored.briefing).toEqual(work)
    expect(restored.file?.name).toBe('a.brief')
  })

  it('says so when the journal cannot be written either (same full disk), and the old file is still intact', async () => {
    const path = await onDisk('a.brief', 'Alpha')
    const before = await readFile(path)
    platform.openAnswers.push(path)
    const app = start(faultyFileSystem('write', 'ENOSPC'))
    const opened = (await app.call('briefing:open', {}))!
    const e = await rejection(app.call('briefing:save', { fileId: opened.file.fileId, briefing: brief('Work'), expectedModifiedAt: opened.modifiedAt }))
    expect(e.code).toBe('disk-full')
    expect(e.message).toMatch(/could not be written to the recovery journal either: keep this window open and use Save As/)
    expect(await readFile(path)).toEqual(before)
  })

  it('clears the journal of the saved session, and Save As writes where the dialog says', async () => {
    const app = start()
    await app.call('autosave:write', { sessionId: 'sess00002', fileId: null, briefing: brief('Draft'), lastSavedAt: null })
    platform.saveAnswers.push(join(dir, 'chosen'))
    const saved = await app.call('briefing:saveAs', { briefing: brief('Draft'), suggestedName: 'Draft', sessionId: 'sess00002' })
    expect(platform.saveSuggestions).toEqual(['Draft.brief'])
    expect(saved?.file.name).toBe('chosen.brief')
    expect(await readdir(join(platform.userDataDir, 'journal'))).toEqual([])
    expect(await start().call('recovery:list', {})).toEqual([])
    // Adding the extension must not silently replace a file the dialog never asked about.
    platform.saveAnswers.push(join(dir, 'chosen'))
    expect((await rejection(app.call('briefing:saveAs', { briefing: brief('Other'), suggestedName: 'x.brief' }))).message).toMatch(/“chosen.brief” already exists/)
    expect(await app.call('briefing:saveAs', { briefing: brief('x'), suggestedName: 'x' })).toBeNull()
  })

  it('clears the journal of a session that autosaved for the same file even without a sessionId', async () => {
    const path = await onDisk('a.brief', 'Alpha')
    platform.openAnswers.push(path)
    const app = start()
    const opened = (await app.call('briefing:open', {}))!
    await app.call('autosave:write', { sessionId: 'sess00003', fileId: opened.file.fileId, briefing: brief('Edited'), lastSavedAt: null })
    await app.call('briefing:save', { fileId: opened.file.fileId, briefing: brief('Edited'), expectedModifiedAt: opened.modifiedAt })
    expect(await readdir(join(platform.userDataDir, 'journal'))).toEqual([])
  })
})

describe('autosave and recovery', () => {
  it('hides this process’s own sessions, offers them after a restart, restores equal content, and close discards', async () => {
    const path = await onDisk('a.brief', 'Alpha')
    platform.openAnswers.push(path)
    const first = start()
    const opened = (await first.call('briefing:open', {}))!
    const edit = brief('Alpha, edited')
    const { journaledAt } = await first.call('autosave:write', { sessionId: 'sess00004', fileId: opened.file.fileId, briefing: edit, lastSavedAt: '2026-01-05T00:00:00.000Z' })
    expect(journaledAt).toBe('2026-02-03T04:05:06.000Z')
    expect(await first.call('recovery:list', {})).toEqual([])

    const second = start()
    expect(await second.call('recovery:list', {})).toEqual([
      { journalId: 'sess00004', title: 'Alpha, edited', fileName: 'a.brief', journaledAt: '2026-02-03T04:05:06.000Z', lastSavedAt: '2026-01-05T00:00:00.000Z' },
    ])
    const restored = await second.call('recovery:restore', { journalId: 'sess00004' })
    expect(restored.briefing).toEqual(edit)
    expect(restored.file).toMatchObject({ name: 'a.brief', folder: dir })
    expect(await second.call('recovery:list', {})).toEqual([])
    await second.call('briefing:close', { fileId: restored.file!.fileId, sessionId: 'sess00004' })
    expect(await start().call('recovery:list', {})).toEqual([])
  })

  it('restores an untitled briefing with no file, and discard removes an entry', async () => {
    await start().call('autosave:write', { sessionId: 'sess00005', fileId: null, briefing: brief('Untitled'), lastSavedAt: null })
    await start().call('autosave:write', { sessionId: 'sess00006', fileId: null, briefing: brief('Other'), lastSavedAt: null })
    const next = start()
    expect((await next.call('recovery:restore', { journalId: 'sess00005' })).file).toBeNull()
    await next.call('recovery:discard', { journalId: 'sess00006' })
    expect(await start().call('recovery:list', {})).toEqual([expect.objectContaining({ journalId: 'sess00005' })])
  })

  it('refuses a journal id that is a path', async () => {
    expect((await rejection(start().call('recovery:restore', { journalId: '../recent' }))).code).toBe('bad-request')
  })
})

describe('recent list', () => {
  it('clears the list and the OS list', async () => {
    platform.openAnswers.push(await onDisk('a.brief', 'Alpha'))
    const app = start()
    await app.call('briefing:open', {})
    await app.call('recent:clear', {})
    expect(await app.call('recent:list', {})).toEqual([])
    expect(platform.osRecent).toEqual([])
  })
})

describe('window, app and links', () => {
  it('passes the title and the close answer to the platform, and reports the app version', async () => {
    const app = start()
    await app.call('window:setTitle', { title: '● a.brief — Briefwright', edited: true })
    await app.call('window:confirmClose', { proceed: false })
    expect(platform.titles).toEqual([['● a.brief — Briefwright', true]])
    expect(platform.closeAnswers).toEqual([false])
    expect(await app.call('app:info', {})).toEqual({ version: expect.stringMatching(/^\d+\.\d+\.\d+/), platform: process.platform })
  })

  it('opens http(s) and mailto links only after the user agrees', async () => {
    const app = start()
    platform.confirmAnswers.push(true, false, true)
    expect(await app.call('shell:openExternal', { url: 'https://example.org/a b' })).toEqual({ opened: true })
    expect(await app.call('shell:openExternal', { url: 'http://example.org/' })).toEqual({ opened: false })
    expect(await app.call('shell:openExternal', { url: 'mailto:desk@example.org' })).toEqual({ opened: true })
    expect(platform.opened).toEqual(['https://example.org/a%20b', 'mailto:desk@example.org'])
  })

  it('refuses other schemes, credentials and garbage without asking', async () => {
    const app = start()
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', 'smb://host/share', 'https://user:pw@example.org/', 'not a url']) {
      const e = await rejection(app.call('shell:openExternal', { url }))
      expect(['forbidden', 'bad-request']).toContain(e.code)
    }
    expect(platform.opened).toEqual([])
  })
})

describe('watchOpenFiles', () => {
  it('reports an outside change with the file id the renderer holds', async () => {
    const path = await onDisk('a.brief', 'Alpha')
    platform.openAnswers.push(path)
    const app = start()
    const opened = (await app.call('briefing:open', {}))!
    const event = new Promise<{ fileId: string; name: string }>((resolve) => {
      const stop = watchOpenFiles(app.services, (e) => {
        stop()
        resolve(e)
      }, 5)
    })
    await writeFile(path, serializeBriefing(brief('Theirs')))
    expect(await event).toEqual({ fileId: opened.file.fileId, name: 'a.brief' })
  })
})
