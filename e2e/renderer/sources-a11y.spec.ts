import AxeBuilder from '@axe-core/playwright'
import type { Page } from '@playwright/test'
import { test, expect } from '../support/app-fixture'
import { importViaMenu, SHENZHEN } from './sources-helpers'

async function serious(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze()
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

test('axe finds no serious or critical violations in the import review, the source reader, the figures and the paste dialog', async ({ app }) => {
  const { page } = app
  const review = await importViaMenu(app, SHENZHEN)
  expect(await serious(page)).toEqual([])
  await review.getByRole('button', { name: 'Add to Briefing' }).click()
  await expect(page.locator('.source-reader-text')).toBeVisible()
  expect(await serious(page)).toEqual([])

  // The view tabs follow the tabs pattern: arrow keys switch views.
  await page.getByRole('tab', { name: 'Article' }).focus()
  await page.keyboard.press('ArrowRight')
  await expect(page.getByRole('tab', { name: /^Figures/ })).toHaveAttribute('aria-selected', 'true')
  await page.getByRole('list', { name: 'Imported articles' }).getByRole('button', { name: /^Details/ }).click()
  expect(await serious(page)).toEqual([])

  await app.emit('menu:command', 'file:pasteArticle')
  await expect(page.getByRole('dialog', { name: 'Paste Article Text' })).toBeVisible()
  expect(await serious(page)).toEqual([])
})
