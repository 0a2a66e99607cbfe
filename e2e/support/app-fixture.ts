import { test as base, chromium, type Browser, type Page } from '@playwright/test'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { extname, join, resolve } from 'node:path'
import { createHandlers } from '../../src/main/ipc/handlers'
import { dispatch } from '../../src/main/ipc/dispatch'
import { CHROMIUM_ARGS, chromiumPath } from './chromium'
import { ScriptedPlatform } from './scripted-platform'

/** Where the built renderer is served from in tests; requests elsewhere are aborted and counted. */
export const APP_URL = 'http://briefwright.localhost/'
const RENDERER_DIR = resolve(__dirname, '../../out/renderer')
const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.png': 'image/png', '.woff2': 'font/woff2', '.dic': 'text/plain', '.aff': 'text/plain' }

export interface AppHarness {
  page: Page
  platform: ScriptedPlatform
  /** A temp folder for this test's files. */
  dir: string
  /** Every request the page tried to make outside the app origin. */
  externalRequests: string[]
  /** Sends a main→renderer event (menu command, file changed, close requested). */
  emit(event: string, payload: unknown): Promise<void>
  /** Reloads the window with the same services (like restarting the renderer). */
  reload(): Promise<void>
  /** Kills the window and its services without any shutdown work, then starts afresh on the same data folder. */
  restart(): Promise<Page>
}

// Uint8Array does not survive exposeFunction's JSON; it crosses as { __bytes: base64 }.
function encodeBytes(value: unknown): unknown {
  if (value instanceof Uint8Array) return { __bytes: Buffer.from(value).toString('base64') }
  if (Array.isArray(value)) return value.map(encodeBytes)
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, encodeBytes(v)]))
  return value
}

const BRIDGE_SCRIPT = `(() => {
  const listeners = new Map()
  const decode = (v) => {
    if (Array.isArray(v)) return v.map(decode)
    if (v && typeof v === 'object') {
      if (typeof v.__bytes === 'string') return Uint8Array.from(atob(v.__bytes), (c) => c.charCodeAt(0))
      return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, decode(x)]))
    }
    return v
  }
  window.__bw_emit = (event, payload) => (listeners.get(event) || []).forEach((l) => l(payload))
  window.api = Object.freeze({
    invoke: async (channel, payload) => {
      if (channel === 'drop:grant') throw new Error('Unknown channel: drop:grant')
      return decode(await window.__bw_invoke(channel, payload ?? {}))
    },
    on: (event, listener) => {
      const list = listeners.get(event) || []
      list.push(listener)
      listeners.set(event, list)
      return () => listeners.set(event, (listeners.get(event) || []).filter((l) => l !== listener))
    },
    grantDroppedFile: async (file) => decode(await window.__bw_drop(file.name)),
  })
})()`

export const test = base.extend<{ app: AppHarness }, { browser: Browser }>({
  browser: [
    // eslint-disable-next-line no-empty-pattern -- Playwright requires the destructuring form
    async ({}, use) => {
      const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS, headless: true })
      await use(browser)
      await browser.close()
    },
    { scope: 'worker' },
  ],
  app: async ({ browser }, use) => {
    if (!existsSync(join(RENDERER_DIR, 'index.html'))) throw new Error('The renderer is not built: run `npm run build` first.')
    const dir = await mkdtemp(join(tmpdir(), 'briefwright-e2e-'))
    const externalRequests: string[] = []
    let current = await openWindow(browser, dir, externalRequests)
    const harness: AppHarness = {
      page: current.page,
      platform: current.platform,
      dir,
      externalRequests,
      emit: (event, payload) => harness.page.evaluate(([e, p]) => (window as unknown as { __bw_emit: (e: unknown, p: unknown) => void }).__bw_emit(e, p), [event, payload] as const),
      reload: async () => {
        await harness.page.reload()
        await harness.page.locator('.briefing-doc').waitFor()
      },
      restart: async () => {
        // Like a crash: the window and its services go away without any shutdown work.
        await current.context.close()
        current = await openWindow(browser, dir, externalRequests)
        harness.page = current.page
        harness.platform = current.platform
        return current.page
      },
    }
    await use(harness)
    await current.context.close()
    await rm(dir, { recursive: true, force: true })
  },
})

/** A fresh window with fresh main-process services on the test's data folder (kept across restarts). */
async function openWindow(browser: Browser, dir: string, externalRequests: string[]) {
  const platform = new ScriptedPlatform(join(dir, 'userData'))
  // The real import worker from the build, as the app runs it.
  const services = createHandlers({ platform, onRecentChanged: () => {}, importWorkerPath: resolve(__dirname, '../../out/main/import-worker.js') })
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (!url.startsWith(APP_URL)) {
      externalRequests.push(url)
      return route.abort('blockedbyclient')
    }
    const rel = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '') || 'index.html'
    if (rel.split('/').includes('..')) return route.fulfill({ status: 404 })
    try {
      const body = await readFile(join(RENDERER_DIR, rel))
      return route.fulfill({ status: 200, body, contentType: MIME[extname(rel)] ?? 'application/octet-stream' })
    } catch {
      return route.fulfill({ status: 404, body: 'not found' })
    }
  })
  const page = await context.newPage()
  page.on('pageerror', (e) => console.error('[renderer error]', e.message))
  await page.exposeFunction('__bw_invoke', async (channel: string, payload: unknown) => encodeBytes(await dispatch(services.handlers, channel, payload, true)))
  // The drop bridge stands in for webUtils.getPathForFile: dropped files live in the test's folder.
  await page.exposeFunction('__bw_drop', async (name: string) => encodeBytes(await dispatch(services.handlers, 'drop:grant', { path: join(dir, name) }, true)))
  await page.addInitScript(BRIDGE_SCRIPT)
  await page.goto(APP_URL + 'index.html')
  await page.locator('.briefing-doc').waitFor()
  // Main's watcher for open files changed by other programs, as in the app.
  const stopWatching = services.watchOpenFiles((event) => {
    void page.evaluate(([e, p]) => (window as unknown as { __bw_emit: (e: unknown, p: unknown) => void }).__bw_emit(e, p), ['file:changedOnDisk', event] as const).catch(() => {})
  })
  context.on('close', stopWatching)
  return { page, platform, context, services }
}

export { expect } from '@playwright/test'
