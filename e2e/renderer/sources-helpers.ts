import { copyFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import type { Page } from '@playwright/test'
import { expect, type AppHarness } from '../support/app-fixture'

const ARTICLES = resolve(__dirname, '../../test/fixtures/articles')
export const SHENZHEN = 'shenzhen-innovation-centers.txt'
/** Imports run in main's worker; on a loaded machine the first result can take a while to come back. */
export const IMPORT_WAIT = { timeout: 45_000 }

/** Copies a sample article into the test's folder and returns its path there. */
export async function copyArticle(app: AppHarness, name: string): Promise<string> {
  const target = join(app.dir, name)
  await copyFile(join(ARTICLES, name), target)
  return target
}

/** Imports a sample through File → Import Article (the scripted dialog picks it) and waits for the review. */
export async function importViaMenu(app: AppHarness, name: string) {
  app.platform.importQueue.push([await copyArticle(app, name)])
  await app.emit('menu:command', 'file:importArticle')
  const review = app.page.getByRole('dialog', { name: /Review import/ })
  await expect(review).toBeVisible(IMPORT_WAIT)
  return review
}

/** Imports the Shenzhen sample and adds it to the briefing as reviewed. */
export async function addShenzhen(app: AppHarness): Promise<void> {
  const review = await importViaMenu(app, SHENZHEN)
  await review.getByRole('button', { name: 'Add to Briefing' }).click()
  await expect(review).toBeHidden()
  await expect(app.page.locator('.source-reader-text')).toBeVisible()
}

/** Selects `text` inside the reader's block that contains it (as a user's mouse selection would). */
export async function selectInReader(page: Page, text: string): Promise<void> {
  const found = await page.evaluate((wanted) => {
    const reader = document.querySelector('.source-reader-text')
    const el = Array.from(reader?.querySelectorAll('[data-block-id]') ?? []).find((b) => b.textContent?.includes(wanted))
    const node = el?.firstChild
    if (!node || !node.textContent) return false
    const start = node.textContent.indexOf(wanted)
    const range = document.createRange()
    range.setStart(node, start)
    range.setEnd(node, start + wanted.length)
    ;(reader as HTMLElement).focus()
    const sel = window.getSelection()!
    sel.removeAllRanges()
    sel.addRange(range)
    return true
  }, text)
  expect(found, `text in the reader: ${text}`).toBe(true)
}

/** Puts the editor's cursor at the end of its last paragraph with text, where inserted snippets go. */
export async function cursorAtEndOfDraft(page: Page): Promise<void> {
  const editor = page.locator('.briefing-doc')
  await editor.click()
  await page.keyboard.press('Control+End')
  await page.keyboard.type('Output grew. ')
}
