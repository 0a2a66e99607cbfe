import { EventEmitter } from 'node:events'
import { afterEach, describe, expect, it } from 'vitest'
import type { Session, WebContents } from 'electron'
import { app } from 'electron'
import { blockedRequests, guardWebContents, hardenSession, MAX_BLOCKED_KEPT } from './security'

// Protects the way the policy is applied to Electron: the session cancels every non-app request and
// denies every permission, Chromium's dictionary download is off, and every web contents refuses
// navigation, redirects, webviews and new windows. Electron is the vitest mock; these are fakes of it.

type RequestListener = (details: { url: string }, callback: (r: { cancel: boolean }) => void) => void
type PermissionHandler = (wc: unknown, permission: string, callback: (granted: boolean) => void, details: unknown) => void

class FakeSession {
  requestListener: RequestListener | null = null
  permissionHandler: PermissionHandler | null = null
  checkHandler: ((...args: unknown[]) => boolean) | null = null
  spellCheckerEnabled = true
  dictionaryUrl: string | null = null
  readonly webRequest = { onBeforeRequest: (l: RequestListener) => void (this.requestListener = l) }
  setPermissionRequestHandler(h: PermissionHandler) {
    this.permissionHandler = h
  }
  setPermissionCheckHandler(h: (...args: unknown[]) => boolean) {
    this.checkHandler = h
  }
  setSpellCheckerEnabled(on: boolean) {
    this.spellCheckerEnabled = on
  }
  setSpellCheckerDictionaryDownloadURL(url: string) {
    this.dictionaryUrl = url
  }
  /** What the session decides for a request, as Chromium would ask it. */
  decide(url: string): boolean {
    let cancel: boolean | undefined
    this.requestListener!({ url }, (r) => (cancel = r.cancel))
    if (cancel === undefined) throw new Error('the listener never answered')
    return !cancel
  }
}

function hardened(dev: string | null = null): FakeSession {
  const ses = new FakeSession()
  hardenSession(ses as unknown as Session, dev)
  return ses
}

describe('hardenSession', () => {
  afterEach(() => {
    blockedRequests.length = 0
  })

  it('cancels every request outside the app origin and records it (offline guarantee)', () => {
    const ses = hardened()
    const outside = ['https://example.com/', 'http://127.0.0.1/', 'wss://example.com/', 'file:///etc/passwd', 'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic']
    for (const url of outside) expect(ses.decide(url)).toBe(false)
    expect(blockedRequests).toEqual(outside)
  })

  it('keeps only the most recent blocked URLs, each cut to 2 kB, however many a page sends', () => {
    const ses = hardened()
    for (let i = 0; i < MAX_BLOCKED_KEPT * 5; i++) ses.decide(`https://spam.example/${i}`)
    ses.decide('https://spam.example/' + 'x'.repeat(100_000))
    expect(blockedRequests).toHaveLength(MAX_BLOCKED_KEPT)
    expect(blockedRequests.at(-2)).toBe(`https://spam.example/${MAX_BLOCKED_KEPT * 5 - 1}`)
    expect(blockedRequests.at(-1)!.length).toBe(2048)
  })

  it('lets the app origin and in-memory resources through without recording them', () => {
    const ses = hardened()
    expect(ses.decide('app://briefwright/index.html')).toBe(true)
    expect(ses.decide('app://briefwright/assets/index.js')).toBe(true)
    expect(ses.decide('data:image/png;base64,AA==')).toBe(true)
    expect(blockedRequests).toEqual([])
  })

  it('allows the dev server only when one is given', () => {
    expect(hardened('http://localhost:5173').decide('http://localhost:5173/src/main.tsx')).toBe(true)
    expect(hardened(null).decide('http://localhost:5173/src/main.tsx')).toBe(false)
  })

  it.each(['media', 'geolocation', 'notifications', 'midi', 'midiSysex', 'pointerLock', 'fullscreen', 'openExternal', 'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'hid', 'serial', 'usb', 'unknown'])(
    'denies the %s permission request',
    (permission) => {
      const ses = hardened()
      let granted: boolean | undefined
      ses.permissionHandler!({}, permission, (g) => (granted = g), { requestingUrl: 'app://briefwright/index.html' })
      expect(granted).toBe(false)
    },
  )

  it('answers every permission check with false', () => {
    const ses = hardened()
    for (const p of ['media', 'geolocation', 'notifications', 'hid', 'serial', 'usb']) expect(ses.checkHandler!({}, p, 'app://briefwright', {})).toBe(false)
  })

  it("turns Chromium's spell checker off and points its dictionary download at a dead address", () => {
    const ses = hardened()
    expect(ses.spellCheckerEnabled).toBe(false)
    expect(ses.dictionaryUrl).not.toBeNull()
    expect(new URL(ses.dictionaryUrl!).hostname.endsWith('.invalid')).toBe(true)
  })
})

class FakeContents extends EventEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: string }) | null = null
  setWindowOpenHandler(h: (details: { url: string }) => { action: string }) {
    this.windowOpenHandler = h
  }
  /** Emits an event the way Electron does and reports whether a listener prevented it. */
  fire(name: string, ...args: unknown[]): boolean {
    let prevented = false
    this.emit(name, { preventDefault: () => (prevented = true) }, ...args)
    return prevented
  }
}

describe('guardWebContents', () => {
  function contents(dev: string | null = null): FakeContents {
    app.removeAllListeners('web-contents-created')
    guardWebContents(dev)
    const wc = new FakeContents()
    app.emit('web-contents-created', {}, wc as unknown as WebContents)
    return wc
  }
  afterEach(() => {
    app.removeAllListeners('web-contents-created')
  })

  it.each(['https://evil.example/', 'file:///etc/passwd', 'javascript:alert(1)', 'data:text/html,<h1>x', 'app://other/', 'about:blank'])('prevents navigation to %s', (url) => {
    expect(contents().fire('will-navigate', url)).toBe(true)
  })

  it('allows in-app navigation (a reload of our own page)', () => {
    expect(contents().fire('will-navigate', 'app://briefwright/index.html')).toBe(false)
  })

  it('allows navigation to the dev server only when developing', () => {
    expect(contents('http://localhost:5173').fire('will-navigate', 'http://localhost:5173/')).toBe(false)
    expect(contents(null).fire('will-navigate', 'http://localhost:5173/')).toBe(true)
    expect(contents('http://localhost:5173').fire('will-navigate', 'http://localhost:5173.evil.example/')).toBe(true)
  })

  it('prevents redirects off the app origin', () => {
    const wc = contents()
    expect(wc.fire('will-redirect', 'https://evil.example/')).toBe(true)
    expect(wc.fire('will-redirect', 'app://briefwright/index.html')).toBe(false)
  })

  it('refuses to attach any webview', () => {
    expect(contents().fire('will-attach-webview', {}, { src: 'app://briefwright/index.html' })).toBe(true)
  })

  it.each(['https://example.com/', 'app://briefwright/index.html', 'about:blank', 'javascript:alert(1)'])('denies window.open of %s', (url) => {
    const wc = contents()
    expect(wc.windowOpenHandler).not.toBeNull()
    expect(wc.windowOpenHandler!({ url })).toEqual({ action: 'deny' })
  })
})
