import AxeBuilder from '@axe-core/playwright'
import { test, expect } from '../support/app-fixture'
import { addShenzhen, cursorAtEndOfDraft, selectInReader } from './sources-helpers'
import { newFromTemplate } from './editor-helpers'

test('axe finds no serious or critical violations on the main screen, the New Briefing dialog or the palette', async ({ app }) => {
  const { page } = app
  await newFromTemplate(app, 'Australian ministerial brief', { Title: 'Port electrification' })
  await addShenzhen(app)
  await cursorAtEndOfDraft(page)
  await selectInReader(page, 'the added value of industrial enterprises')
  await page.keyboard.press('Control+Shift+Q')
  await expect(page.locator('.citation-ref')).toHaveCount(1)
  await page.keyboard.press('Control+f')

  const serious = async () => {
    const results = await new AxeBuilder({ page }).analyze()
    return results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
  }
  expect(await serious()).toEqual([])
  await page.keyboard.press('Escape')

  await app.emit('menu:command', 'file:new')
  await expect(page.getByRole('dialog', { name: 'New briefing' })).toBeVisible()
  expect(await serious()).toEqual([])
  await page.keyboard.press('Escape')

  await page.keyboard.press('Control+k')
  await expect(page.getByRole('dialog', { name: 'Command palette' })).toBeVisible()
  expect(await serious()).toEqual([])
})
