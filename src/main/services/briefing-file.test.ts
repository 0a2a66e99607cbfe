import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { fork } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { KeyedQueue, isTempOf, writeFileAtomic } from './briefing-file'
import { faultyFileSystem, type FaultStep } from './briefing-file.faults'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bw-atomic-'))
})
afterEach(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('writeFileAtomic', () => {
  it('replaces the content and leaves no temp file', async () => {
    const target = join(dir, 'a.brief')
    await writeFile(target, 'old')
    await writeFileAtomic(target, 'new')
    expect(await readFile(target, 'utf8')).toBe('new')
    expect(await readdir(dir)).toEqual(['a.brief'])
  })

  const steps: FaultStep[] = ['create', 'write', 'sync', 'close', 'rename']
  for (const step of steps) {
    for (const code of ['ENOSPC', 'EACCES', 'EIO']) {
      it(`keeps the old file and removes the temp file when ${step} fails with ${code}`, async () => {
        const target = join(dir, 'a.brief')
        await writeFile(target, 'old content')
        const fs = faultyFileSystem(step, code)
        await expect(writeFileAtomic(target, 'new content that is longer', { fs })).rejects.toMatchObject({ code })
        expect(fs.calls).toContain(step)
        expect(await readFile(target, 'utf8')).toBe('old content')
        expect(await readdir(dir)).toEqual(['a.brief'])
      })
    }
  }

  it('does not report a finished save as failed when only the folder fsync fails', async () => {
    const target = join(dir, 'a.brief')
    await writeFileAtomic(target, 'new', { fs: faultyFileSystem('syncDir', 'EIO') })
    expect(await readFile(target, 'utf8')).toBe('new')
  })

  it('leaves the target untouched when beforeReplace throws', async () => {
    const target = join(dir, 'a.brief')
    await writeFile(target, 'old')
    const boom = new Error('backup failed')
    await expect(writeFileAtomic(target, 'new', { beforeReplace: () => Promise.reject(boom) })).rejects.toBe(boom)
    expect(await readFile(target, 'utf8')).toBe('old')
    expect(await readdir(dir)).toEqual(['a.brief'])
  })

  it('recognises only its own temp-file names', () => {
    expect(isTempOf('/x/a.brief', '.a.brief.0123456789ab.tmp')).toBe(true)
    expect(isTempOf('/x/a.brief', '.a.brief.bak.tmp')).toBe(false)
    expect(isTempOf('/x/a.brief', '.b.brief.0123456789ab.tmp')).toBe(false)
    expect(isTempOf('/x/a.brief', 'a.brief')).toBe(false)
  })
})

describe('a process killed in the middle of a save', () => {
  const script = fileURLToPath(new URL('./briefing-file.child.ts', import.meta.url))

  /** Forks the writer, waits for `message`, kills it with SIGKILL, and waits for it to be gone. */
  async function killAt(target: string, mb: number, mode: 'pause' | 'run', message: string): Promise<void> {
    const child = fork(script, [target, String(mb), mode], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] })
    let stderr = ''
    child.stderr?.on('data', (d: Buffer) => (stderr += d.toString()))
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)))
    await new Promise<void>((resolve, reject) => {
      child.on('message', (m) => {
        if (m === message) resolve()
      })
      child.on('exit', (code) => reject(new Error(`writer exited (${code}) before '${message}': ${stderr}`)))
    })
    child.kill('SIGKILL')
    expect(await exited).toBe('SIGKILL')
  }

  it('leaves the old file intact when killed after half of a 64 MB write', async () => {
    const target = join(dir, 'big.brief')
    await writeFile(target, 'the previous version')
    await killAt(target, 64, 'pause', 'half-written')
    expect(await readFile(target, 'utf8')).toBe('the previous version')
    // The half-written temp file is left behind (the process had no chance to clean up) but is never the target.
    const names = await readdir(dir)
    expect(names.filter((n) => n !== 'big.brief').every((n) => isTempOf(target, n))).toBe(true)
  })

  it('leaves either the whole old file or the whole new file when killed during a real 128 MB write', async () => {
    const target = join(dir, 'big.brief')
    await writeFile(target, 'the previous version')
    await killAt(target, 128, 'run', 'ready')
    const after = await readFile(target)
    const isOld = after.toString('utf8') === 'the previous version'
    const isNew = after.length === 128 * 1024 * 1024 && after.every((b) => b === 0x6e)
    expect(isOld || isNew).toBe(true)
  })
})

describe('KeyedQueue', () => {
  it('runs tasks of one key in call order, each after the previous settled (even a failed one)', async () => {
    const q = new KeyedQueue()
    const log: string[] = []
    let release: () => void = () => {}
    const gate = new Promise<void>((r) => (release = r))
    const first = q.run('a.brief', async () => {
      log.push('first started')
      await gate
      log.push('first done')
      throw new Error('first failed')
    })
    const second = q.run('a.brief', async () => {
      log.push('second started')
      return 2
    })
    const other = q.run('b.brief', async () => {
      log.push('other key started')
      return 3
    })
    expect(await other).toBe(3)
    await new Promise((r) => setImmediate(r))
    expect(log).toEqual(['first started', 'other key started'])
    release()
    await expect(first).rejects.toThrow('first failed')
    expect(await second).toBe(2)
    expect(log).toEqual(['first started', 'other key started', 'first done', 'second started'])
  })
})
