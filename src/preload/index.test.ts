import { beforeAll, describe, expect, it, vi } from 'vitest'
import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { CHANNELS, EVENTS } from '../shared/ipc/channels'

// Protects the preload bridge (checklist: no raw ipcRenderer or Node API exposed): the page gets one
// frozen `api` object with exactly invoke/on/grantDroppedFile; invoke reaches only contract channels
// and never the preload-only 'drop:grant'; events are an allow-list; a dropped file crosses as the
// path Electron gives for it, never a path the page chose.

type Api = {
  invoke(channel: string, payload?: unknown): Promise<unknown>
  on(event: string, listener: (payload: unknown) => void): () => void
  grantDroppedFile(file: unknown): Promise<unknown>
}

const exposed: { key: string; api: Api }[] = []
const invoked: unknown[][] = []
const listeners = new Map<string, ((...args: unknown[]) => void)[]>()

beforeAll(async () => {
  vi.spyOn(contextBridge, 'exposeInMainWorld').mockImplementation((key: string, api: unknown) => void exposed.push({ key, api: api as Api }))
  vi.spyOn(ipcRenderer, 'invoke').mockImplementation(async (...args: unknown[]) => {
    invoked.push(args)
    return { ok: true, value: 'from main' }
  })
  vi.spyOn(ipcRenderer, 'on').mockImplementation(((event: string, l: (...args: unknown[]) => void) => {
    listeners.set(event, [...(listeners.get(event) ?? []), l])
  }) as unknown as typeof ipcRenderer.on)
  vi.spyOn(ipcRenderer, 'removeListener').mockImplementation(((event: string, l: (...args: unknown[]) => void) => {
    listeners.set(event, (listeners.get(event) ?? []).filter((x) => x !== l))
  }) as unknown as typeof ipcRenderer.removeListener)
  vi.spyOn(webUtils, 'getPathForFile').mockImplementation((file: unknown) => ((file as { onDisk?: string }).onDisk ?? ''))
  await import('./index')
})

function api(): Api {
  return exposed[0]!.api
}

describe('preload bridge', () => {
  it('exposes one frozen object, window.api, with exactly invoke, on and grantDroppedFile', () => {
    expect(exposed).toHaveLength(1)
    expect(exposed[0]!.key).toBe('api')
    expect(Object.keys(api()).sort()).toEqual(['grantDroppedFile', 'invoke', 'on'])
    expect(Object.isFrozen(api())).toBe(true)
    for (const value of Object.values(api())) expect(typeof value).toBe('function')
  })

  it('does not hand out ipcRenderer, webUtils or any Node object', () => {
    const values = Object.values(api())
    expect(values).not.toContain(ipcRenderer)
    expect(values).not.toContain(ipcRenderer.invoke)
    expect(values).not.toContain(webUtils)
  })

  it('forwards every contract channel except drop:grant to main', async () => {
    for (const channel of CHANNELS.filter((c) => c !== 'drop:grant')) {
      invoked.length = 0
      await expect(api().invoke(channel, { x: 1 })).resolves.toEqual({ ok: true, value: 'from main' })
      expect(invoked).toEqual([[channel, { x: 1 }]])
    }
  })

  it.each(['drop:grant', 'unknown', 'ELECTRON_BROWSER_REQUIRE', '__proto__', 'constructor', 'app:info ', '', 'APP:INFO'])('rejects invoke on %j without reaching main', async (channel) => {
    invoked.length = 0
    await expect(api().invoke(channel, { path: '/etc/passwd' })).rejects.toThrow(/Unknown channel/)
    expect(invoked).toEqual([])
  })

  it('sends {} when the payload is missing', async () => {
    invoked.length = 0
    await api().invoke('app:info')
    expect(invoked).toEqual([['app:info', {}]])
  })

  it('subscribes only to known events, passes the payload without the IPC event object and unsubscribes', () => {
    for (const event of EVENTS) {
      const got: unknown[] = []
      const off = api().on(event, (p) => got.push(p))
      listeners.get(event)!.forEach((l) => l({ sender: 'ipc event object' }, { n: 1 }))
      expect(got).toEqual([{ n: 1 }])
      off()
      expect(listeners.get(event)).toEqual([])
    }
    expect(() => api().on('ELECTRON_BROWSER_REQUIRE', () => {})).toThrow(/Unknown event/)
    expect(() => api().on('drop:grant', () => {})).toThrow(/Unknown event/)
  })

  it('grants a dropped file by the path Electron reports for it, not by anything the page says', async () => {
    invoked.length = 0
    await api().grantDroppedFile({ onDisk: '/home/u/article.html', name: '../../etc/passwd', path: '/etc/shadow' })
    expect(invoked).toEqual([['drop:grant', { path: '/home/u/article.html' }]])
  })

  it('refuses a File that is not on disk (made by the page) without asking main', async () => {
    invoked.length = 0
    await expect(api().grantDroppedFile({ name: '/etc/passwd' })).resolves.toEqual({ ok: false, error: { code: 'bad-request', message: expect.any(String) } })
    expect(invoked).toEqual([])
  })
})
