/**
 * Test support: a FileSystem that fails at one chosen step, the way a full disk, a permission change
 * or a failing drive would. Used by the save fault-injection tests; never by the app.
 */
import { nodeFileSystem, type FileSystem } from './briefing-file'

/** The save steps a fault can hit. `rename` means the rename of the temp file over the target. */
export type FaultStep = 'create' | 'write' | 'sync' | 'close' | 'rename' | 'syncDir' | 'backup' | 'read'

/** A Node-style error with an errno code, as node:fs throws. */
export function errnoError(code: string, path = ''): NodeJS.ErrnoException {
  const e: NodeJS.ErrnoException = new Error(`${code}: injected fault${path ? `, '${path}'` : ''}`)
  e.code = code
  e.path = path
  return e
}

/** The real file system, except that `step` fails with `code`; `calls` records the steps reached. */
export function faultyFileSystem(step: FaultStep, code: string): FileSystem & { calls: string[] } {
  const calls: string[] = []
  const hit = (s: FaultStep, path: string): void => {
    calls.push(s)
    if (s === step) throw errnoError(code, path)
  }
  return {
    ...nodeFileSystem,
    calls,
    async createExclusive(path, mode) {
      hit('create', path)
      const file = await nodeFileSystem.createExclusive(path, mode)
      return {
        async write(data) {
          if (step === 'write') {
            // Like a disk filling up: part of the data lands, then the error.
            await file.write(data.subarray(0, data.length >> 1))
          }
          hit('write', path)
          await file.write(data)
        },
        async sync() {
          hit('sync', path)
          await file.sync()
        },
        async close() {
          await file.close()
          hit('close', path)
        },
      }
    },
    async rename(from, to) {
      hit(to.endsWith('.bak') ? 'backup' : 'rename', to)
      await nodeFileSystem.rename(from, to)
    },
    async link(existing, newPath) {
      hit('backup', newPath)
      await nodeFileSystem.link(existing, newPath)
    },
    async copyFile(from, to) {
      hit('backup', to)
      await nodeFileSystem.copyFile(from, to)
    },
    async readFile(path) {
      hit('read', path)
      return nodeFileSystem.readFile(path)
    },
    async syncDir(path) {
      hit('syncDir', path)
      await nodeFileSystem.syncDir(path)
    },
  }
}
