import { copyFile, mkdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { test, expect } from '../support/app-fixture'
import { addShenzhen, selectInReader } from './sources-helpers'
import { newFromTemplate, typeInSection } from './editor-helpers'

const SHOT = 'test-results/editor.png'

// The README's screenshot: a UK submission with a source open, a quote and a footnote, and the
// live checks. Set UPDATE_SCREENSHOTS=1 to copy it to docs/images/editor.png.
test('the editor with a template, an open source and the checks panel renders as in the README', async ({ app }) => {
  const { page } = app
  await newFromTemplate(app, 'UK ministerial submission', { Title: 'Shenzhen manufacturing growth', To: 'Minister for Trade', From: 'A. Analyst, Asia Trade Unit' })
  await addShenzhen(app)
  await typeInSection(page, 'Issue', 'Whether to prioritise advanced manufacturing links with Shenzhen in next year’s trade mission.')
  await typeInSection(page, 'Recommendation', 'That you agree to lead the mission in March. ')
  await typeInSection(page, 'Background', 'Industrial output in Shenzhen kept growing in 2025: ')
  await selectInReader(page, 'the added value of industrial enterprises above a designated size in shenzhen was 312.122 billion yuan')
  await page.getByRole('toolbar', { name: 'Selected passage' }).getByRole('button', { name: 'Insert as quote' }).click()
  await page.keyboard.type('. Local officials expect the new display lines to sustain it')
  await page.keyboard.press('Control+Alt+f')
  await page.keyboard.type('Figures are provisional until the annual statistical bulletin.')
  await page.keyboard.press('Enter')
  await expect(page.locator('.citation-ref')).toHaveCount(1)
  await expect(page.locator('.footnote-ref')).toHaveText('2')
  // The checks settle once typing pauses: the sections written above are no longer reported empty.
  await expect(page.locator('.lint-panel .lint-item', { hasText: '"Issue" is empty' })).toHaveCount(0)
  await expect(page.locator('.lint-panel .lint-item', { hasText: '"Timing" is empty' })).toHaveCount(1)
  await page.locator('.briefing-doc h1', { hasText: 'Issue' }).scrollIntoViewIfNeeded()
  await page.evaluate(() => document.querySelector('.editor-pane')?.scrollTo(0, 0))
  await page.screenshot({ path: SHOT })
  if (process.env['UPDATE_SCREENSHOTS']) {
    const target = resolve(__dirname, '../../docs/images/editor.png')
    await mkdir(resolve(target, '..'), { recursive: true })
    await copyFile(SHOT, target)
  }
})
