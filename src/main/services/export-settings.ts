import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'
import { writeFileAtomic } from './briefing-file'

const ExportSettings = z.object({ orgStylesPath: z.string().nullable().default(null) })
export type ExportSettings = z.infer<typeof ExportSettings>

/** Export preferences kept in the app's data folder (which organisation style file to use). */
export class ExportSettingsStore {
  private readonly file: string
  constructor(userDataDir: string) {
    this.file = join(userDataDir, 'export-settings.json')
  }

  /** The saved settings, or defaults when none were saved or the file is damaged. */
  async read(): Promise<ExportSettings> {
    try {
      return ExportSettings.parse(JSON.parse(await readFile(this.file, 'utf8')))
    } catch {
      return { orgStylesPath: null }
    }
  }

  async write(settings: ExportSettings): Promise<void> {
    await writeFileAtomic(this.file, JSON.stringify(ExportSettings.parse(settings), null, 2))
  }
}
