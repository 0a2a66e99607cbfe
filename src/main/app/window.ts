import { BrowserWindow, screen } from 'electron'
import { join } from 'node:path'
import { APP_ORIGIN, SECURE_WEB_PREFERENCES } from './security-policy'
import { loadWindowState, saveWindowState } from './window-state'

/** Creates the main window with the checklist's web preferences and remembers its bounds. */
export function createMainWindow(opts: { userDataDir: string; preloadPath: string; devServerUrl: string | null }): BrowserWindow {
  const state = loadWindowState(opts.userDataDir)
  const onScreen =
    state.x !== undefined &&
    state.y !== undefined &&
    screen.getAllDisplays().some((d) => {
      const a = d.workArea
      return state.x! >= a.x - 50 && state.y! >= a.y - 50 && state.x! < a.x + a.width && state.y! < a.y + a.height
    })
  const win = new BrowserWindow({
    width: state.width,
    height: state.height,
    ...(onScreen ? { x: state.x, y: state.y } : {}),
    minWidth: 800,
    minHeight: 560,
    show: false,
    title: 'Briefwright',
    backgroundColor: '#f6f5f2',
    webPreferences: { ...SECURE_WEB_PREFERENCES, preload: opts.preloadPath },
  })
  if (state.maximized) win.maximize()
  win.once('ready-to-show', () => win.show())

  let saveTimer: NodeJS.Timeout | undefined
  const rememberBounds = () => {
    clearTimeout(saveTimer)
    saveTimer = setTimeout(() => {
      if (win.isDestroyed()) return
      const b = win.getNormalBounds()
      void saveWindowState(opts.userDataDir, { ...b, maximized: win.isMaximized() }).catch(() => {})
    }, 500)
  }
  win.on('resize', rememberBounds)
  win.on('move', rememberBounds)
  win.on('maximize', rememberBounds)
  win.on('unmaximize', rememberBounds)

  void win.loadURL(opts.devServerUrl ?? `${APP_ORIGIN}/index.html`)
  return win
}

/** Path of the built preload next to the main bundle. */
export function preloadPath(mainDir: string): string {
  return join(mainDir, '../preload/index.cjs')
}
