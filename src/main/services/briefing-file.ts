import { open, rename, unlink, readFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { randomBytes } from 'node:crypto'
import { parseBriefing, serializeBriefing, type Briefing } from '../../shared/model'

/**
 * Writes `data` to `path` atomically: a temp file in the same folder, fsync, then rename over the
 * target, so a reader sees either the old file or the new one, never half of either.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  const handle = await open(temp, 'wx', 0o644)
  try {
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, path)
  } catch (e) {
    await unlink(temp).catch(() => {})
    throw e
  }
}

/** Reads and validates a `.brief` file (throws BriefingLoadError or a Node fs error). */
export async function readBriefingFile(path: string): Promise<Briefing> {
  return parseBriefing(await readFile(path, 'utf8'))
}

/** Saves a briefing atomically. */
export async function writeBriefingFile(path: string, briefing: Briefing): Promise<void> {
  await writeFileAtomic(path, serializeBriefing(briefing))
}
