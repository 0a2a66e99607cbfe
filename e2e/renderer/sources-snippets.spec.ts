import { test, expect } from '../support/app-fixture'
import { addShenzhen, cursorAtEndOfDraft, selectInReader } from './sources-helpers'

const QUOTE = 'the added value of industrial enterprises above a designated size in shenzhen was 312.122 billion yuan'

test('selected source text is inserted as a quote (toolbar) and as a paraphrase (context menu), with citations', async ({ app }) => {
  const { page } = app
  await addShenzhen(app)
  const draft = page.locator('.briefing-doc')
  await cursorAtEndOfDraft(page)

  await selectInReader(page, QUOTE)
  const toolbar = page.getByRole('toolbar', { name: 'Selected passage' })
  await expect(toolbar).toBeVisible()
  await toolbar.getByRole('button', { name: 'Insert as quote' }).click()
  await expect(draft).toContainText(QUOTE)
  await expect(draft.locator('.citation-ref')).toHaveCount(1)

  await selectInReader(page, 'shenzhen china star optoelectronics technology')
  // Right-click inside the selection (which keeps it) opens the app's own menu.
  const rect = await page.evaluate(() => {
    const r = window.getSelection()!.getRangeAt(0).getBoundingClientRect()
    return { x: r.left + r.width / 2, y: r.top + r.height / 2 }
  })
  await page.mouse.click(rect.x, rect.y, { button: 'right' })
  const menu = page.getByRole('menu', { name: 'Selected passage' })
  await expect(menu).toBeVisible()
  await menu.getByRole('menuitem', { name: /Insert as paraphrase/ }).click()
  await expect(menu).toBeHidden()
  await expect(draft.locator('.citation-ref')).toHaveCount(2)
  await expect(draft).not.toContainText('shenzhen china star optoelectronics technology')
  await page.screenshot({ path: 'test-results/sources-snippets.png' })
})

test('keyboard only: Tab into the reader, extend a selection with the keyboard, Ctrl+Shift+Q inserts it as a quote', async ({ app }) => {
  const { page } = app
  await addShenzhen(app)
  const draft = page.locator('.briefing-doc')
  await cursorAtEndOfDraft(page)

  await page.getByRole('tab', { name: /^Figures/ }).focus()
  await page.keyboard.press('Tab')
  const reader = page.locator('.source-reader-text')
  await expect(reader).toBeFocused()
  // From the start of the article: move down to the first body paragraph, then select four words.
  const firstBlock = await reader.locator('[data-block-id]').first().textContent()
  const target = await reader.locator('[data-block-id]', { hasText: 'from the generation 8.5 lcd panel' }).textContent()
  expect(target).toBeTruthy()
  await page.keyboard.press('Control+Home')
  if (!firstBlock?.startsWith('from the generation')) {
    // Step block by block until the caret is in the paragraph (Ctrl+Down moves one paragraph in Chromium).
    for (let i = 0; i < 6; i++) {
      const inTarget = await page.evaluate(() => window.getSelection()?.anchorNode?.parentElement?.textContent?.startsWith('from the generation') ?? false)
      if (inTarget) break
      await page.keyboard.press('Control+ArrowDown')
    }
  }
  for (let i = 0; i < 4; i++) await page.keyboard.press('Control+Shift+ArrowRight')
  const selected = (await page.evaluate(() => window.getSelection()?.toString() ?? '')).trim()
  expect(selected).toBe('from the generation 8.5')
  await page.keyboard.press('Control+Shift+Q')
  await expect(draft).toContainText('from the generation 8.5')
  await expect(draft.locator('.citation-ref')).toHaveCount(1)
  // Typing, deleting, cutting, formatting in the reader change nothing: it is read-only.
  const before = await reader.innerHTML()
  await reader.focus()
  await page.keyboard.type('xyz')
  await page.keyboard.press('Control+Shift+ArrowRight')
  for (const key of ['Backspace', 'Delete', 'Enter', 'Control+b', 'Control+x']) await page.keyboard.press(key)
  await expect(reader).not.toContainText('xyz')
  expect(await reader.innerHTML()).toBe(before)
})

test('a key figure is inserted with its citation in one click', async ({ app }) => {
  const { page } = app
  await addShenzhen(app)
  await cursorAtEndOfDraft(page)
  await page.getByRole('tab', { name: /^Figures/ }).click()
  const figure = page.locator('.figure-list li', { hasText: '312.122 billion yuan' }).first()
  await figure.getByRole('button', { name: /^Insert the sentence with 312\.122 billion yuan/ }).click()
  const draft = page.locator('.briefing-doc')
  await expect(draft).toContainText('312.122 billion yuan')
  await expect(draft.locator('.citation-ref')).toHaveCount(1)
})

test('a selection dragged to the draft carries a snippet; removing a cited source warns first', async ({ app }) => {
  const { page } = app
  await addShenzhen(app)
  await selectInReader(page, QUOTE)
  const payload = await page.evaluate(() => {
    const dt = new DataTransfer()
    const block = window.getSelection()!.anchorNode!.parentElement!
    block.dispatchEvent(new DragEvent('dragstart', { dataTransfer: dt, bubbles: true, cancelable: true }))
    const raw = dt.getData('application/x-briefwright-snippet')
    const target = document.querySelector('.briefing-doc p:last-of-type') ?? document.querySelector('.briefing-doc')!
    const r = target.getBoundingClientRect()
    target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true, clientX: r.right - 4, clientY: r.top + 6 }))
    return raw
  })
  const snippet = JSON.parse(payload) as { sourceId: string; blockId: string; text: string; mode: string; locator: string }
  expect(snippet).toMatchObject({ text: QUOTE, mode: 'quote', locator: 'para. 3' })
  const draft = page.locator('.briefing-doc')
  await expect(draft.locator('.citation-ref')).toHaveCount(1)

  const item = page.getByRole('list', { name: 'Imported articles' }).getByRole('listitem')
  await item.getByRole('button', { name: /^Remove/ }).click()
  const confirm = page.getByRole('alertdialog', { name: 'Remove a cited source?' })
  await expect(confirm).toContainText('One citation')
  await confirm.getByRole('button', { name: 'Cancel' }).click()
  await expect(item).toHaveCount(1)
  await item.getByRole('button', { name: /^Remove/ }).click()
  await confirm.getByRole('button', { name: 'Remove' }).click()
  await expect(item).toHaveCount(0)
})

test('clicking a citation highlights its passage in the source', async ({ app }) => {
  const { page } = app
  await addShenzhen(app)
  await cursorAtEndOfDraft(page)
  await selectInReader(page, QUOTE)
  await page.keyboard.press('Control+Shift+Q')
  const cite = page.locator('.briefing-doc .citation-ref').first()
  await expect(cite).toBeVisible()
  await cite.click()
  await expect(page.locator('.source-reader-text .is-highlighted')).toContainText(QUOTE)
})

test('a selection over two paragraphs cites the first paragraph only, and says so', async ({ app }) => {
  const { page } = app
  await addShenzhen(app)
  await cursorAtEndOfDraft(page)
  await page.evaluate(() => {
    const blocks = Array.from(document.querySelectorAll('.source-reader-text [data-block-id]'))
    const a = blocks.find((b) => b.textContent?.startsWith('from the generation 8.5'))!.firstChild!
    const b = blocks.find((x) => x.textContent?.startsWith('sticking to the spirit'))!.firstChild!
    const range = document.createRange()
    range.setStart(a, a.textContent!.indexOf('thus taking'))
    range.setEnd(b, 'sticking to the spirit'.length)
    ;(document.querySelector('.source-reader-text') as HTMLElement).focus()
    window.getSelection()!.removeAllRanges()
    window.getSelection()!.addRange(range)
  })
  await page.keyboard.press('Control+Shift+Q')
  const draft = page.locator('.briefing-doc')
  await expect(draft).toContainText('thus taking “made in shenzhen” to an even higher level.')
  await expect(draft).not.toContainText('sticking to the spirit')
  await expect(page.getByText('only the first paragraph’s part was used')).toBeVisible()
})
