import { copyFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { test, expect } from '../support/app-fixture'

const FIXTURE = resolve(__dirname, '../../test/fixtures/briefings/uk-submission.brief')

/** Left and right edges of the preview pane and of its first page, in window pixels. */
async function edges(page: Page) {
  return page.evaluate(() => {
    const pane = document.querySelector('[data-testid="docx-preview"]')!.getBoundingClientRect()
    const sheet = document.querySelector('[data-testid="docx-preview"] section.docx')!.getBoundingClientRect()
    return { paneLeft: pane.left, paneRight: pane.right, sheetLeft: sheet.left, sheetRight: sheet.right }
  })
}

test('the Word preview shows a whole A4 page, neither cut off at the left nor spilling over the pane', async ({ app }) => {
  const { page, platform, dir } = app
  const briefPath = join(dir, 'submission.brief')
  await copyFile(FIXTURE, briefPath)
  platform.openQueue.push(briefPath)
  await app.emit('menu:command', 'file:open')
  await expect(page.locator('.briefing-doc')).toContainText('Recommendation')
  await app.emit('menu:command', 'file:previewDocx')
  await expect(page.getByTestId('docx-preview').locator('section.docx').first()).toBeVisible()

  // 1400px window: the dialog has room for the page, so it sits wholly inside the pane.
  const wide = await edges(page)
  expect(wide.sheetLeft).toBeGreaterThanOrEqual(wide.paneLeft)
  expect(wide.sheetRight).toBeLessThanOrEqual(wide.paneRight)

  // A narrow window: the page is wider than the pane, and its left edge must still be reachable.
  await page.setViewportSize({ width: 760, height: 800 })
  const narrow = await edges(page)
  expect(narrow.sheetLeft).toBeGreaterThanOrEqual(narrow.paneLeft)
})
