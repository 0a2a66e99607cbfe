import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import {
  APP_ORIGIN,
  CONTENT_SECURITY_POLICY,
  isAllowedRequest,
  isAppUrl,
  isSafeExternalUrl,
  resolveAppPath,
  SECURE_WEB_PREFERENCES,
} from './security-policy'
import { cspDirectives } from '../../../test/security/csp'

// Protects the pure rules behind the Electron security checklist (docs/SECURITY.md): every window's
// web preferences, the CSP, which URLs count as ours, which requests leave, which links may open.

describe('SECURE_WEB_PREFERENCES (checklist: no Node, isolation, sandbox, web security)', () => {
  it('keeps Node out of the renderer, its workers and subframes', () => {
    expect(SECURE_WEB_PREFERENCES.nodeIntegration).toBe(false)
    expect(SECURE_WEB_PREFERENCES.nodeIntegrationInWorker).toBe(false)
    expect(SECURE_WEB_PREFERENCES.nodeIntegrationInSubFrames).toBe(false)
  })
  it('isolates the preload world and sandboxes the renderer', () => {
    expect(SECURE_WEB_PREFERENCES.contextIsolation).toBe(true)
    expect(SECURE_WEB_PREFERENCES.sandbox).toBe(true)
  })
  it('keeps web security on and refuses insecure content', () => {
    expect(SECURE_WEB_PREFERENCES.webSecurity).toBe(true)
    expect(SECURE_WEB_PREFERENCES.allowRunningInsecureContent).toBe(false)
  })
  it('enables no experimental features or blink flags', () => {
    expect(SECURE_WEB_PREFERENCES.experimentalFeatures).toBe(false)
    expect(SECURE_WEB_PREFERENCES.enableBlinkFeatures).toBe('')
  })
  it('disables the webview tag, drag-and-drop navigation and Chromium spellcheck (which downloads)', () => {
    expect(SECURE_WEB_PREFERENCES.webviewTag).toBe(false)
    expect(SECURE_WEB_PREFERENCES.navigateOnDragDrop).toBe(false)
    expect(SECURE_WEB_PREFERENCES.spellcheck).toBe(false)
  })
  it('sets no preference that would weaken the checklist', () => {
    const keys = Object.keys(SECURE_WEB_PREFERENCES)
    for (const risky of ['disableBlinkFeatures', 'preload', 'additionalArguments', 'plugins', 'enableRemoteModule', 'allowFileAccessFromFileURLs']) {
      expect(keys).not.toContain(risky)
    }
  })
})

describe('CONTENT_SECURITY_POLICY (checklist: strict CSP)', () => {
  const d = cspDirectives(CONTENT_SECURITY_POLICY)
  it("allows scripts from 'self' only: no inline script, no eval, no remote origin", () => {
    expect(d.get('script-src')).toEqual(["'self'"])
  })
  it("falls back to 'none' and never names a remote origin, wildcard or unsafe-eval", () => {
    expect(d.get('default-src')).toEqual(["'none'"])
    for (const [, sources] of d) {
      for (const s of sources) {
        expect(s).not.toMatch(/^(https?:|wss?:|\*|'unsafe-eval'|'wasm-unsafe-eval'|'unsafe-hashes'|'strict-dynamic')/)
        expect(s).not.toContain('*')
      }
    }
  })
  it('forbids plugins, frames, base rewriting, form posts and being framed', () => {
    expect(d.get('object-src')).toEqual(["'none'"])
    expect(d.get('frame-src')).toEqual(["'none'"])
    expect(d.get('base-uri')).toEqual(["'none'"])
    expect(d.get('form-action')).toEqual(["'none'"])
    expect(d.get('frame-ancestors')).toEqual(["'none'"])
  })
  it("lets the page connect only to 'self' (no fetch to the network)", () => {
    expect(d.get('connect-src')).toEqual(["'self'"])
  })
})

describe('isAppUrl (checklist: UI from app://, not file://)', () => {
  it('accepts our origin only', () => {
    expect(isAppUrl(`${APP_ORIGIN}/index.html`)).toBe(true)
    expect(isAppUrl('app://briefwright/assets/x.js?v=1#h')).toBe(true)
  })
  it.each([
    'file:///etc/passwd',
    'app://evil/index.html',
    'app://briefwright.evil.com/',
    'https://briefwright/',
    'http://localhost:5173/',
    'javascript:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'blob:app://briefwright/1234',
    'about:blank',
    'not a url',
    '',
  ])('refuses %s', (url) => {
    expect(isAppUrl(url)).toBe(false)
  })
})

describe('isAllowedRequest (offline guarantee: every non-app request blocked)', () => {
  it('lets our own origin, in-memory data and our blobs through', () => {
    expect(isAllowedRequest('app://briefwright/assets/index.js', null)).toBe(true)
    expect(isAllowedRequest('data:image/png;base64,AAAA', null)).toBe(true)
    expect(isAllowedRequest('blob:app://briefwright/6f1c', null)).toBe(true)
  })
  it.each([
    'https://example.com/',
    'http://127.0.0.1:8080/',
    'ws://example.com/socket',
    'wss://example.com/',
    'ftp://example.com/',
    'file:///etc/passwd',
    'blob:https://evil.com/abc',
    'app://evil/index.html',
    'https://redirector.gvt1.com/edgedl/chrome/dict/en-us-10-1.bdic',
    'chrome-extension://abc/x.js',
  ])('blocks %s in production', (url) => {
    expect(isAllowedRequest(url, null)).toBe(false)
  })
  it('allows the dev server and its HMR socket only when developing', () => {
    const dev = 'http://localhost:5173'
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true)
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true)
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', null)).toBe(false)
    expect(isAllowedRequest('ws://localhost:5173/', null)).toBe(false)
  })
  it('does not let a look-alike host ride on the dev server allowance', () => {
    const dev = 'http://localhost:5173'
    expect(isAllowedRequest('http://localhost:5173.evil.com/', dev)).toBe(false)
    expect(isAllowedRequest('ws://evil.com/?localhost:5173', dev)).toBe(false)
    expect(isAllowedRequest('ws://evil.com/localhost:5173', dev)).toBe(false)
  })
  it('blocks every random http(s)/ws URL (property)', () => {
    fc.assert(
      fc.property(fc.webUrl({ validSchemes: ['http', 'https', 'ws', 'wss', 'ftp'] }), (url) => !isAllowedRequest(url, null)),
      { numRuns: 500 },
    )
  })
})

describe('isSafeExternalUrl (checklist: openExternal only http/https/mailto)', () => {
  it.each(['https://example.com/a?b=c', 'http://example.org', 'mailto:someone@example.com'])('allows %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(true)
  })
  it.each([
    'javascript:alert(1)',
    'JAVASCRIPT:alert(1)',
    'file:///C:/Windows/System32/calc.exe',
    'file:///etc/passwd',
    'smb://server/share',
    'ms-msdt:/id PCWDiagnostic',
    'search-ms:query=x',
    'vbscript:msgbox(1)',
    'data:text/html,<script>alert(1)</script>',
    'app://briefwright/index.html',
    'https://user:pass@example.com/',
    'https://',
    'mailto:',
    'example.com',
    '',
  ])('refuses %s', (url) => {
    expect(isSafeExternalUrl(url)).toBe(false)
  })
  it('refuses every URL whose scheme is not http, https or mailto (property)', () => {
    const scheme = fc.stringMatching(/^[a-z][a-z0-9+.-]{0,10}$/).filter((s) => !['http', 'https', 'mailto'].includes(s))
    fc.assert(fc.property(scheme, fc.string(), (s, rest) => !isSafeExternalUrl(`${s}:${rest}`)), { numRuns: 1000 })
  })
})

describe('resolveAppPath (app:// never serves outside the renderer folder)', () => {
  it('maps the root to index.html and keeps inner paths', () => {
    expect(resolveAppPath('app://briefwright/')).toBe('index.html')
    expect(resolveAppPath('app://briefwright/assets/a.js?x=1')).toBe('assets/a.js')
  })
  it('lets the URL parser collapse dot segments at the root, never above it', () => {
    expect(resolveAppPath('app://briefwright/%2e%2e/%2e%2e/etc/passwd')).toBe('etc/passwd')
    expect(resolveAppPath('app://briefwright/assets/%2E%2E/%2E%2E/secret')).toBe('secret')
  })
  it.each([
    'app://briefwright/..%2f..%2fetc/passwd',
    'app://briefwright/..%5c..%5cwindows',
    'app://briefwright/a%00.js',
    'app://briefwright/%E0%A4%A',
    'app://other/index.html',
    'file:///etc/passwd',
  ])('refuses %s', (url) => {
    expect(resolveAppPath(url)).toBeNull()
  })
  it('never yields a path that climbs out, is absolute or holds a NUL/backslash (property)', () => {
    const seg = fc.oneof(fc.constantFrom('..', '.', '%2e%2e', '%2E%2E', '%2f', '%5c', '%00', 'a', 'b.js', '..%2f', '%2e'), fc.string({ maxLength: 6 }))
    fc.assert(
      fc.property(fc.array(seg, { maxLength: 8 }), (parts) => {
        const rel = resolveAppPath('app://briefwright/' + parts.join('/'))
        if (rel === null) return true
        return !rel.startsWith('/') && !rel.split('/').some((p) => p === '..' || p === '.') && !rel.includes('\\') && !rel.includes('\0')
      }),
      { numRuns: 2000 },
    )
  })
})
