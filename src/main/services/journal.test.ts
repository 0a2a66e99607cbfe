import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fork } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { AppError } from '../../shared/ipc/errors'
import { createBriefing, serializeBriefing, type Briefing } from '../../shared/model'
import { Journal } from './journal'
import { BriefingStore } from './briefing-store'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bw-journal-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const at = (iso: string) => () => new Date(iso)
function edited(title: string): Briefing {
  const b = createBriefing({ template: 'general', title, now: new Date('2026-01-01T00:00:00.000Z') })
  b.doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Body of ${title} — ünïcödé 中文` }] }] }
  return b
}

describe('Journal', () => {
  it('writes, lists (newest first, with file name and last save) and restores equal content', async () => {
    const older = new Journal({ userDataDir: dir, now: at('2026-01-01T10:00:00.000Z') })
    const newer = new Journal({ userDataDir: dir, now: at('2026-01-01T11:00:00.000Z') })
    await older.write({ sessionId: 'aaaaaaaa1', path: null, briefing: edited('Untitled one'), lastSavedAt: null })
    await newer.write({ sessionId: 'bbbbbbbb2', path: join(dir, 'memo.brief'), briefing: edited('Memo'), lastSavedAt: '2026-01-01T09:00:00.000Z' })
    const listed = await new Journal({ userDataDir: dir }).list()
    expect(listed).toEqual([
      { journalId: 'bbbbbbbb2', title: 'Memo', path: join(dir, 'memo.brief'), fileName: 'memo.brief', journaledAt: '2026-01-01T11:00:00.000Z', lastSavedAt: '2026-01-01T09:00:00.000Z' },
      { journalId: 'aaaaaaaa1', title: 'Untitled one', path: null, fileName: null, journaledAt: '2026-01-01T10:00:00.000Z', lastSavedAt: null },
    ])
    expect((await new Journal({ userDataDir: dir }).read('bbbbbbbb2')).briefing).toEqual(edited('Memo'))
  })

  it('leaves out the sessions of this process and damaged entries', async () => {
    const j = new Journal({ userDataDir: dir })
    await j.write({ sessionId: 'live00001', path: null, briefing: edited('Live'), lastSavedAt: null })
    await j.write({ sessionId: 'dead00001', path: null, briefing: edited('Dead'), lastSavedAt: null })
    await writeFile(join(j.dir, 'broken001.json'), '{"kind": "briefwright-jou')
    await writeFile(join(j.dir, 'notes.txt'), 'ignore me')
    expect((await j.list(new Set(['live00001']))).map((e) => e.journalId)).toEqual(['dead00001'])
  })

  it('removes temp files of journal writes a crash cut short, but not those of live sessions', async () => {
    const j = new Journal({ userDataDir: dir })
    await j.write({ sessionId: 'dead00002', path: null, briefing: edited('Dead'), lastSavedAt: null })
    await writeFile(join(j.dir, '.dead00002.json.0123456789ab.tmp'), '{"half')
    await writeFile(join(j.dir, '.live00002.json.0123456789ab.tmp'), '{"under way')
    expect((await j.list(new Set(['live00002']))).map((e) => e.journalId)).toEqual(['dead00002'])
    expect((await readdir(j.dir)).sort()).toEqual(['.live00002.json.0123456789ab.tmp', 'dead00002.json'])
  })

  it('returns an empty list when there is no journal folder yet', async () => {
    expect(await new Journal({ userDataDir: join(dir, 'fresh') }).list()).toEqual([])
  })

  it('discards an entry, and discarding twice is fine', async () => {
    const j = new Journal({ userDataDir: dir })
    await j.write({ sessionId: 'abcdefgh', path: null, briefing: edited('x'), lastSavedAt: null })
    await j.discard('abcdefgh')
    await j.discard('abcdefgh')
    expect(await readdir(j.dir)).toEqual([])
    await expect(j.read('abcdefgh')).rejects.toMatchObject({ code: 'not-found' })
  })

  it('refuses ids that could climb out of the journal folder', async () => {
    const j = new Journal({ userDataDir: dir })
    for (const id of ['../recent', '..', 'a/b/c/d/e', 'UPPERCASE1', 'short']) {
      await expect(j.read(id)).rejects.toBeInstanceOf(AppError)
      await expect(j.discard(id)).rejects.toBeInstanceOf(AppError)
    }
  })

  it('refuses to restore a journaled briefing that no longer validates, with a clear message', async () => {
    const j = new Journal({ userDataDir: dir })
    await mkdir(j.dir, { recursive: true })
    await writeFile(
      join(j.dir, 'corrupt01.json'),
      JSON.stringify({ kind: 'briefwright-journal', sessionId: 'corrupt01', path: null, title: 'Broken', journaledAt: 'x', lastSavedAt: null, briefing: { format: 'briefwright', version: 1 } }),
    )
    await expect(j.read('corrupt01')).rejects.toMatchObject({ code: 'corrupt', message: expect.stringMatching(/“Broken” is damaged/) })
  })
})

describe('crash recovery, end to end', () => {
  it('recovers the unsaved edit of a session that was killed, equal to what was typed', async () => {
    const userData = join(dir, 'userData')
    const path = join(dir, 'memo.brief')
    // The last save on disk, then an edit that was only journaled.
    const store = new BriefingStore()
    await store.save(path, edited('Memo'))
    const unsaved = edited('Memo, with an unsaved edit')
    const briefingFile = join(dir, 'unsaved.json')
    await writeFile(briefingFile, serializeBriefing(unsaved))

    const script = fileURLToPath(new URL('./journal.child.ts', import.meta.url))
    const child = fork(script, [userData, 'session0001', briefingFile, path], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
    let stderr = ''
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_c, s) => resolve(s)))
    await new Promise<void>((resolve, reject) => {
      child.on('message', (m) => m === 'journaled' && resolve())
      child.on('exit', (code) => reject(new Error(`session exited (${code}) early: ${stderr}`)))
    })
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')

    // "Start again": fresh services over the same folders.
    const journal = new Journal({ userDataDir: userData })
    const [entry, ...rest] = await journal.list()
    expect(rest).toEqual([])
    expect(entry).toMatchObject({ journalId: 'session0001', title: 'Memo, with an unsaved edit', fileName: 'memo.brief', lastSavedAt: '2026-01-01T09:00:00.000Z' })
    const restored = await journal.read('session0001')
    expect(restored.briefing).toEqual(unsaved)
    expect(restored.path).toBe(path)
    // The saved file itself was never touched by the journal.
    expect((await new BriefingStore().open(path)).briefing.meta.title).toBe('Memo')
  })
})

describe('Journal ordering', () => {
  it('keeps the newest of two autosaves started back to back, and a discard after them wins', async () => {
    const j = new Journal({ userDataDir: dir })
    const a = j.write({ sessionId: 'order0001', path: null, briefing: edited('Older'), lastSavedAt: null })
    const b = j.write({ sessionId: 'order0001', path: null, briefing: edited('Newer'), lastSavedAt: null })
    await Promise.all([a, b])
    expect((await j.read('order0001')).briefing.meta.title).toBe('Newer')
    const c = j.write({ sessionId: 'order0001', path: null, briefing: edited('Latest'), lastSavedAt: null })
    const gone = j.discard('order0001')
    await Promise.all([c, gone])
    expect(await j.list()).toEqual([])
  })
})
