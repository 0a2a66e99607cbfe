import { EventEmitter } from 'node:events'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import type * as Register from '../../src/main/ipc/register'

// Protects the wiring (every checklist item depends on it): the composition root really registers
// app:// before ready, seals the session and guards every web contents, serves the UI over app:// and
// registers IPC with a sender check that refuses foreign frames — in production, with no dev server.
// The hardening functions are unit-tested beside them; here they are spied to see that main calls them.

const calls = vi.hoisted(() => ({
  registerAppScheme: 0,
  serveAppProtocol: [] as string[],
  hardenSession: [] as unknown[][],
  guardWebContents: [] as unknown[][],
  registerIpc: [] as { channels: number; isOurFrame: (frame: unknown) => boolean }[],
  windows: [] as { devServerUrl: string | null }[],
}))

vi.mock('../../src/main/app/protocol', () => ({
  registerAppScheme: () => void calls.registerAppScheme++,
  serveAppProtocol: (dir: string) => void calls.serveAppProtocol.push(dir),
}))
vi.mock('../../src/main/app/security', () => ({
  hardenSession: (...args: unknown[]) => void calls.hardenSession.push(args),
  guardWebContents: (...args: unknown[]) => void calls.guardWebContents.push(args),
}))
vi.mock('../../src/main/app/window', () => ({
  preloadPath: () => '/out/preload/index.cjs',
  createMainWindow: (opts: { devServerUrl: string | null }) => {
    calls.windows.push(opts)
    return Object.assign(new EventEmitter(), { webContents: { send: () => {} } })
  },
}))
vi.mock('../../src/main/ipc/register', async (importOriginal) => {
  const real = await importOriginal<typeof Register>()
  return {
    ...real,
    registerIpc: (_ipc: unknown, handlers: object, isOurFrame: (frame: unknown) => boolean) => {
      calls.registerIpc.push({ channels: Object.keys(handlers).length, isOurFrame })
      return () => {}
    },
  }
})

beforeAll(async () => {
  delete process.env['ELECTRON_RENDERER_URL']
  await import('../../src/main/index')
  // Let app.whenReady() (resolved at once by the mock) run its callback.
  await new Promise((r) => setTimeout(r, 50))
})

describe('main process composition', () => {
  it('registers the app:// scheme and guards every web contents before the app is ready', () => {
    expect(calls.registerAppScheme).toBe(1)
    expect(calls.guardWebContents).toEqual([[null]])
  })

  it('seals the default session with no dev-server allowance', () => {
    expect(calls.hardenSession).toEqual([[undefined, null]])
  })

  it('serves the built renderer over app:// and loads the window from it (no dev server URL)', () => {
    expect(calls.serveAppProtocol).toHaveLength(1)
    expect(calls.serveAppProtocol[0]).toMatch(/renderer$/)
    expect(calls.windows).toEqual([expect.objectContaining({ devServerUrl: null })])
  })

  it('registers every channel with a sender check that accepts only our top-level app:// frame', async () => {
    const { CHANNELS } = await import('../../src/shared/ipc/channels')
    expect(calls.registerIpc).toHaveLength(1)
    const { channels, isOurFrame } = calls.registerIpc[0]!
    expect(channels).toBe(CHANNELS.length)
    expect(isOurFrame({ url: 'app://briefwright/index.html', parent: null })).toBe(true)
    for (const frame of [{ url: 'http://localhost:5173/', parent: null }, { url: 'https://evil.example/', parent: null }, { url: 'app://briefwright/index.html', parent: {} }, null]) {
      expect(isOurFrame(frame)).toBe(false)
    }
  })
})
