import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdtemp, mkdir, rm, writeFile, copyFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { ArticleFileError, errorFromReply, importArticleFile } from './article-import'
import { handleImportRequest } from '../workers/import-worker'
import { ImportError } from '../../shared/import'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bw-import-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

const FIXTURES = join(__dirname, '../../../test/fixtures/articles')

async function failure(work: Promise<unknown>): Promise<{ name: string; code: string; message: string }> {
  try {
    await work
  } catch (e) {
    const err = e as Error & { code: string }
    return { name: err.name, code: err.code, message: err.message }
  }
  throw new Error('expected the import to fail')
}

describe('importArticleFile', () => {
  it('imports a file in-process and names it in the origin', async () => {
    const path = join(dir, 'shenzhen.txt')
    await copyFile(join(FIXTURES, 'shenzhen-innovation-centers.txt'), path)
    const { source } = await importArticleFile(path, { now: new Date('2026-01-01T00:00:00Z') })
    expect(source.title).toBe('shenzhen plans to build 10 innovation centers to further advance high-end manufacturing')
    expect(source.origin.fileName).toBe('shenzhen.txt')
  })

  it('says clearly when the file is missing, a folder, too big or empty', async () => {
    expect(await failure(importArticleFile(join(dir, 'gone.txt')))).toMatchObject({ name: 'ArticleFileError', code: 'missing', message: 'gone.txt: no such file (it may have been moved or deleted).' })
    await mkdir(join(dir, 'folder.html'))
    expect(await failure(importArticleFile(join(dir, 'folder.html')))).toMatchObject({ code: 'not-a-file' })
    await writeFile(join(dir, 'big.txt'), 'x'.repeat(3000))
    expect(await failure(importArticleFile(join(dir, 'big.txt'), { maxBytes: 1024 }))).toMatchObject({ name: 'ImportError', code: 'too-large', message: 'big.txt is 3 KB, more than the 1 KB the importer accepts.' })
    await writeFile(join(dir, 'empty.txt'), '')
    expect(await failure(importArticleFile(join(dir, 'empty.txt')))).toMatchObject({ code: 'empty' })
  })

  it('runs the import in a worker thread and stops one that never answers', async () => {
    const path = join(dir, 'page.txt')
    await copyFile(join(FIXTURES, 'battery-passport-commentary.txt'), path)
    // Stand-in workers (the real one needs the built bundle): one echoes a canned reply, one hangs.
    const echo = join(dir, 'echo-worker.cjs')
    await writeFile(echo, "const { parentPort } = require('node:worker_threads'); parentPort.on('message', (r) => parentPort.postMessage({ ok: false, error: { name: 'ImportError', code: 'corrupt', message: r.fileName + ' seen by worker' } }))")
    expect(await failure(importArticleFile(path, { workerPath: echo }))).toMatchObject({ name: 'ImportError', code: 'corrupt', message: 'page.txt seen by worker' })
    const hang = join(dir, 'hang-worker.cjs')
    await writeFile(hang, "setInterval(() => {}, 1000)")
    expect(await failure(importArticleFile(path, { workerPath: hang, timeoutMs: 200 }))).toMatchObject({ name: 'ArticleFileError', code: 'timeout' })
    const crash = join(dir, 'crash-worker.cjs')
    await writeFile(crash, "throw new Error('worker exploded')")
    expect(await failure(importArticleFile(path, { workerPath: crash }))).toMatchObject({ code: 'worker-failed' })
  })
})

describe('import worker protocol', () => {
  it('answers a request with the imported article', async () => {
    const reply = await handleImportRequest({ bytes: new TextEncoder().encode('A headline here\n\nThe council approved the budget on Tuesday after a debate that lasted more than four hours and drew a crowd.'), fileName: 'a.txt', now: '2026-01-01T00:00:00.000Z', maxBytes: 1000 })
    expect(reply.ok && reply.value.source.importedAt).toBe('2026-01-01T00:00:00.000Z')
  })

  it('turns a refusal into a reply that rebuilds the same error class and code', async () => {
    const reply = await handleImportRequest({ bytes: new Uint8Array([0, 0, 1, 2]), fileName: 'b.bin', now: '2026-01-01T00:00:00.000Z', maxBytes: 1000 })
    expect(reply.ok).toBe(false)
    if (reply.ok) return
    const err = errorFromReply(reply.error)
    expect(err).toBeInstanceOf(ImportError)
    expect((err as ImportError).code).toBe('binary')
    expect(errorFromReply({ name: 'TypeError', code: 'x', message: 'boom' })).toBeInstanceOf(ArticleFileError)
  })
})
