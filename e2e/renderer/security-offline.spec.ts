import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect, APP_URL } from '../support/app-fixture'
import { cursorAtEndOfDraft, importViaMenu, selectInReader } from './sources-helpers'

// Protects the offline guarantee (issue: offline by design, proven): a whole working session — start,
// import every sample article, insert a quote, spell check, preview and export to Word, save, reopen —
// makes zero requests outside the app. Every request the page makes is counted; those leaving the app
// origin are recorded (and aborted) by the harness and must stay at zero.

const SAMPLES = [
  'battery-passport-commentary.txt',
  'harbourton-port-electrification.html',
  'harbourton-port-electrification.docx',
  'harbourton-port-electrification.pdf',
  'shenzhen-manufacturing-zh.txt',
  'shenzhen-innovation-centers.txt',
]
const QUOTE = 'the added value of industrial enterprises above a designated size in shenzhen was 312.122 billion yuan'

test('a whole working session makes no request outside the app', async ({ app }) => {
  test.setTimeout(240_000)
  const { page, platform, dir } = app
  // What the start-up loaded before the test could listen (the page itself and its resources), then every later request.
  const atStart = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name))
  expect(atStart.filter((url) => !url.startsWith('http://briefwright.localhost/'))).toEqual([])
  let requests = 1 + atStart.length
  page.on('request', (r) => {
    requests++
    expect.soft(r.url().startsWith(APP_URL) || r.url().startsWith('data:') || r.url().startsWith('blob:'), r.url()).toBe(true)
  })

  // Import every sample article and add it to the briefing.
  for (const name of SAMPLES) {
    const review = await importViaMenu(app, name)
    await review.getByRole('button', { name: 'Add to Briefing' }).click()
    await expect(review).toBeHidden()
  }
  const sources = page.getByRole('list', { name: 'Imported articles' }).getByRole('listitem')
  await expect(sources).toHaveCount(SAMPLES.length)

  // Insert a quote from the last (shown) source, with its citation.
  const draft = page.locator('.briefing-doc')
  await cursorAtEndOfDraft(page)
  await selectInReader(page, QUOTE)
  // The keyboard command (the toolbar beside a long article's selection may sit outside the viewport).
  await page.keyboard.press('Control+Shift+Q')
  await expect(draft.locator('.citation-ref')).toHaveCount(1)

  // Spell check with the bundled dictionary.
  await draft.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type(' We recieve the report on Tuesday.')
  await expect(draft.locator('.spell-error', { hasText: 'recieve' })).toHaveCount(1, { timeout: 20_000 })

  // Preview the Word document, then export it.
  await app.emit('menu:command', 'file:previewDocx')
  await expect(page.getByTestId('docx-preview').locator('section.docx').first()).toBeVisible()
  const docx = join(dir, 'session.docx')
  platform.docxQueue.push(docx)
  await page.getByRole('button', { name: 'Export to Word…' }).click()
  await expect(page.getByText('Exported session.docx')).toBeVisible()
  expect((await readFile(docx)).subarray(0, 2).toString('latin1')).toBe('PK')
  await page.keyboard.press('Escape')

  // Save, restart the window, reopen.
  const brief = join(dir, 'session.brief')
  platform.saveQueue.push(brief)
  await app.emit('menu:command', 'file:save')
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/)
  await app.reload()
  platform.openQueue.push(brief)
  await app.emit('menu:command', 'file:open')
  await expect(draft).toContainText(QUOTE)
  await expect(sources).toHaveCount(SAMPLES.length)

  console.info(`[security-offline] ${requests} requests made by the page, ${app.externalRequests.length} outside the app origin`)
  expect(requests).toBeGreaterThan(0)
  expect(app.externalRequests).toEqual([])
})
