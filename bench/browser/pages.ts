import { readFile } from 'node:fs/promises'
import { extname, join } from 'node:path'
import { chromium, type Browser, type CDPSession, type Page } from '@playwright/test'
import type { EditorView } from '@tiptap/pm/view'
import { CHROMIUM_ARGS, chromiumPath } from '../../e2e/support/chromium'
import { BASELINE_BUILD, RENDERER_BUILD } from './build-pages'
import { API_STUB_SCRIPT, PROBE_SCRIPT } from './page-scripts'

/** Which editor a page holds. */
export type Kind = 'ours' | 'baseline'

declare global {
  interface Window {
    __probe: { lat: number[]; keyCommits: number[]; commits: number; until(n: number): Promise<void> }
    __benchView: () => EditorView | null
    __bench_text: string | null
    __bw_emit: (event: string, payload: unknown) => void
    __baseline?: { open(text: string): void; close(): void; view(): EditorView | null }
  }
}

const ORIGIN: Record<Kind, string> = { ours: 'http://briefwright.localhost/', baseline: 'http://baseline.localhost/' }
const ROOTS: Record<Kind, string> = { ours: RENDERER_BUILD, baseline: BASELINE_BUILD }
const MIME: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.woff2': 'font/woff2', '.dic': 'text/plain', '.aff': 'text/plain' }

/**
 * Bench flags on top of the e2e ones: frames are produced as soon as they are ready instead of on a
 * 60 Hz clock, so key-to-frame latency measures the work rather than where the key fell in a vsync period.
 */
const BENCH_ARGS = [...CHROMIUM_ARGS, '--disable-frame-rate-limit', '--disable-gpu-vsync']

/** Debian's Chromium, headless, as the e2e suite launches it. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: BENCH_ARGS, headless: true })
}

/** A page under test with its DevTools session. */
export interface BenchPage {
  kind: Kind
  page: Page
  cdp: CDPSession
  close(): Promise<void>
}

/** Opens the app (route-served built renderer, window.api stubbed) or the baseline page in a fresh context. */
export async function newBenchPage(browser: Browser, kind: Kind): Promise<BenchPage> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } })
  await context.route('**/*', async (route) => {
    const url = route.request().url()
    if (!url.startsWith(ORIGIN[kind])) return route.abort('blockedbyclient')
    const rel = decodeURIComponent(new URL(url).pathname).replace(/^\/+/, '') || 'index.html'
    if (rel.split('/').includes('..')) return route.fulfill({ status: 404 })
    try {
      const body = await readFile(join(ROOTS[kind], rel))
      return route.fulfill({ status: 200, body, contentType: MIME[extname(rel)] ?? 'application/octet-stream' })
    } catch {
      return route.fulfill({ status: 404, body: 'not found' })
    }
  })
  const page = await context.newPage()
  page.on('pageerror', (e) => console.error(`[${kind} page error]`, e.message))
  await page.addInitScript(PROBE_SCRIPT)
  if (kind === 'ours') await page.addInitScript(API_STUB_SCRIPT)
  await page.goto(ORIGIN[kind] + 'index.html')
  if (kind === 'ours') await page.locator('.ProseMirror').waitFor()
  else await page.waitForFunction(() => Boolean(window.__baseline))
  const cdp = await context.newCDPSession(page)
  await cdp.send('Performance.enable')
  return { kind, page, cdp, close: () => context.close() }
}

/** Hands the page a `.brief` file's text to open next (outside any timing). */
export async function setFixture(p: BenchPage, text: string): Promise<void> {
  await p.page.evaluate((t) => {
    window.__bench_text = t
  }, text)
}

/**
 * Opens the fixture and returns ms from the request to the first frame after the editor holds the
 * document. Ours: the File › Open command through the real open path (openBriefing → loadBriefing →
 * BriefingEditor); baseline: parse, EditorState.create, mount an EditorView.
 */
export async function openDoc(p: BenchPage, expectedBlocks: number): Promise<number> {
  return p.page.evaluate(
    async ({ kind, expected }) => {
      const frame = () => new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)))
      const t0 = performance.now()
      if (kind === 'baseline') {
        window.__baseline?.open(window.__bench_text ?? '')
      } else {
        // A trailing-node plugin may append an empty paragraph: at least the fixture's blocks.
        const ready = () => (window.__benchView()?.state.doc.childCount ?? 0) >= expected
        await new Promise<void>((resolve, reject) => {
          const mo = new MutationObserver(() => {
            if (!ready()) return
            mo.disconnect()
            clearTimeout(timer)
            resolve()
          })
          const timer = setTimeout(() => {
            mo.disconnect()
            reject(new Error(`the app did not load the fixture within 30 s: the editor holds ${window.__benchView()?.state.doc.childCount ?? 0} blocks, the file ${expected}`))
          }, 30_000)
          mo.observe(document.body, { childList: true, subtree: true, characterData: true })
          window.__bw_emit('menu:command', 'file:open')
        })
      }
      await frame()
      return performance.now() - t0
    },
    { kind: p.kind, expected: expectedBlocks },
  )
}

/** Closes the document (ours: File › Close, which shows a new blank briefing; baseline: destroy the view). */
export async function closeDoc(p: BenchPage, openBlocks: number): Promise<void> {
  await p.page.evaluate(
    async ({ kind, openBlocks }) => {
      if (kind === 'baseline') window.__baseline?.close()
      else window.__bw_emit('menu:command', 'file:close')
      const deadline = performance.now() + 30_000
      while ((window.__benchView()?.state.doc.childCount ?? 0) >= openBlocks) {
        if (performance.now() > deadline) throw new Error('the document did not close')
        await new Promise((r) => setTimeout(r, 5))
      }
      await new Promise<void>((r) => requestAnimationFrame(() => setTimeout(r, 0)))
    },
    { kind: p.kind, openBlocks },
  )
}

/** Drops the fixture text the page holds, so heap figures count only what the editor keeps. */
export async function clearFixture(p: BenchPage): Promise<void> {
  await p.page.evaluate(() => {
    window.__bench_text = null
  })
}

/** Puts the caret inside the first top-level paragraph past the middle of the document, scrolled into view. */
export async function placeCaretMiddle(p: BenchPage): Promise<void> {
  await p.page.bringToFront()
  const ok = await p.page.evaluate(() => {
    const found = window.__benchView()
    if (!found) return false
    const view = found
    const doc = view.state.doc
    const half = doc.content.size / 2
    let at = -1
    doc.forEach((node, offset) => {
      if (at < 0 && offset >= half && node.type.name === 'paragraph' && node.textContent.length > 100) at = offset + 1 + 40
    })
    if (at < 0) return false
    const SelectionClass = view.state.selection.constructor as unknown as { near(pos: ReturnType<typeof doc.resolve>): typeof view.state.selection }
    view.focus()
    view.dispatch(view.state.tr.setSelection(SelectionClass.near(doc.resolve(at))).scrollIntoView())
    return true
  })
  if (!ok) throw new Error(`${p.kind}: no paragraph to type into`)
}

const KEYS = 'the quick brown fox jumps over a lazy dog '

/** What typing n keys measured: each key's latency (ms) and React commits between keydown and its frame. */
export interface Typed {
  latencies: number[]
  keyCommits: number
}

/** Types n characters one at a time, each after the previous one's frame. */
export async function typeKeys(p: BenchPage, n: number): Promise<Typed> {
  await p.page.bringToFront()
  const start = await p.page.evaluate(() => window.__probe.lat.length)
  const sizeBefore = await p.page.evaluate(() => window.__benchView()?.state.doc.content.size ?? 0)
  for (let i = 0; i < n; i++) {
    await p.page.keyboard.type(KEYS.charAt(i % KEYS.length))
    await p.page.evaluate((count) => window.__probe.until(count), start + i + 1)
  }
  const sizeAfter = await p.page.evaluate(() => window.__benchView()?.state.doc.content.size ?? 0)
  // Latency of keys that did not reach the document would measure nothing.
  if (sizeAfter - sizeBefore !== n) throw new Error(`${p.kind}: typed ${n} keys but the document grew by ${sizeAfter - sizeBefore}`)
  return p.page.evaluate((s) => ({ latencies: window.__probe.lat.slice(s), keyCommits: window.__probe.keyCommits.slice(s).reduce((a, b) => a + b, 0) }), start)
}

/** React commits so far, keystrokes or not (always 0 on the baseline page, which has no React). */
export function reactCommits(p: BenchPage): Promise<number> {
  return p.page.evaluate(() => window.__probe.commits)
}

/** JS heap in use after two full garbage collections, in MB (CDP Performance.getMetrics JSHeapUsedSize). */
export async function heapMB(p: BenchPage): Promise<number> {
  await p.cdp.send('HeapProfiler.collectGarbage')
  await p.cdp.send('HeapProfiler.collectGarbage')
  const { metrics } = await p.cdp.send('Performance.getMetrics')
  const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value
  if (used === undefined) throw new Error('no JSHeapUsedSize metric')
  return used / 1024 / 1024
}
