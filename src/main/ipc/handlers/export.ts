import { basename } from 'node:path'
import { AppError } from '../../../shared/ipc/errors'
import { OrgStylesError, readOrgStyles } from '../../../shared/export/docx'
import type { Platform } from '../../platform/types'
import type { Handlers } from '../dispatch'
import { exportDocxToFile, readStyleFile, renderDocx } from '../../services/docx-export'
import type { ExportSettingsStore } from '../../services/export-settings'

export type ExportChannel = 'docx:export' | 'docx:preview' | 'docx:chooseStyles' | 'docx:clearStyles'

export interface ExportHandlerDeps {
  platform: Platform
  settings: ExportSettingsStore
}

/** Handlers for Word export: preview bytes, export to a path main asks for, and the organisation style file. */
export function createExportHandlers({ platform, settings }: ExportHandlerDeps): Pick<Handlers, ExportChannel> {
  const styleFile = async (use: boolean) => (use ? (await settings.read()).orgStylesPath : null)
  return {
    'docx:preview': async ({ briefing }) => renderDocx(briefing, { styleFile: await styleFile(true), now: platform.now() }),
    'docx:export': async ({ briefing, suggestedName, useOrgStyles }) => {
      const path = await platform.chooseDocxSavePath(suggestedName.endsWith('.docx') ? suggestedName : `${suggestedName}.docx`)
      if (!path) return null
      const report = await exportDocxToFile(briefing, path, { styleFile: await styleFile(useOrgStyles), now: platform.now() })
      return { name: basename(report.path), warnings: report.warnings }
    },
    'docx:chooseStyles': async () => {
      const path = await platform.chooseStyleTemplate()
      if (!path) {
        const { orgStylesPath } = await settings.read()
        return { name: orgStylesPath ? basename(orgStylesPath) : null }
      }
      // Refuse a file whose styles cannot be read now, rather than at the next export.
      try {
        readOrgStyles(await readStyleFile(path))
      } catch (e) {
        if (e instanceof OrgStylesError) throw new AppError('unsupported', `${basename(path)}: ${e.message}`)
        throw e
      }
      await settings.write({ orgStylesPath: path })
      return { name: basename(path) }
    },
    'docx:clearStyles': async () => {
      await settings.write({ orgStylesPath: null })
      return {}
    },
  }
}
