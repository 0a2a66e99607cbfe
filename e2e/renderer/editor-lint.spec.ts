import { test, expect } from '../support/app-fixture'
import { newFromTemplate } from './editor-helpers'

test('a required section turned into body text is reported missing; clicking an empty-section finding goes to it', async ({ app }) => {
  const { page } = app
  await newFromTemplate(app, 'UK ministerial submission')
  const lint = page.locator('.lint-panel')
  await expect(lint.locator('.lint-item', { hasText: 'The required section "Timing" is empty.' })).toHaveCount(1)

  await page.locator('.briefing-doc h1', { hasText: 'Timing' }).click()
  await page.keyboard.press('Control+Alt+0')
  await expect(lint.locator('.lint-item', { hasText: 'The required section "Timing" is missing.' })).toHaveCount(1)
  await expect(page.getByTestId('lint-counts')).toContainText(/[1-9]\d* errors?/)

  await lint.locator('.lint-item', { hasText: 'The required section "Argument" is empty.' }).getByRole('button').click()
  const inArgument = await page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('h1, p')?.textContent)
  expect(inArgument).toBe('Argument')
})

test('a US action memo pasted past two pages is flagged over its page limit, in the checks and the status bar', async ({ app }) => {
  const { page } = app
  await newFromTemplate(app, 'US action memo')
  await expect(page.getByTestId('page-estimate')).toContainText('of 2')
  await expect(page.getByTestId('page-estimate')).not.toHaveClass(/over-limit/)

  // Paste (as from Word) about 1,600 words into the Background section.
  const sentence = 'The port authority expects container volumes to grow steadily over the next decade, driven by regional trade. '
  const paragraph = sentence.repeat(10)
  const html = `<html><body><!--StartFragment-->${Array.from({ length: 9 }, () => `<p class=MsoNormal style='mso-margin-top-alt:auto'><span style='font-family:"Times New Roman"'>${paragraph}</span><o:p></o:p></p>`).join('')}<!--EndFragment--></body></html>`
  // Into the (empty, guided) paragraph under the heading by keyboard: a click on placeholder text can
  // land at the end of the heading instead, depending on layout.
  await page.locator('.briefing-doc h1', { hasText: 'Background' }).click()
  await page.keyboard.press('End')
  await page.keyboard.press('ArrowRight')
  await expect.poll(() => page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.closest('h1, p')?.tagName ?? (window.getSelection()?.anchorNode as Element | null)?.tagName)).toBe('P')
  await page.evaluate((pasted) => {
    const dt = new DataTransfer()
    dt.setData('text/html', pasted)
    dt.setData('text/plain', 'plain')
    document.querySelector('.briefing-doc')!.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }))
  }, html)
  await expect(page.locator('.briefing-doc p', { hasText: 'port authority' })).toHaveCount(9)
  // The Word junk did not come along.
  expect(await page.locator('.briefing-doc').innerHTML()).not.toMatch(/Mso|mso-|font-family|o:p/)

  const finding = page.locator('.lint-item[data-rule="page-limit"]')
  await expect(finding).toHaveCount(1)
  await expect(finding).toContainText('the template allows 2')
  await expect(page.getByTestId('page-estimate')).toHaveClass(/over-limit/)
})

test('the empty document the app starts with has nothing to check; the checks start once there is text', async ({ app }) => {
  const { page } = app
  const lint = page.locator('.lint-panel')
  await expect(lint.getByText('Nothing to check yet.', { exact: false })).toBeVisible()
  await expect(lint.locator('.lint-item')).toHaveCount(0)
  await page.locator('.briefing-doc').click()
  await page.keyboard.type('The port will electrify its berths by 2030.')
  await expect(lint.locator('.lint-item').first()).toBeVisible()
  await expect(lint.getByText('Nothing to check yet.', { exact: false })).toHaveCount(0)
})
