import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, symlink, unlink, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from '../../src/main/ipc/dispatch'
import { createHandlers } from '../../src/main/ipc/handlers'
import type { Result } from '../../src/shared/ipc/errors'
import { serializeBriefing } from '../../src/shared/model/load'
import { ScriptedPlatform } from '../../e2e/support/scripted-platform'
import { SAMPLE_BRIEFING } from './ipc-payloads'

// Protects the rule that the renderer can never read or write a path the user did not choose
// (dialogs, drops, recent files): drop grants refuse traversal, relative paths, symlinks to
// devices or folders, fifos and unknown kinds; open/save/revert refuse file ids main never handed
// out; journal ids cannot climb out of the journal folder; and save-as writes only where the dialog
// answered, whatever name the renderer suggests. Every call goes through dispatch, as from the window.

let dir: string
let platform: ScriptedPlatform
let handlers: Handlers
const call = (channel: string, payload: unknown) => dispatch(handlers, channel, payload, true) as Promise<Result<{ grantId?: string; file?: { fileId: string } } & Record<string, unknown>>>
const errorCode = (r: Result<unknown>) => (r.ok ? 'ok' : r.error.code)

/** Runs a promise with a hang guard: a read of a fifo or /dev/zero would never settle. */
async function settles<T>(work: Promise<T>, ms = 10_000): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const guard = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error(`hung for ${ms} ms`)), ms)))
  return Promise.race([work, guard]).finally(() => clearTimeout(timer))
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bw-paths-'))
  platform = new ScriptedPlatform(join(dir, 'userData'))
  handlers = createHandlers({ platform, onRecentChanged: () => {} }).handlers
  await mkdir(join(dir, 'folder.txt'))
  await mkdir(join(dir, 'secret'))
  await writeFile(join(dir, 'secret', 'key.txt'), 'outside what the user chose')
  await writeFile(join(dir, 'article.txt'), 'A dropped article.')
  await writeFile(join(dir, 'draft.brief'), serializeBriefing(SAMPLE_BRIEFING))
  await symlink('/dev/zero', join(dir, 'zero.txt'))
  await symlink('/etc/passwd', join(dir, 'passwd.txt'))
  await symlink(join(dir, 'secret'), join(dir, 'secret-link.brief'))
  await symlink(join(dir, 'loop-b.txt'), join(dir, 'loop-a.txt'))
  await symlink(join(dir, 'loop-a.txt'), join(dir, 'loop-b.txt'))
  await symlink(join(dir, 'nowhere.txt'), join(dir, 'dangling.txt'))
  execFileSync('mkfifo', [join(dir, 'pipe.txt')])
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('drop:grant refuses anything but a regular file of a known kind', () => {
  it.each([
    ['a relative path', () => 'article.txt', 'bad-request'],
    ['a relative traversal', () => '../../etc/passwd', 'bad-request'],
    ['a NUL byte', () => join(dir, 'article.txt\0.brief'), 'bad-request'],
    ['an absolute traversal to a system file', () => join(dir, '..', '..', '..', 'etc', 'passwd'), 'unsupported'],
    ['/dev/zero', () => '/dev/zero', 'unsupported'],
    ['/proc/self/environ', () => '/proc/self/environ', 'unsupported'],
    ['a .txt symlink to /dev/zero', () => join(dir, 'zero.txt'), 'unsupported'],
    ['a .txt symlink to /etc/passwd', () => join(dir, 'passwd.txt'), 'unsupported'],
    ['a .brief symlink to a folder (judged by its real path)', () => join(dir, 'secret-link.brief'), 'unsupported'],
    ['a folder named like a file', () => join(dir, 'folder.txt'), 'not-a-file'],
    ['a fifo', () => join(dir, 'pipe.txt'), 'not-a-file'],
    ['a missing file', () => join(dir, 'missing.txt'), 'not-found'],
    ['a dangling symlink', () => join(dir, 'dangling.txt'), 'not-found'],
  ])('%s', async (_name, path, code) => {
    const result = await settles(call('drop:grant', { path: path() }))
    expect(errorCode(result)).toBe(code)
  })

  it('a symlink loop is refused without hanging', async () => {
    const result = await settles(call('drop:grant', { path: join(dir, 'loop-a.txt') }))
    expect(result).toMatchObject({ ok: false, error: { code: 'not-a-file', message: expect.stringContaining('loop of links') } })
  })

  it('grants a real dropped file, and the renderer cannot reach drop:grant through the window bridge', async () => {
    const result = await call('drop:grant', { path: join(dir, 'article.txt') })
    expect(result).toMatchObject({ ok: true, value: { kind: 'article', name: 'article.txt' } })
  })

  it('a grant keeps the file it checked: replacing it with a fifo afterwards does not hang the open', async () => {
    await writeFile(join(dir, 'swap.brief'), serializeBriefing(SAMPLE_BRIEFING))
    const granted = await call('drop:grant', { path: join(dir, 'swap.brief') })
    expect(granted.ok).toBe(true)
    await unlink(join(dir, 'swap.brief'))
    execFileSync('mkfifo', [join(dir, 'swap.brief')])
    const opened = await settles(call('briefing:openDropped', { grantId: (granted as { value: { grantId: string } }).value.grantId }))
    expect(errorCode(opened)).toBe('not-a-file')
  })

  it('a grant keeps the file it checked: replacing it with a symlink to /dev/zero does not read forever', async () => {
    await writeFile(join(dir, 'swap2.brief'), serializeBriefing(SAMPLE_BRIEFING))
    const granted = await call('drop:grant', { path: join(dir, 'swap2.brief') })
    await unlink(join(dir, 'swap2.brief'))
    await symlink('/dev/zero', join(dir, 'swap2.brief'))
    const opened = await settles(call('briefing:openDropped', { grantId: (granted as { value: { grantId: string } }).value.grantId }))
    expect(opened.ok).toBe(false)
  })
})

describe('article imports by grant', () => {
  it('article:importDropped refuses grant ids it never gave', async () => {
    expect(errorCode(await call('article:importDropped', { grants: ['d_0123456789abcdef'] }))).toBe('forbidden')
  })

  it('a granted article replaced by a fifo afterwards is reported as failed, without hanging', async () => {
    await writeFile(join(dir, 'swap3.txt'), 'An article that will be swapped for a pipe.')
    const granted = await call('drop:grant', { path: join(dir, 'swap3.txt') })
    await unlink(join(dir, 'swap3.txt'))
    execFileSync('mkfifo', [join(dir, 'swap3.txt')])
    const result = await settles(call('article:importDropped', { grants: [(granted as { value: { grantId: string } }).value.grantId] }))
    expect(result).toMatchObject({ ok: true, value: { imported: [], failed: [{ fileName: 'swap3.txt', code: 'not-a-file' }] } })
  })

  it('a granted briefing cannot be imported as an article, nor an article opened as a briefing', async () => {
    const brief = await call('drop:grant', { path: join(dir, 'draft.brief') })
    const article = await call('drop:grant', { path: join(dir, 'article.txt') })
    const briefId = (brief as { value: { grantId: string } }).value.grantId
    const articleId = (article as { value: { grantId: string } }).value.grantId
    expect(errorCode(await call('article:importDropped', { grants: [briefId] }))).toBe('unsupported')
    expect(errorCode(await call('briefing:openDropped', { grantId: articleId }))).toBe('unsupported')
  })
})

describe('file ids: only what main handed out', () => {
  it.each(['briefing:openRecent', 'briefing:revert'])('%s refuses a well-formed id main never gave', async (channel) => {
    expect(errorCode(await call(channel, { fileId: 'f_0123456789abcdef' }))).toBe('forbidden')
  })

  it('briefing:save refuses an unknown id and writes nothing', async () => {
    const before = await readdir(dir)
    const result = await call('briefing:save', { fileId: 'f_0123456789abcdef', briefing: SAMPLE_BRIEFING, expectedModifiedAt: null, force: true })
    expect(errorCode(result)).toBe('forbidden')
    expect(await readdir(dir)).toEqual(before)
  })

  it.each(['/etc/passwd', '../draft.brief', '/tmp/bw-paths/draft.brief', 'f_../../x', 'F_0123456789', 'f_0123456789/..'])('refuses a path or forged id %j as the file id', async (fileId) => {
    for (const channel of ['briefing:openRecent', 'briefing:revert']) expect(errorCode(await call(channel, { fileId }))).toBe('bad-request')
    expect(errorCode(await call('briefing:save', { fileId, briefing: SAMPLE_BRIEFING, expectedModifiedAt: null }))).toBe('bad-request')
  })

  it.each(['d_0123456789abcdef', 'd_zzzzzzzzzz'])('briefing:openDropped refuses a grant id %s it never gave', async (grantId) => {
    expect(errorCode(await call('briefing:openDropped', { grantId }))).toBe('forbidden')
  })

  it('autosave:write refuses an unknown file id instead of journaling against it', async () => {
    const r = await call('autosave:write', { sessionId: 'abcdefgh12', fileId: 'f_0123456789abcdef', briefing: SAMPLE_BRIEFING, lastSavedAt: null })
    expect(errorCode(r)).toBe('forbidden')
  })
})

describe('journal ids cannot climb out of the journal folder', () => {
  it.each(['../../../etc/passwd', '..', '../secret/key', 'abc/../../x', '%2e%2e%2fx', 'ABCDEFGH12', 'abcdefgh12.json'])('recovery:restore and recovery:discard refuse %j', async (journalId) => {
    expect(errorCode(await call('recovery:restore', { journalId }))).toBe('bad-request')
    expect(errorCode(await call('recovery:discard', { journalId }))).toBe('bad-request')
    expect(existsSync(join(dir, 'secret', 'key.txt'))).toBe(true)
  })
})

describe('save-as writes only where the dialog answered', () => {
  it.each(['../../../tmp/evil', '/etc/cron.d/evil', '..\\..\\evil', 'x/../../evil'])('a suggested name %j only suggests', async (suggestedName) => {
    const chosen = join(dir, `chosen-${Math.abs(suggestedName.length)}.brief`)
    platform.saveQueue.push(chosen)
    const before = new Set(await readdir(dir))
    const result = await call('briefing:saveAs', { briefing: SAMPLE_BRIEFING, suggestedName })
    expect(result).toMatchObject({ ok: true })
    const added = (await readdir(dir)).filter((f) => !before.has(f))
    expect(added.map((f) => relative(dir, join(dir, f)))).toContain(`chosen-${suggestedName.length}.brief`)
    // Only the chosen file (and the app's own data folder, on first use) appear; nothing named after the suggestion.
    for (const f of added) expect(f, JSON.stringify(added)).toMatch(/^(chosen-\d+\.brief|userData)$/)
    for (const evil of ['/tmp/evil', '/tmp/evil.brief', '/etc/cron.d/evil', '/etc/cron.d/evil.brief', join(dir, '..', 'evil.brief')]) expect(existsSync(evil), evil).toBe(false)
  })

  it('a cancelled dialog writes nothing', async () => {
    const before = await readdir(dir)
    expect(await call('briefing:saveAs', { briefing: SAMPLE_BRIEFING, suggestedName: '/etc/evil' })).toEqual({ ok: true, value: null })
    expect(await readdir(dir)).toEqual(before)
  })
})
