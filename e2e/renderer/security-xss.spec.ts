import { copyFile, readFile } from 'node:fs/promises'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect, type AppHarness } from '../support/app-fixture'

// Protects the app from hostile article HTML (issue: hostile content): every file of the XSS corpus
// is pasted into the editor as HTML, pasted into the Paste Article dialog as HTML, and imported as a
// file. Nothing executes (no dialog opens, the window.__xss sentinel is never called, no CSP violation
// is reported, which would mean hostile markup reached the DOM), no request leaves the app, and the
// article's sentences survive as text.

const XSS = resolve(__dirname, '../../test/fixtures/xss')
const CORPUS = JSON.parse(readFileSync(join(XSS, 'corpus.json'), 'utf8')) as Record<string, { keep: string[] } | string>
const FILES = readdirSync(XSS).filter((f) => f.endsWith('.html'))

interface Watch {
  dialogs: string[]
  /** Reads the sentinel calls and CSP violations recorded in the page. */
  hits(): Promise<{ xss: string[]; csp: string[] }>
}

/** Arms the sentinels: dialogs are recorded (and dismissed), window.__xss and CSP violations are logged in the page. */
async function watch(page: Page): Promise<Watch> {
  const dialogs: string[] = []
  page.on('dialog', (d) => {
    dialogs.push(`${d.type()}: ${d.message()}`)
    void d.dismiss()
  })
  await page.evaluate(() => {
    const w = window as unknown as { __xss: (m: string) => void; __xssHits: string[]; __cspHits: string[] }
    w.__xssHits = []
    w.__cspHits = []
    w.__xss = (m: string) => void w.__xssHits.push(m)
    document.addEventListener('securitypolicyviolation', (e) => w.__cspHits.push(`${e.violatedDirective} ${e.blockedURI}`))
  })
  return {
    dialogs,
    hits: () => page.evaluate(() => ({ xss: (window as unknown as { __xssHits: string[] }).__xssHits, csp: (window as unknown as { __cspHits: string[] }).__cspHits })),
  }
}

/**
 * `inertParseReports` lists CSP directives that may be reported while pasted HTML is parsed in an
 * inert DOMParser document (Chromium checks handler attributes and <base> against the page's CSP at
 * parse time, though nothing there can run or load); any other violation means something tried to
 * run or load in the live page.
 */
async function expectNothingRan(app: AppHarness, w: Watch, inertParseReports: string[] = []): Promise<void> {
  // Give any deferred payload (onload, autofocus, meta refresh, animations) time to fire.
  await app.page.waitForTimeout(500)
  expect(w.dialogs).toEqual([])
  const { xss, csp } = await w.hits()
  expect(xss).toEqual([])
  expect(csp.filter((v) => !inertParseReports.includes(v.split(' ')[0]!))).toEqual([])
  expect(app.externalRequests).toEqual([])
  expect(app.page.url()).toMatch(/^http:\/\/briefwright\.localhost\/index\.html/)
}

const keep = (file: string) => (CORPUS[file] as { keep: string[] }).keep

test('the XSS corpus pasted as HTML into the editor runs nothing and keeps the text', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  const w = await watch(page)
  const editor = page.locator('.briefing-doc')
  for (const file of FILES) {
    const html = await readFile(join(XSS, file), 'latin1')
    await editor.click()
    await page.keyboard.press('Control+End')
    await page.evaluate((pasted) => {
      const dt = new DataTransfer()
      dt.setData('text/html', pasted)
      dt.setData('text/plain', pasted.replace(/<[^>]*>/g, ' '))
      document.querySelector('.briefing-doc')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
    }, html)
    await expect(editor, file).toContainText(keep(file)[0]!)
    // No element from the payloads made it into the editor's DOM.
    expect(await editor.locator('script, iframe, object, embed, svg:not(.icon), math, img[onerror], [onload], [onclick], a[href^="javascript" i], base, meta, link, style, form').count(), file).toBe(0)
  }
  await expectNothingRan(app, w, ['script-src-attr', 'base-uri'])
})

test('the XSS corpus pasted as HTML into the Paste Article dialog runs nothing and keeps the text', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  const w = await watch(page)
  const paste = page.getByRole('dialog', { name: 'Paste Article Text' })
  const review = page.getByRole('dialog', { name: /Review import/ })
  for (const file of FILES) {
    const html = await readFile(join(XSS, file), 'latin1')
    await app.emit('menu:command', 'file:pasteArticle')
    await paste.getByRole('textbox').focus()
    await page.evaluate((pasted) => {
      const dt = new DataTransfer()
      dt.setData('text/plain', pasted.replace(/<[^>]*>/g, ' '))
      dt.setData('text/html', pasted)
      document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
    }, html)
    await paste.getByRole('button', { name: /^Import/ }).click()
    await expect(review, file).toBeVisible()
    await expect(review.locator('.review-row.kept', { hasText: keep(file)[0]! }), file).toHaveCount(1)
    await review.getByRole('button', { name: 'Add to Briefing' }).click()
    await expect(review).toBeHidden()
    await expect(page.locator('.source-reader-text'), file).toContainText(keep(file)[1]!)
  }
  await expectNothingRan(app, w)
})

test('the XSS corpus imported as files runs nothing, keeps the text and shows it only as text', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  const w = await watch(page)
  const review = page.getByRole('dialog', { name: /Review import/ })
  for (const file of FILES) {
    const target = join(app.dir, file)
    await copyFile(join(XSS, file), target)
    app.platform.importQueue.push([target])
    await app.emit('menu:command', 'file:importArticle')
    await expect(review, file).toBeVisible()
    await expect(review.locator('.review-row.kept', { hasText: keep(file)[0]! }), file).toHaveCount(1)
    await review.getByRole('button', { name: 'Add to Briefing' }).click()
    await expect(review).toBeHidden()
    const reader = page.locator('.source-reader-text')
    await expect(reader, file).toContainText(keep(file)[1]!)
    expect(await reader.locator('script, iframe, object, embed, img, svg, math, a[href^="javascript" i], style, form').count(), file).toBe(0)
  }
  await expect(page.getByRole('list', { name: 'Imported articles' }).getByRole('listitem')).toHaveCount(FILES.length)
  await expectNothingRan(app, w)
})
