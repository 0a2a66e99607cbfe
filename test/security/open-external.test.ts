import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from '../../src/main/ipc/dispatch'
import { createHandlers } from '../../src/main/ipc/handlers'
import { ScriptedPlatform } from '../../e2e/support/scripted-platform'

// Protects shell.openExternal (checklist: only http/https/mailto, only after the user confirms):
// through the real 'shell:openExternal' handler, other schemes and URLs with credentials are refused
// before any confirmation is asked, a declined confirmation opens nothing, and what is opened is the
// re-serialised URL, never the renderer's raw string.

let dir: string
let platform: ScriptedPlatform
let handlers: Handlers
const open = (url: string) => dispatch(handlers, 'shell:openExternal', { url }, true)

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bw-external-'))
  platform = new ScriptedPlatform(join(dir, 'userData'))
  handlers = createHandlers({ platform, onRecentChanged: () => {} }).handlers
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('shell:openExternal', () => {
  it.each([
    'javascript:alert(1)',
    'file:///etc/passwd',
    'file:///C:/Windows/System32/calc.exe',
    'smb://host/share',
    'ms-msdt:/id PCWDiagnostic',
    'vbscript:msgbox',
    'data:text/html,<script>alert(1)</script>',
    'app://briefwright/index.html',
    'https://user:secret@example.com/',
    'not a url',
  ])('refuses %s without asking or opening', async (url) => {
    platform.externalAnswers.push(true)
    const result = await open(url)
    expect(result.ok).toBe(false)
    if (!result.ok) expect(['forbidden', 'bad-request']).toContain(result.error.code)
    expect(platform.opened).toEqual([])
    // The confirmation was not consumed: nothing was asked.
    expect(platform.externalAnswers).toEqual([true])
    platform.externalAnswers.length = 0
  })

  it('opens nothing when the user declines', async () => {
    platform.externalAnswers.push(false)
    expect(await open('https://example.com/report')).toEqual({ ok: true, value: { opened: false } })
    expect(platform.opened).toEqual([])
  })

  it.each([
    ['https://example.com/a b?q=1', 'https://example.com/a%20b?q=1'],
    ['HTTP://EXAMPLE.com', 'http://example.com/'],
    ['mailto:someone@example.com', 'mailto:someone@example.com'],
  ])('opens %s after confirmation, re-serialised as %s', async (url, expected) => {
    platform.opened.length = 0
    platform.externalAnswers.push(true)
    expect(await open(url)).toEqual({ ok: true, value: { opened: true } })
    expect(platform.opened).toEqual([expected])
  })
})
