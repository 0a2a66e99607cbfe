import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { CONTENT_SECURITY_POLICY } from '../../src/main/app/security-policy'
import { cspDirectives } from './csp'

// Protects the strict CSP (checklist: no remote origins, no unsafe-eval, no inline scripts) in both
// places it is declared: the renderer's <meta> (also what the Chromium e2e harness enforces) and the
// header the app:// protocol sends. Both must agree on every directive a <meta> can carry.

const ROOT = resolve(__dirname, '../..')

function metaCsp(html: string): string {
  const m = /<meta\s+http-equiv=["']Content-Security-Policy["']\s+content=(["'])(.*?)\1/i.exec(html)
  if (!m) throw new Error('no CSP <meta> in the page')
  return m[2]!
}

function expectStrict(policy: string): void {
  const d = cspDirectives(policy)
  expect(d.get('default-src')).toEqual(["'none'"])
  expect(d.get('script-src')).toEqual(["'self'"])
  expect(d.get('object-src')).toEqual(["'none'"])
  expect(d.get('base-uri')).toEqual(["'none'"])
  for (const [name, sources] of d) {
    for (const s of sources) {
      // Only keywords, our own origin and in-memory schemes: nothing that reaches the network.
      expect(['\'self\'', "'none'", "'unsafe-inline'", 'data:', 'blob:'], `${name} ${s}`).toContain(s)
    }
  }
  expect(d.get('script-src')).not.toContain("'unsafe-inline'")
  expect(policy).not.toMatch(/unsafe-eval|https?:|wss?:|\*/)
}

const pages = [resolve(ROOT, 'src/renderer/index.html'), resolve(ROOT, 'out/renderer/index.html')].filter((p) => existsSync(p))

describe('content security policy', () => {
  it('the app:// protocol header is strict', () => {
    expectStrict(CONTENT_SECURITY_POLICY)
  })

  it.each(pages)('%s carries a strict CSP <meta>', (page) => {
    expectStrict(metaCsp(readFileSync(page, 'utf8')))
  })

  it.each(pages)('%s agrees with the protocol header on every directive', (page) => {
    const meta = cspDirectives(metaCsp(readFileSync(page, 'utf8')))
    const header = cspDirectives(CONTENT_SECURITY_POLICY)
    // frame-ancestors is ignored in <meta>, so only the header carries it.
    for (const [name, sources] of header) if (name !== 'frame-ancestors') expect(meta.get(name), name).toEqual(sources)
    for (const name of meta.keys()) expect(header.has(name), name).toBe(true)
  })

  it.each(pages)('%s has no inline script and loads scripts only from its own origin', (page) => {
    const html = readFileSync(page, 'utf8')
    const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)]
    expect(scripts.length).toBeGreaterThan(0)
    for (const [, attrs, body] of scripts) {
      expect(body!.trim()).toBe('')
      const src = /src=["']([^"']+)["']/.exec(attrs!)?.[1]
      expect(src).toBeDefined()
      expect(src).not.toMatch(/^(https?:)?\/\//)
    }
    expect(html).not.toMatch(/\son[a-z]+\s*=/i)
  })
})
