import { afterEach, describe, expect, it } from 'vitest'
import { CHANNELS } from '../../shared/ipc/channels'
import { AppError, type Result } from '../../shared/ipc/errors'
import { BriefingLoadError } from '../../shared/model/load'
import { recordingHandlers } from '../../../test/security/recording-handlers'
import { isAppFrame, registerIpc, type IpcLike } from './register'

// Protects IPC sender validation and payload checking (checklist: IPC sender validation): a request
// from any frame but our top-level app:// frame is refused before its handler runs, a malformed
// payload is refused with a clear bad-request, a good one is served, and a handler's throw crosses
// as { code, message } instead of an exception.

const APP_FRAME = { url: 'app://briefwright/index.html', parent: null }
type Listener = Parameters<IpcLike['handle']>[1]

/** Stands in for ipcMain: keeps the registered listeners and calls them as Electron would. */
class FakeIpc implements IpcLike {
  readonly handlers = new Map<string, Listener>()
  handle(channel: string, listener: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`second handler for ${channel}`)
    this.handlers.set(channel, listener)
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel)
  }
  invoke(channel: string, event: { senderFrame?: unknown }, payload: unknown): Promise<unknown> {
    const l = this.handlers.get(channel)
    if (!l) throw new Error(`no handler for ${channel}`)
    return l(event, payload)
  }
}
const fakeIpc = new FakeIpc()

function register(answer?: Parameters<typeof recordingHandlers>[0]) {
  const rec = recordingHandlers(answer)
  const unregister = registerIpc(fakeIpc, rec.handlers, isAppFrame)
  return { ...rec, unregister, call: (channel: string, payload: unknown, ...frame: unknown[]) =>
      fakeIpc.invoke(channel, { senderFrame: frame.length ? frame[0] : APP_FRAME }, payload) as Promise<Result<unknown>> }
}

describe('registerIpc', () => {
  let unregister: (() => void) | null = null
  afterEach(() => {
    unregister?.()
    unregister = null
  })

  it('registers exactly one handler per contract channel and removes them all', () => {
    const r = register()
    unregister = r.unregister
    expect([...fakeIpc.handlers.keys()].sort()).toEqual([...CHANNELS].sort())
    r.unregister()
    unregister = null
    expect(fakeIpc.handlers.size).toBe(0)
  })

  it.each([
    ['a remote page', { url: 'https://evil.example/', parent: null }],
    ['a file:// page', { url: 'file:///tmp/x.html', parent: null }],
    ['another app host', { url: 'app://evil/index.html', parent: null }],
    ['a subframe of our page', { url: 'app://briefwright/index.html', parent: { url: 'app://briefwright/index.html' } }],
    ['a frame without url', { parent: null }],
    ['no frame (destroyed)', undefined],
    ['null', null],
  ])('refuses a request from %s with forbidden, before the handler runs', async (_name, frame) => {
    const r = register(() => ({ version: '1', platform: 'linux' }))
    unregister = r.unregister
    const result = await r.call('app:info', {}, frame)
    expect(result).toEqual({ ok: false, error: { code: 'forbidden', message: expect.stringContaining('unknown sender') } })
    expect(r.calls).toEqual([])
  })

  it.each([
    ['a wrong type', 'window:setTitle', { title: 42, edited: true }],
    ['a missing field', 'window:setTitle', { title: 'x' }],
    ['an extra field', 'window:setTitle', { title: 'x', edited: false, path: '/etc/passwd' }],
    ['an over-long string', 'window:setTitle', { title: 'x'.repeat(301), edited: false }],
    ['a raw path instead of a file id', 'briefing:openRecent', { fileId: '/etc/passwd' }],
    ['a traversal in a file id', 'briefing:openRecent', { fileId: 'f_../../etc/passwd' }],
    ['a non-object payload', 'shell:openExternal', 'https://example.com'],
    ['an array payload', 'recent:list', []],
  ])('refuses %s with bad-request and a message naming the field', async (_name, channel, payload) => {
    const r = register()
    unregister = r.unregister
    const result = await r.call(channel, payload)
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.error.code).toBe('bad-request')
    expect(result.error.message).toContain(channel)
    expect(r.calls).toEqual([])
  })

  it('serves a good request from our frame and passes the parsed payload', async () => {
    const r = register((channel) => (channel === 'window:setTitle' ? {} : { version: '1.2.3', platform: 'linux' }))
    unregister = r.unregister
    expect(await r.call('app:info', undefined)).toEqual({ ok: true, value: { version: '1.2.3', platform: 'linux' } })
    expect(await r.call('window:setTitle', { title: 'Draft', edited: true })).toEqual({ ok: true, value: {} })
    expect(r.calls).toEqual([
      { channel: 'app:info', request: {} },
      { channel: 'window:setTitle', request: { title: 'Draft', edited: true } },
    ])
  })

  it.each([
    ['an AppError', new AppError('not-found', 'Gone.'), { code: 'not-found', message: 'Gone.' }],
    ['a BriefingLoadError', new BriefingLoadError('not-json', 'Not JSON.'), { code: 'corrupt', message: 'Not JSON.' }],
    ['a newer-version load error', new BriefingLoadError('newer-version', 'Too new.'), { code: 'newer-version', message: 'Too new.' }],
    ['ENOENT', Object.assign(new Error('x'), { code: 'ENOENT', path: '/a' }), { code: 'not-found', message: expect.any(String) }],
    ['EACCES', Object.assign(new Error('x'), { code: 'EACCES' }), { code: 'permission-denied', message: expect.any(String) }],
    ['ENOSPC', Object.assign(new Error('x'), { code: 'ENOSPC' }), { code: 'disk-full', message: expect.any(String) }],
    ['a plain Error', new Error('boom'), { code: 'internal', message: expect.stringContaining('boom') }],
    ['a thrown string', 'weird', { code: 'internal', message: expect.stringContaining('weird') }],
    ['a thrown null', null, { code: 'internal', message: expect.any(String) }],
  ])('turns %s thrown by a handler into { code, message }', async (_name, thrown, error) => {
    const r = register(() => {
      throw thrown
    })
    unregister = r.unregister
    const result = await r.call('app:info', {})
    expect(result).toEqual({ ok: false, error })
  })

  it('refuses a handler answer that breaks the response schema instead of passing it on', async () => {
    const r = register(() => ({ version: 1, secret: '/etc/passwd' }))
    unregister = r.unregister
    expect(await r.call('app:info', {})).toEqual({ ok: false, error: { code: 'internal', message: expect.stringContaining('invalid response') } })
  })
})

describe('isAppFrame', () => {
  it('accepts only a top-level frame of app://briefwright', () => {
    expect(isAppFrame(APP_FRAME)).toBe(true)
    expect(isAppFrame({ url: 'app://briefwright/index.html#x', parent: undefined })).toBe(true)
    expect(isAppFrame({ url: 'app://briefwright/index.html', parent: {} })).toBe(false)
    expect(isAppFrame({ url: 'app://briefwright.evil/', parent: null })).toBe(false)
    expect(isAppFrame({ url: 42, parent: null })).toBe(false)
    expect(isAppFrame('app://briefwright/')).toBe(false)
  })
})
