import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from '../support/app-fixture'

test('a typed briefing is saved, reopened, and identical on disk and on screen', async ({ app }) => {
  const { page, platform, dir } = app
  const editor = page.locator('.briefing-doc')
  await editor.click()
  await page.keyboard.type('Port electrification')
  await page.keyboard.press('Enter')
  await page.keyboard.type('The council approved shore power for two berths.')
  await expect(page.getByTestId('save-state')).toHaveText('Not saved yet')

  const path = join(dir, 'harbour.brief')
  platform.saveQueue.push(path)
  await app.emit('menu:command', 'file:save') // Ctrl+S is the app menu's accelerator; the test sends its command
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/)
  const firstSave = JSON.parse(await readFile(path, 'utf8'))
  expect(firstSave.doc.content.map((n: { content?: { text: string }[] }) => n.content?.[0]?.text)).toEqual([
    'Port electrification',
    'The council approved shore power for two berths.',
  ])
  const htmlBefore = await editor.innerHTML()

  // Start afresh, then reopen the file through the Open dialog.
  await app.reload()
  await expect(editor).not.toContainText('Port electrification')
  platform.openQueue.push(path)
  await app.emit('menu:command', 'file:open')
  await expect(editor).toContainText('The council approved shore power for two berths.')
  expect(await editor.innerHTML()).toBe(htmlBefore)

  // Saving again without edits writes the same document.
  await app.emit('menu:command', 'file:save')
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/)
  const secondSave = JSON.parse(await readFile(path, 'utf8'))
  expect(secondSave.doc).toEqual(firstSave.doc)
  expect(app.externalRequests).toEqual([])
})
