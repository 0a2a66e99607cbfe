import { test, expect } from '../support/app-fixture'

test('keyboard only: the palette finds commands by name and runs them; the shortcuts help lists them', async ({ app }) => {
  const { page } = app
  await page.locator('.briefing-doc').focus()
  await page.keyboard.type('Findings')
  await page.keyboard.press('Control+k')
  const palette = page.getByRole('dialog', { name: 'Command palette' })
  const input = palette.getByRole('combobox', { name: 'Type a command' })
  await expect(input).toBeFocused()
  // Every command is listed with its shortcut.
  await expect(palette.getByRole('option', { name: /Find and replace.*Ctrl\+H/ })).toBeVisible()
  await page.keyboard.type('heading 2')
  await expect(palette.getByRole('option').first()).toContainText('Heading 2')
  await page.keyboard.press('Enter')
  await expect(palette).toBeHidden()
  await expect(page.locator('.briefing-doc h2')).toHaveText('Findings')

  // Arrow keys move through the list; Escape closes and gives the text its focus back.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('zoom')
  await page.keyboard.press('ArrowDown')
  await expect(input).toHaveAttribute('aria-activedescendant', /palette-view-zoomOut|palette-view-zoomReset|palette-view-zoomIn/)
  await page.keyboard.press('Escape')
  await expect(palette).toBeHidden()
  await expect(page.locator('.briefing-doc')).toBeFocused()

  // New briefing entirely by keyboard: palette → dialog → arrow through templates → Enter.
  await page.keyboard.press('Control+k')
  await page.keyboard.type('new briefing')
  await page.keyboard.press('Enter')
  const dialog = page.getByRole('dialog', { name: 'New briefing' })
  await expect(dialog).toBeVisible()
  await expect(dialog.getByRole('radio', { checked: true })).toBeFocused()
  await page.keyboard.press('ArrowDown')
  await expect(dialog.getByRole('radio', { name: /UK ministerial submission/ })).toBeChecked()
  await page.keyboard.press('Enter')
  // Unsaved changes: the save question appears; choose Don't Save by keyboard.
  const ask = page.getByRole('alertdialog', { name: 'Save changes?' })
  await expect(ask).toBeVisible()
  await page.keyboard.press('Tab')
  await expect(ask.getByRole('button', { name: "Don't Save" })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.locator('.briefing-doc h1').first()).toHaveText('Issue')

  await page.keyboard.press('Control+/')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help.getByRole('row', { name: /Insert footnote.*Ctrl\+Alt\+F/ })).toBeVisible()
  await page.keyboard.press('Escape')
  await expect(help).toBeHidden()
})
