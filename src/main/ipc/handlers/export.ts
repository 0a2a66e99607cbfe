import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import { AppError } from '../../../shared/ipc/errors'
import type { Briefing } from '../../../shared/model'
import { exportBriefingDocx, OrgStylesError, readOrgStyles } from '../../../shared/export/docx'
import { findTemplate } from '../../../shared/templates'
import type { Platform } from '../../platform/types'
import type { Handlers } from '../dispatch'
import { writeFileAtomic } from '../../services/briefing-file'
import type { ExportSettingsStore } from '../../services/export-settings'

export type ExportChannel = 'docx:export' | 'docx:preview' | 'docx:chooseStyles' | 'docx:clearStyles'

export interface ExportHandlerDeps {
  platform: Platform
  settings: ExportSettingsStore
}

/** Handlers for Word export: preview bytes, export to a path main asks for, and the organisation style file. */
export function createExportHandlers({ platform, settings }: ExportHandlerDeps): Pick<Handlers, ExportChannel> {
  const orgStyles = async (): Promise<Uint8Array | undefined> => {
    const { orgStylesPath } = await settings.read()
    if (!orgStylesPath) return undefined
    try {
      return new Uint8Array(await readFile(orgStylesPath))
    } catch {
      throw new AppError('not-found', `The organisation style file ${basename(orgStylesPath)} can no longer be read. Choose it again, or export without it.`)
    }
  }
  const render = async (briefing: Briefing, useOrgStyles: boolean) =>
    exportBriefingDocx(briefing, {
      template: findTemplate(briefing.meta.template),
      styleSource: useOrgStyles ? await orgStyles() : undefined,
      now: platform.now(),
    })

  return {
    'docx:preview': async ({ briefing }) => render(briefing, true),
    'docx:export': async ({ briefing, suggestedName, useOrgStyles }) => {
      const path = await platform.chooseDocxSavePath(suggestedName.endsWith('.docx') ? suggestedName : `${suggestedName}.docx`)
      if (!path) return null
      const { bytes, warnings } = await render(briefing, useOrgStyles)
      await writeFileAtomic(path, bytes)
      return { name: basename(path), warnings }
    },
    'docx:chooseStyles': async () => {
      const path = await platform.chooseStyleTemplate()
      if (!path) {
        const { orgStylesPath } = await settings.read()
        return { name: orgStylesPath ? basename(orgStylesPath) : null }
      }
      try {
        readOrgStyles(new Uint8Array(await readFile(path)))
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
