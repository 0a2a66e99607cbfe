import { test, expect } from '../support/app-fixture'
import { addShenzhen, cursorAtEndOfDraft, selectInReader } from './sources-helpers'

const QUOTE = 'the added value of industrial enterprises above a designated size in shenzhen was 312.122 billion yuan'

test('cited snippets and footnotes are numbered in document order, listed under the page, and renumber live', async ({ app }) => {
  const { page } = app
  await addShenzhen(app)
  const draft = page.locator('.briefing-doc')
  await cursorAtEndOfDraft(page)

  // A quote through the sources pane (it calls insertSnippet): inline, between quotation marks.
  await selectInReader(page, QUOTE)
  await page.getByRole('toolbar', { name: 'Selected passage' }).getByRole('button', { name: 'Insert as quote' }).click()
  await expect(draft.locator('.citation-ref')).toHaveText(['1'])
  await expect(draft.locator('p', { hasText: 'Output grew.' })).toContainText(`\u201c${QUOTE}\u201d`)
  await expect(draft.locator('span[data-quoted]')).toHaveText(QUOTE)

  // A paraphrase dropped on the draft as the sources pane's drag data.
  const blockId = await page.locator('.source-reader-text [data-block-id]', { hasText: QUOTE }).getAttribute('data-block-id')
  const sourceId = await page.locator('[data-source-id]').first().getAttribute('data-source-id')
  await page.evaluate(
    ({ sourceId, blockId }) => {
      const dt = new DataTransfer()
      dt.setData('application/x-briefwright-snippet', JSON.stringify({ sourceId, blockId, text: 'ignored for a paraphrase', mode: 'paraphrase', locator: 'para. 3' }))
      const target = document.querySelector('.briefing-doc p')!
      const r = target.getBoundingClientRect()
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, clientX: r.left + 2, clientY: r.top + 6 }))
    },
    { sourceId, blockId },
  )
  // Dropped at the start of the paragraph: it comes first, and the quote's citation becomes 2.
  await expect(draft.locator('.citation-ref')).toHaveText(['1', '2'])
  await expect(draft.locator('.citation-ref').nth(1)).toHaveClass(/is-quote/)

  // The author's own footnote at the end (Ctrl+Alt+F), written in the notes area.
  // The caret at the very end: click past the end of the last line (a click on a citation would show
  // its passage instead, and a dropped citation stays node-selected, which Ctrl+End does not leave).
  const last = draft.locator('p').last()
  const box = (await last.boundingBox())!
  await last.click({ position: { x: box.width - 2, y: box.height - 4 } })
  await page.keyboard.press('Control+End')
  await page.keyboard.press('Control+Alt+f')
  const footnoteText = page.getByRole('textbox', { name: 'Footnote 3 text' })
  await expect(footnoteText).toBeFocused()
  await page.keyboard.type('Figures are for 2025.')
  await page.keyboard.press('Enter')
  await expect(draft.locator('.footnote-ref')).toHaveText('3')

  const notes = page.locator('.notes-list > li')
  await expect(notes).toHaveCount(3)
  await expect(notes.nth(1)).toContainText(QUOTE)
  await expect(notes.nth(2).locator('textarea')).toHaveValue('Figures are for 2025.')
  const cited = page.getByRole('list', { name: 'Sources cited' }).getByRole('listitem')
  await expect(cited).toHaveCount(1)

  // Deleting the first citation renumbers the rest at once.
  await page.locator('.notes-list > li').first().getByRole('button', { name: /Go to note 1/ }).click()
  await page.keyboard.press('Delete')
  await expect(draft.locator('.citation-ref')).toHaveText(['1'])
  await expect(draft.locator('.footnote-ref')).toHaveText('2')

  // Clicking a citation shows its passage in the source.
  await draft.locator('.citation-ref').first().click()
  await expect(page.locator('.source-reader-text .is-highlighted')).toContainText(QUOTE)

  // Editing the quoted words raises a drift finding in the live checks.
  await expect(page.locator('.lint-item[data-rule="quote-drift"]')).toHaveCount(0)
  // From the selected citation, step left over the closing quotation mark into the quoted words.
  await expect(page.locator('.briefing-doc .citation-ref.ProseMirror-selectednode')).toHaveCount(1)
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft')
  await page.keyboard.type('XYZ')
  const drift = page.locator('.lint-item[data-rule="quote-drift"]')
  await expect(drift).toHaveCount(1)
  await expect(drift).toContainText('no longer matches the source passage')
  // The finding leads back to the edited quote.
  await page.locator('.briefing-doc').evaluate(() => window.getSelection()?.removeAllRanges())
  await drift.getByRole('button').click()
  await expect(draft).toBeFocused()
})
