import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { protocol } from 'electron'
import { registerAppScheme, serveAppProtocol } from './protocol'
import { APP_SCHEME, CONTENT_SECURITY_POLICY } from './security-policy'

// Protects the app:// protocol (checklist: the UI comes from app://, not file://): it serves only
// files inside the renderer folder, every response carries the strict CSP and nosniff, and the
// scheme is registered as secure and standard.

type ProtocolHandler = (request: Request) => Promise<Response>

describe('app:// protocol', () => {
  let root: string
  let rendererDir: string
  let handler: ProtocolHandler

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'bw-protocol-'))
    rendererDir = join(root, 'renderer')
    await mkdir(join(rendererDir, 'assets'), { recursive: true })
    await writeFile(join(rendererDir, 'index.html'), '<!doctype html><title>ok</title>')
    await writeFile(join(rendererDir, 'assets', 'index.js'), 'console.log(1)')
    await writeFile(join(root, 'secret.txt'), 'outside the renderer folder')
    const spy = vi.spyOn(protocol, 'handle').mockImplementation(((scheme: string, h: ProtocolHandler) => {
      expect(scheme).toBe(APP_SCHEME)
      handler = h
    }) as unknown as typeof protocol.handle)
    serveAppProtocol(rendererDir)
    spy.mockRestore()
  })
  afterAll(() => rm(root, { recursive: true, force: true }))

  it('serves index.html for the root with the strict CSP, a content type and nosniff', async () => {
    const res = await handler(new Request('app://briefwright/'))
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<title>ok</title>')
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('serves scripts as JavaScript with the CSP', async () => {
    const res = await handler(new Request('app://briefwright/assets/index.js'))
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/javascript; charset=utf-8')
    expect(res.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY)
  })

  it.each(['app://briefwright/..%2fsecret.txt', 'app://briefwright/assets/..%2f..%2fsecret.txt', 'app://briefwright/..%5csecret.txt', 'app://evil/index.html', 'app://briefwright/missing.js', 'app://briefwright/assets'])(
    'answers 404 for %s and never leaks a file outside the folder',
    async (url) => {
      const res = await handler(new Request(url))
      expect(res.status).toBe(404)
      expect(await res.text()).not.toContain('outside the renderer folder')
    },
  )

  it('registers app:// as a standard, secure scheme before the app is ready', () => {
    const spy = vi.spyOn(protocol, 'registerSchemesAsPrivileged').mockImplementation(() => {})
    registerAppScheme()
    const [schemes] = spy.mock.calls[0] as unknown as [{ scheme: string; privileges: Record<string, boolean> }[]]
    spy.mockRestore()
    expect(schemes).toHaveLength(1)
    expect(schemes[0]!.scheme).toBe('app')
    expect(schemes[0]!.privileges).toMatchObject({ standard: true, secure: true })
    // Bypassing CSP or allowing service workers would undo the policy above.
    expect(schemes[0]!.privileges['bypassCSP']).toBeFalsy()
    expect(schemes[0]!.privileges['allowServiceWorkers']).toBeFalsy()
  })
})
