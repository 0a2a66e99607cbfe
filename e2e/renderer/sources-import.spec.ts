import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createBriefing } from '../../src/shared/model'
import { test, expect } from '../support/app-fixture'
import { copyArticle, IMPORT_WAIT, importViaMenu, SHENZHEN } from './sources-helpers'

test('importing the Shenzhen sample shows removed lines in place with reasons; restore, undo, title case, add', async ({ app }) => {
  const { page } = app
  const review = await importViaMenu(app, SHENZHEN)

  // The welcome line is struck through, labelled with its reason, and stands above the article text.
  const welcome = review.locator('.review-row.removed', { hasText: 'welcome to commerce bureau of shenzhen municipality' })
  await expect(welcome.locator('del')).toBeVisible()
  await expect(welcome.locator('.reason-label')).not.toHaveText('')
  const rows = review.locator('.review-row')
  const order = await rows.evaluateAll((els) => els.map((e) => (e.classList.contains('removed') ? 'removed:' : 'kept:') + e.textContent))
  const welcomeAt = order.findIndex((r) => r.startsWith('removed:welcome to commerce'))
  const bodyAt = order.findIndex((r) => r.includes('from the generation 8.5 lcd panel'))
  expect(welcomeAt).toBeGreaterThanOrEqual(0)
  expect(welcomeAt).toBeLessThan(bodyAt)
  const icp = review.locator('.review-row.removed', { hasText: /icp/i })
  await expect(icp).toHaveCount(1)

  // One click restores it; Ctrl+Z takes that back; Ctrl+Shift+Z does it again.
  await welcome.getByRole('button', { name: /^Restore/ }).click()
  const restored = review.locator('.review-row.kept', { hasText: 'welcome to commerce bureau of shenzhen municipality' })
  await expect(restored).toHaveCount(1)
  await page.keyboard.press('Control+z')
  await expect(restored).toHaveCount(0)
  await expect(welcome).toHaveCount(1)
  await page.keyboard.press('Control+Shift+z')
  await expect(restored).toHaveCount(1)

  // Removing a kept paragraph strikes it through as "removed by you".
  const para = review.locator('.review-row.kept', { hasText: 'sticking to the spirit of' })
  await para.hover()
  await para.getByRole('button', { name: /^Remove/ }).click()
  await expect(review.locator('.review-row.removed', { hasText: 'sticking to the spirit of' }).locator('.reason-label')).toHaveText('removed by you')

  // The lowercased title is offered title case, applied only on request.
  const title = review.getByLabel('Title')
  const before = await title.inputValue()
  expect(before).toBe(before.toLowerCase())
  await review.getByRole('button', { name: 'Apply Title Case' }).click()
  await expect(title).toHaveValue(/^Shenzhen Plans to Build 10 Innovation Centers/)
  await review.getByLabel('Author').fill('Commerce Bureau press office')

  await page.screenshot({ path: 'test-results/import-review.png' })
  await review.getByRole('button', { name: 'Add to Briefing' }).click()
  await expect(review).toBeHidden()

  const item = page.getByRole('list', { name: 'Imported articles' }).getByRole('listitem')
  await expect(item).toHaveCount(1)
  await expect(item).toContainText('Shenzhen Plans to Build 10 Innovation Centers')
  const reader = page.locator('.source-reader-text')
  await expect(reader).toContainText('welcome to commerce bureau of shenzhen municipality')
  await expect(reader).not.toContainText('sticking to the spirit of')
  await item.getByRole('button', { name: /^Details of/ }).click()
  await expect(item.locator('.source-details')).toContainText('Commerce Bureau press office')
})

test('several files imported at once are reviewed one after another', async ({ app }) => {
  const { page } = app
  const a = await copyArticle(app, SHENZHEN)
  const b = await copyArticle(app, 'battery-passport-commentary.txt')
  app.platform.importQueue.push([a, b])
  await app.emit('menu:command', 'file:importArticle')
  const review = page.getByRole('dialog', { name: /Review import/ })
  await expect(review.getByRole('heading')).toHaveText('Review import (1 of 2)', IMPORT_WAIT)
  await review.getByRole('button', { name: 'Skip This Article' }).click()
  await expect(review.getByRole('heading')).toHaveText('Review import (2 of 2)')
  await review.getByRole('button', { name: 'Add to Briefing' }).click()
  await expect(review).toBeHidden()
  await expect(page.getByRole('list', { name: 'Imported articles' }).getByRole('listitem')).toHaveCount(1)
})

test('pasted text is imported through the paste dialog, and pasted HTML is used for structure', async ({ app }) => {
  const { page } = app
  await app.emit('menu:command', 'file:pasteArticle')
  const paste = page.getByRole('dialog', { name: 'Paste Article Text' })
  const box = paste.getByRole('textbox')
  await box.fill(
    'Home > News > Energy\n\nHarbour council backs shore power\n\nThe harbour council voted on Tuesday to fund shore power at two berths, cutting diesel use by ships at berth.\n\nThe scheme will cost 12 million pounds over three years, the council said in a statement.\n\nShare this article\n',
  )
  await paste.getByRole('button', { name: /^Import/ }).click()
  const review = page.getByRole('dialog', { name: /Review import/ })
  await expect(review).toBeVisible(IMPORT_WAIT)
  await expect(review.locator('.review-row.kept', { hasText: 'The scheme will cost 12 million pounds' })).toHaveCount(1, IMPORT_WAIT)
  await review.getByRole('button', { name: 'Add to Briefing' }).click()
  await expect(page.locator('.source-reader-text')).toContainText('The harbour council voted on Tuesday')

  // A paste that carries HTML keeps it: the page's <h1> becomes the title.
  await app.emit('menu:command', 'file:pasteArticle')
  await paste.getByRole('textbox').focus()
  await page.evaluate(() => {
    const dt = new DataTransfer()
    dt.setData('text/plain', 'Tidal energy pilot approved\nThe pilot will run for two years at the northern breakwater, the agency said.')
    dt.setData(
      'text/html',
      '<html><head><title>Tidal energy pilot approved | Coastal News</title></head><body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Tidal energy pilot approved</h1><p>The pilot will run for two years at the northern breakwater, the agency said.</p><p>It is the first tidal scheme in the region to reach the approval stage, after a consultation of six months.</p></article></body></html>',
    )
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
  })
  await expect(paste.getByText('Formatted text pasted')).toBeVisible()
  await paste.getByRole('button', { name: /^Import/ }).click()
  await expect(review.getByLabel('Title')).toHaveValue('Tidal energy pilot approved', IMPORT_WAIT)
  await expect(review.locator('.review-row.kept', { hasText: 'first tidal scheme in the region' })).toHaveCount(1, IMPORT_WAIT)
})

test('a short numbered list copied from a browser pastes as a numbered list (Chrome puts <meta charset> before the selection)', async ({ app }) => {
  const { page } = app
  await app.emit('menu:command', 'file:pasteArticle')
  const paste = page.getByRole('dialog', { name: 'Paste Article Text' })
  await paste.getByRole('textbox').focus()
  await page.evaluate(() => {
    const dt = new DataTransfer()
    dt.setData('text/plain', 'Cut port emissions by half by 2030\nElectrify all berths\nFund shore power with a levy')
    dt.setData('text/html', "<meta charset='utf-8'><ol><li>Cut port emissions by half by 2030</li><li>Electrify all berths</li><li>Fund shore power with a levy</li></ol>")
    document.activeElement!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
  })
  await paste.getByRole('button', { name: /^Import/ }).click()
  const review = page.getByRole('dialog', { name: /Review import/ })
  await expect(review.locator('.review-row.kept .review-list-item')).toHaveText(['Cut port emissions by half by 2030', 'Electrify all berths', 'Fund shore power with a levy'], IMPORT_WAIT)
  await review.getByRole('button', { name: 'Add to Briefing' }).click()
  const items = page.locator('.source-reader-text .source-list-item')
  await expect(items).toHaveText(['Cut port emissions by half by 2030', 'Electrify all berths', 'Fund shore power with a levy'])
  expect(await items.evaluateAll((els) => els.map((el) => getComputedStyle(el, '::before').content))).toEqual(['"1. "', '"2. "', '"3. "'])
})

test('an article file dropped on the window is imported; a binary file is listed as failed', async ({ app }) => {
  const { page } = app
  await copyArticle(app, 'harbourton-port-electrification.html')
  await writeFile(join(app.dir, 'not-an-article.txt'), Buffer.from([0x00, 0x01, 0x02, 0xff, 0x00, 0x10, 0x00, 0x00, 0x7f, 0x00].flatMap((b) => Array(200).fill(b))))
  const drop = (names: string[]) =>
    page.evaluate((files) => {
      const dt = new DataTransfer()
      for (const name of files) dt.items.add(new File(['(the harness reads the file from the test folder)'], name))
      const target = document.querySelector('.editor-pane')!
      target.dispatchEvent(new DragEvent('dragenter', { dataTransfer: dt, bubbles: true, cancelable: true }))
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }))
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
    }, names)

  await drop(['harbourton-port-electrification.html'])
  const review = page.getByRole('dialog', { name: /Review import/ })
  await expect(review).toBeVisible(IMPORT_WAIT)
  await expect(review.locator('.import-origin')).toContainText('harbourton-port-electrification.html')
  await review.getByRole('button', { name: 'Add to Briefing' }).click()
  await expect(page.getByRole('list', { name: 'Imported articles' }).getByRole('listitem')).toHaveCount(1)
  await expect(page.locator('.drop-overlay')).toHaveCount(0)

  await drop(['not-an-article.txt'])
  const failed = page.getByRole('alertdialog', { name: /could not be imported/ })
  await expect(failed).toBeVisible(IMPORT_WAIT)
  await expect(failed).toContainText('not-an-article.txt')
  await failed.getByRole('button', { name: 'OK' }).click()
  await expect(failed).toBeHidden()
  await expect(page.getByRole('list', { name: 'Imported articles' }).getByRole('listitem')).toHaveCount(1)
  expect(app.externalRequests).toEqual([])
})

test('a .brief file dropped together with an article opens, and the article is reviewed into it', async ({ app }) => {
  const { page } = app
  const briefing = createBriefing({ template: 'general', now: new Date('2026-03-01T09:00:00Z'), title: 'Dropped harbour briefing' })
  await writeFile(join(app.dir, 'harbour.brief'), JSON.stringify(briefing))
  await copyArticle(app, SHENZHEN)
  await page.evaluate((files) => {
    const dt = new DataTransfer()
    for (const name of files) dt.items.add(new File(['x'], name))
    document.querySelector('.sources-pane')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }))
  }, [SHENZHEN, 'harbour.brief'])
  const review = page.getByRole('dialog', { name: /Review import/ })
  await expect(review).toBeVisible(IMPORT_WAIT)
  await expect(page.locator('#hf-title')).toHaveValue('Dropped harbour briefing')
  await review.getByRole('button', { name: 'Add to Briefing' }).click()
  await expect(page.getByRole('list', { name: 'Imported articles' }).getByRole('listitem')).toHaveCount(1)
  await expect(page.locator('#hf-title')).toHaveValue('Dropped harbour briefing')
})
