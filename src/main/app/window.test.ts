import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

// Protects the main window's creation (checklist: every window gets the secure web preferences and
// loads the UI from app://, never file://). BrowserWindow is captured so its options can be read.

const created: { options: { webPreferences?: Record<string, unknown> }; loaded: string[] }[] = []

vi.mock('electron', async () => {
  const { EventEmitter } = await import('node:events')
  class BrowserWindow extends EventEmitter {
    readonly record: { options: { webPreferences?: Record<string, unknown> }; loaded: string[] }
    constructor(options: { webPreferences?: Record<string, unknown> }) {
      super()
      this.record = { options, loaded: [] }
      created.push(this.record)
    }
    maximize() {}
    isDestroyed() {
      return false
    }
    async loadURL(url: string) {
      this.record.loaded.push(url)
    }
  }
  return { BrowserWindow, screen: { getAllDisplays: () => [] } }
})

const { createMainWindow } = await import('./window')
const { SECURE_WEB_PREFERENCES } = await import('./security-policy')

describe('createMainWindow', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bw-window-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('applies every secure web preference and only adds the preload path', () => {
    created.length = 0
    createMainWindow({ userDataDir: dir, preloadPath: '/app/out/preload/index.cjs', devServerUrl: null })
    const prefs = created[0]!.options.webPreferences!
    expect(prefs).toEqual({ ...SECURE_WEB_PREFERENCES, preload: '/app/out/preload/index.cjs' })
  })

  it('loads the UI from app://briefwright, not file://', () => {
    created.length = 0
    createMainWindow({ userDataDir: dir, preloadPath: '/p.cjs', devServerUrl: null })
    expect(created[0]!.loaded).toEqual(['app://briefwright/index.html'])
  })
})
