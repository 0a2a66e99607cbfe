/**
 * A stand-in for the parts of Electron that main-process modules import, so their unit tests run in
 * plain Node. Tests reach the fakes through these exports and reset them in `beforeEach`.
 */
import { EventEmitter } from 'node:events'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

type Handler = (event: unknown, ...args: unknown[]) => unknown

class FakeIpcMain extends EventEmitter {
  readonly handlers = new Map<string, Handler>()
  handle(channel: string, handler: Handler): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`)
    this.handlers.set(channel, handler)
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }
  /** Test helper: call a registered handler as the renderer would. */
  async invoke(channel: string, event: unknown, ...args: unknown[]): Promise<unknown> {
    const handler = this.handlers.get(channel)
    if (!handler) throw new Error(`No handler for ${channel}`)
    return handler(event, ...args)
  }
}

export const ipcMain = new FakeIpcMain()

let userData = join(tmpdir(), 'briefwright-test-userdata')
export const app = Object.assign(new EventEmitter(), {
  getPath: (name: string) => (name === 'userData' ? userData : join(tmpdir(), `briefwright-test-${name}`)),
  setPath: (name: string, value: string) => {
    if (name === 'userData') userData = value
  },
  getVersion: () => '0.0.0-test',
  getName: () => 'Briefwright',
  isPackaged: false,
  addRecentDocument: (_path: string) => {},
  clearRecentDocuments: () => {},
  requestSingleInstanceLock: () => true,
  whenReady: () => Promise.resolve(),
  quit: () => {},
})

export const dialog = {
  showOpenDialog: async (..._args: unknown[]) => ({ canceled: true, filePaths: [] as string[] }),
  showSaveDialog: async (..._args: unknown[]) => ({ canceled: true, filePath: undefined as string | undefined }),
  showMessageBox: async (..._args: unknown[]) => ({ response: 0, checkboxChecked: false }),
  showErrorBox: (_title: string, _content: string) => {},
}

export const shell = {
  openExternal: async (_url: string) => {},
  showItemInFolder: (_path: string) => {},
}

export const session = { defaultSession: { webRequest: { onBeforeRequest: () => {} }, setPermissionRequestHandler: () => {}, setPermissionCheckHandler: () => {} } }
export const protocol = { handle: () => {}, registerSchemesAsPrivileged: () => {} }
export const net = { fetch: async () => new Response('') }
export const Menu = { buildFromTemplate: (t: unknown) => t, setApplicationMenu: () => {} }
export class BrowserWindow extends EventEmitter {
  static getAllWindows(): BrowserWindow[] {
    return []
  }
  static fromWebContents(): BrowserWindow | null {
    return null
  }
}
export const contextBridge = { exposeInMainWorld: (_key: string, _api: unknown) => {} }
export const ipcRenderer = { invoke: async (..._args: unknown[]) => undefined, on: () => {}, removeListener: () => {} }
export const webUtils = { getPathForFile: (_file: unknown) => '' }

export default { ipcMain, app, dialog, shell, session, protocol, net, Menu, BrowserWindow, contextBridge, ipcRenderer, webUtils }
