import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { test, expect } from '../support/app-fixture'

/** Everything in the autosave journal folder ('' while it does not exist yet). */
async function journalText(dir: string): Promise<string> {
  const folder = join(dir, 'userData/journal')
  const names = await readdir(folder).catch(() => [] as string[])
  return (await Promise.all(names.map((n) => readFile(join(folder, n), 'utf8').catch(() => '')))).join('\n')
}

// Work the user explicitly threw away must not come back as "unsaved work" after a crash.
test('Close Briefing → Don’t Save, then a crash: the next start offers nothing to recover', async ({ app }) => {
  const page = app.page
  await page.locator('.briefing-doc').click()
  await page.keyboard.type('Thoughts I chose to throw away.')
  // Let the autosave journal capture the work first (it is written on blur).
  await page.evaluate(() => window.dispatchEvent(new Event('blur')))
  await expect.poll(() => journalText(app.dir)).toContain('Thoughts I chose')

  await app.emit('menu:command', 'file:close')
  const guard = page.getByRole('alertdialog', { name: 'Save changes?' })
  await expect(guard).toContainText('before you close it?')
  await guard.getByRole('button', { name: "Don't Save" }).click()
  await expect(page.locator('.briefing-doc')).not.toContainText('Thoughts I chose')
  await expect(page.getByTestId('save-state')).toHaveText('Not saved yet')

  const next = await app.restart()
  await expect(next.locator('.briefing-doc')).toBeVisible()
  await expect.poll(() => next.evaluate(() => window.api.invoke('recovery:list', {}))).toEqual({ ok: true, value: [] })
  await expect(next.getByTestId('recovery-entry')).toHaveCount(0)
})

test('Revert throws the edits away for good: a crash afterwards does not offer them', async ({ app }) => {
  const page = app.page
  await page.locator('.briefing-doc').click()
  await page.keyboard.type('Kept on disk.')
  app.platform.saveQueue.push(`${app.dir}/kept.brief`)
  await app.emit('menu:command', 'file:save')
  await expect(page.getByTestId('save-state')).toHaveText(/^Saved/)
  await page.keyboard.type(' Edits to revert.')
  await page.evaluate(() => window.dispatchEvent(new Event('blur')))
  await expect.poll(() => journalText(app.dir)).toContain('Edits to revert.')
  await app.emit('menu:command', 'file:revert')
  await page.getByRole('alertdialog', { name: 'Revert to saved?' }).getByRole('button', { name: 'Revert' }).click()
  await expect(page.locator('.briefing-doc')).not.toContainText('Edits to revert.')

  const next = await app.restart()
  await expect(next.locator('.briefing-doc')).toBeVisible()
  await expect.poll(() => next.evaluate(() => window.api.invoke('recovery:list', {}))).toEqual({ ok: true, value: [] })
})
