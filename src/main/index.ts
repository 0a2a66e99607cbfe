import { app, ipcMain, Menu, type BrowserWindow } from 'electron'
import { join } from 'node:path'
import { registerAppScheme, serveAppProtocol } from './app/protocol'
import { guardWebContents, hardenSession } from './app/security'
import { createMainWindow, preloadPath } from './app/window'
import { buildAppMenu, type MenuCommand } from './app/menu'
import { createElectronPlatform } from './platform/electron-platform'
import { isAppFrame, registerIpc } from './ipc/register'
import { createHandlers } from './ipc/handlers'

// Composition root: wire services, window, menu and IPC. No logic of its own.
const devServerUrl = !app.isPackaged && process.env['ELECTRON_RENDERER_URL'] ? process.env['ELECTRON_RENDERER_URL'] : null
const devOrigin = devServerUrl ? new URL(devServerUrl).origin : null

if (process.env['BRIEFWRIGHT_USER_DATA']) app.setPath('userData', process.env['BRIEFWRIGHT_USER_DATA'])
registerAppScheme()

if (!app.requestSingleInstanceLock()) {
  app.quit()
} else {
  let win: BrowserWindow | null = null
  let closeApproved = false

  const send = (command: MenuCommand) => win?.webContents.send('menu:command', command)
  const platform = createElectronPlatform(
    () => win,
    (proceed) => {
      if (!proceed || !win) return
      closeApproved = true
      win.close()
    },
  )
  const services = createHandlers({ platform, onRecentChanged: () => refreshMenu(), importWorkerPath: join(__dirname, 'import-worker.js') })

  const refreshMenu = () => {
    void services.recentMenuItems().then((recent) => {
      Menu.setApplicationMenu(
        buildAppMenu(send, {
          isMac: process.platform === 'darwin',
          dev: !app.isPackaged,
          recent: recent.map((r) => ({ label: r.label, open: () => win?.webContents.send('menu:command', `file:openRecent:${r.fileId}`) })),
        }),
      )
    })
  }

  app.on('second-instance', () => {
    if (!win) return
    if (win.isMinimized()) win.restore()
    win.focus()
  })

  guardWebContents(devOrigin)

  void app.whenReady().then(() => {
    hardenSession(undefined, devOrigin)
    serveAppProtocol(join(__dirname, '../renderer'))
    registerIpc(ipcMain, services.handlers, (frame) => isAppFrame(frame) || (devOrigin !== null && isDevFrame(frame, devOrigin)))
    refreshMenu()
    win = createMainWindow({ userDataDir: platform.userDataDir, preloadPath: preloadPath(__dirname), devServerUrl })
    services.watchOpenFiles((event) => win?.webContents.send('file:changedOnDisk', event))
    win.on('close', (e) => {
      if (closeApproved) return
      e.preventDefault()
      win?.webContents.send('app:closeRequested', {})
    })
    win.on('closed', () => {
      win = null
      closeApproved = false
    })
  })

  app.on('window-all-closed', () => app.quit())
}

function isDevFrame(frame: unknown, origin: string): boolean {
  const url = (frame as { url?: unknown } | null)?.url
  return typeof url === 'string' && url.startsWith(origin + '/')
}
