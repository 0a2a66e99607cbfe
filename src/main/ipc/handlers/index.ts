import type { Platform } from '../../platform/types'
import type { Handlers } from '../dispatch'
import { createFileHandlers, createFileServices, watchOpenFiles } from './files'
import { createImportHandlers } from './import'
import { createExportHandlers } from './export'
import { ExportSettingsStore } from '../../services/export-settings'

export interface HandlerDeps {
  platform: Platform
  /** Called when the recent-files list changed (the app rebuilds its Open Recent menu). */
  onRecentChanged: () => void
  /** The built import worker script; null runs imports in-process (unit tests). */
  importWorkerPath?: string | null
}

/** Builds every service and the handler for every IPC channel: what main registers and tests bridge. */
export function createHandlers(deps: HandlerDeps) {
  const { platform } = deps
  const services = createFileServices(platform)
  const handlers: Handlers = {
    ...createFileHandlers({ ...services, platform, onRecentChanged: deps.onRecentChanged }),
    ...createImportHandlers({ platform, registry: services.registry, workerPath: deps.importWorkerPath ?? null }),
    ...createExportHandlers({ platform, settings: new ExportSettingsStore(platform.userDataDir) }),
  }
  return {
    handlers,
    /** The recent files as menu entries (label and the id the renderer opens them by). */
    recentMenuItems: async () => (await handlers['recent:list']({})).map((f) => ({ label: f.name, fileId: f.fileId })),
    /** Watches open briefings for changes by other programs. */
    watchOpenFiles: (onChange: (event: { fileId: string; name: string }) => void) => watchOpenFiles(services, onChange),
  }
}
