import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { AppError } from '../../shared/ipc/errors'
import { DropGrantId, FileId } from '../../shared/ipc/contract'
import { FileRegistry } from './file-registry'
import { faultyFileSystem } from './briefing-file.faults'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bw-registry-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

async function refused(fn: () => Promise<unknown>): Promise<AppError> {
  const e = await fn().then(
    () => null,
    (err: unknown) => err,
  )
  expect(e).toBeInstanceOf(AppError)
  return e as AppError
}

describe('file ids', () => {
  it('gives one contract-valid id per path and resolves it back', () => {
    const r = new FileRegistry()
    const id = r.register(join(dir, 'a.brief'))
    expect(FileId.safeParse(id).success).toBe(true)
    expect(r.register(join(dir, 'x', '..', 'a.brief'))).toBe(id)
    expect(r.resolve(id)).toBe(join(dir, 'a.brief'))
    expect(r.refOf(id)).toEqual({ fileId: id, name: 'a.brief', folder: dir })
  })

  it('refuses ids it did not hand out', () => {
    expect(() => new FileRegistry().resolve('f_0123456789abcdef')).toThrow(AppError)
  })

  it('refuses to register a relative path', () => {
    expect(() => new FileRegistry().register('a.brief')).toThrow(/relative/)
  })
})

describe('grantDrop', () => {
  it('grants a briefing and an article, by extension, with contract-valid ids', async () => {
    await writeFile(join(dir, 'b.BRIEF'), '{}')
    await writeFile(join(dir, 'page.htm'), '<p>x</p>')
    const r = new FileRegistry()
    const b = await r.grantDrop(join(dir, 'b.BRIEF'))
    const a = await r.grantDrop(join(dir, 'page.htm'))
    expect(b).toMatchObject({ kind: 'briefing', name: 'b.BRIEF' })
    expect(a).toMatchObject({ kind: 'article', name: 'page.htm' })
    expect(DropGrantId.safeParse(b.grantId).success).toBe(true)
    expect(r.resolveDrop(a.grantId).path).toBe(join(dir, 'page.htm'))
    expect(() => r.resolveDrop('d_0000000000000000')).toThrow(AppError)
  })

  it('refuses a relative path or one with a NUL byte', async () => {
    expect((await refused(() => new FileRegistry().grantDrop('page.html'))).code).toBe('bad-request')
    expect((await refused(() => new FileRegistry().grantDrop(`${dir}/a\0.html`))).code).toBe('bad-request')
  })

  it('refuses an unknown kind, a folder, a missing file and an oversized file', async () => {
    await writeFile(join(dir, 'run.exe'), 'MZ')
    await mkdir(join(dir, 'folder.brief'))
    await writeFile(join(dir, 'big.pdf'), '')
    await truncate(join(dir, 'big.pdf'), 2048)
    const r = new FileRegistry({ maxDropBytes: 1024 })
    expect((await refused(() => r.grantDrop(join(dir, 'run.exe')))).message).toMatch(/not a file Briefwright can use/)
    expect((await refused(() => r.grantDrop(join(dir, 'folder.brief')))).code).toBe('not-a-file')
    expect((await refused(() => r.grantDrop(join(dir, 'gone.txt')))).code).toBe('not-found')
    expect((await refused(() => r.grantDrop(join(dir, 'big.pdf')))).code).toBe('too-large')
  })

  it('judges a symlink by what it points at, and grants the real path', async () => {
    await writeFile(join(dir, 'secret'), 'private')
    await symlink(join(dir, 'secret'), join(dir, 'innocent.txt'))
    await writeFile(join(dir, 'real.md'), '# hi')
    await symlink(join(dir, 'real.md'), join(dir, 'alias.md'))
    const r = new FileRegistry()
    expect((await refused(() => r.grantDrop(join(dir, 'innocent.txt')))).code).toBe('unsupported')
    expect((await r.grantDrop(join(dir, 'alias.md'))).path).toBe(join(dir, 'real.md'))
  })

  it('reports a file it may not read', async () => {
    await writeFile(join(dir, 'a.txt'), 'x')
    const fs = { ...faultyFileSystem('read', 'EIO'), realpath: () => Promise.reject(Object.assign(new Error('EACCES'), { code: 'EACCES' })) }
    expect((await refused(() => new FileRegistry({ fs }).grantDrop(join(dir, 'a.txt')))).code).toBe('permission-denied')
  })
})
