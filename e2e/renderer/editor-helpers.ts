import type { Page } from '@playwright/test'
import { expect, type AppHarness } from '../support/app-fixture'

/** Opens File → New Briefing (as the menu would), picks a template by name and creates it. */
export async function newFromTemplate(app: AppHarness, templateName: string | RegExp, fields: Record<string, string> = {}): Promise<void> {
  await app.emit('menu:command', 'file:new')
  const dialog = app.page.getByRole('dialog', { name: 'New briefing' })
  await expect(dialog).toBeVisible()
  await dialog.getByRole('radio', { name: templateName }).check()
  for (const [label, value] of Object.entries(fields)) {
    // Required fields' labels end with a star: match the label's start.
    const field = dialog.getByLabel(new RegExp(`^${label}( \\*)?$`))
    if ((await field.evaluate((el) => el.tagName)) === 'SELECT') await field.selectOption(value)
    else await field.fill(value)
  }
  await dialog.getByRole('button', { name: 'Create briefing' }).click()
  await expect(dialog).toBeHidden()
}

/** Places the cursor at the start of the paragraph under a section heading and types. */
export async function typeInSection(page: Page, heading: string, text: string): Promise<void> {
  // By keyboard from the heading: a click on a guided paragraph's placeholder text can land at the end
  // of the heading instead, depending on layout.
  await page.locator('.briefing-doc h1', { hasText: heading }).click()
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowRight')
  await page.keyboard.type(text)
}

/** The lint findings' messages shown in the Checks panel, once the lint has run. */
export async function lintMessages(page: Page): Promise<string[]> {
  return page.locator('.lint-panel .lint-message').allTextContents()
}
