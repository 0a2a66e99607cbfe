/**
 * Child-process helper for briefing-file.test.ts: writes a large file with the real writeFileAtomic so
 * the test can kill this process in the middle of the write.
 *   argv: TARGET MB MODE   MODE = 'pause' (stop after half the bytes, tell the parent, wait to be killed)
 *                                | 'run'   (tell the parent, then write at full speed)
 */
import { nodeFileSystem, writeFileAtomic, type FileSystem } from './briefing-file'

const [target, mbText, mode] = process.argv.slice(2)
if (!target || !mbText || (mode !== 'pause' && mode !== 'run')) throw new Error('usage: TARGET MB pause|run')
const data = Buffer.alloc(Number(mbText) * 1024 * 1024, 'n')
const tell = (message: string): void => {
  process.send?.(message)
}

const pausing: FileSystem = {
  ...nodeFileSystem,
  async createExclusive(path, mode) {
    const file = await nodeFileSystem.createExclusive(path, mode)
    return {
      ...file,
      async write(bytes) {
        await file.write(bytes.subarray(0, bytes.length >> 1))
        tell('half-written')
        await new Promise<never>(() => {})
      },
    }
  },
}

tell('ready')
void writeFileAtomic(target, data, { fs: mode === 'pause' ? pausing : nodeFileSystem }).then(() => tell('done'))
