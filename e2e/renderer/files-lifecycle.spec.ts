import { copyFile, readdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { test, expect } from '../support/app-fixture'

const FIXTURES = resolve(__dirname, '../../test/fixtures')

/** Everything in the autosave journal folder ('' while it does not exist yet). */
async function journalText(dir: string): Promise<string> {
  const folder = join(dir, 'userData/journal')
  const names = await readdir(folder).catch(() => [] as string[])
  const texts = await Promise.all(names.map((n) => readFile(join(folder, n), 'utf8').catch(() => '')))
  return texts.join('\n')
}

test.describe('briefing files in the app', () => {
  test('Save As writes a new file, it appears under Recent, and opens from there', async ({ app }) => {
    const { page, platform, dir } = app
    await page.locator('.briefing-doc').click()
    await page.keyboard.type('Draft for the recent list.')
    const path = join(dir, 'recent-one.brief')
    platform.saveQueue.push(path)
    await app.emit('menu:command', 'file:saveAs')
    await expect(page.getByTestId('save-state')).toHaveText(/^Saved/)
    expect(JSON.parse(await readFile(path, 'utf8')).format).toBe('briefwright')
    expect(platform.recentDocuments).toContain(path)

    await app.reload()
    await page.getByRole('button', { name: /Recent/ }).click()
    await page.getByRole('menuitem', { name: /recent-one\.brief/ }).click()
    await expect(page.locator('.briefing-doc')).toContainText('Draft for the recent list.')
  })

  test('the unsaved-changes guard: Cancel keeps the edits, Don’t Save lets the other file open', async ({ app }) => {
    const { page, platform, dir } = app
    const other = join(dir, 'other.brief')
    await copyFile(join(FIXTURES, 'briefings/general.brief'), other)
    await page.locator('.briefing-doc').click()
    await page.keyboard.type('Unsaved thoughts.')

    await app.emit('menu:command', 'file:open')
    const guard = page.getByRole('alertdialog', { name: 'Save changes?' })
    await expect(guard).toBeVisible()
    await guard.getByRole('button', { name: 'Cancel' }).click()
    await expect(page.locator('.briefing-doc')).toContainText('Unsaved thoughts.')
    expect(platform.openQueue).toHaveLength(0) // the dialog was never shown

    platform.openQueue.push(other)
    await app.emit('menu:command', 'file:open')
    await page.getByRole('alertdialog', { name: 'Save changes?' }).getByRole('button', { name: "Don't Save" }).click()
    await expect(page.locator('.briefing-doc')).not.toContainText('Unsaved thoughts.')
  })

  test('a change made on disk by another program is noticed, and saving asks before overwriting it', async ({ app }) => {
    const { page, platform, dir } = app
    const path = join(dir, 'shared.brief')
    await copyFile(join(FIXTURES, 'briefings/general.brief'), path)
    platform.openQueue.push(path)
    await app.emit('menu:command', 'file:open')
    await expect(page.getByText('Opened shared.brief')).toBeVisible()

    const theirs = JSON.parse(await readFile(path, 'utf8'))
    theirs.meta.title = 'Edited elsewhere'
    await writeFile(path, JSON.stringify(theirs, null, 2))
    await expect(page.getByText(/shared\.brief was changed by another program/)).toBeVisible({ timeout: 15_000 })

    await page.locator('.briefing-doc').click()
    await page.keyboard.type('My edit. ')
    await app.emit('menu:command', 'file:save')
    const ask = page.getByRole('alertdialog', { name: 'File changed on disk' })
    await expect(ask).toBeVisible()
    await ask.getByRole('button', { name: 'Cancel' }).click()
    expect(JSON.parse(await readFile(path, 'utf8')).meta.title).toBe('Edited elsewhere')

    await app.emit('menu:command', 'file:save')
    await page.getByRole('alertdialog', { name: 'File changed on disk' }).getByRole('button', { name: 'Overwrite' }).click()
    await expect(page.getByTestId('save-state')).toHaveText(/^Saved/)
    expect(await readFile(path, 'utf8')).toContain('My edit.')
  })

  test('a Word document opens as a new briefing with its headings and lists', async ({ app }) => {
    const { page, platform, dir } = app
    const docx = join(dir, 'harbourton.docx')
    await copyFile(join(FIXTURES, 'articles/harbourton-port-electrification.docx'), docx)
    platform.openQueue.push(docx)
    await app.emit('menu:command', 'file:open')
    const doc = page.locator('.briefing-doc')
    await expect(doc.locator('h1, h2, h3').first()).toBeVisible()
    await expect(doc.locator('li').first()).toBeVisible()
    await expect(doc).toContainText('electrify cargo-handling equipment')
    await expect(doc.locator('table')).toContainText('Terminal operator')
  })

  test('a briefing file dropped on the window opens', async ({ app }) => {
    const { page, dir } = app
    await copyFile(join(FIXTURES, 'briefings/uk-submission.brief'), join(dir, 'dropped.brief'))
    await page.evaluate(() => {
      const data = new DataTransfer()
      data.items.add(new File(['{}'], 'dropped.brief', { type: 'application/json' }))
      const target = document.querySelector('.workspace') ?? document.body
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: data, bubbles: true, cancelable: true }))
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }))
    })
    await expect(page.locator('.briefing-doc')).toContainText('Recommendation')
    await expect(page.getByText('Opened dropped.brief')).toBeVisible()
  })

  test('after a crash, the next start offers the unsaved work and recovers it exactly', async ({ app }) => {
    await app.page.locator('.briefing-doc').click()
    await app.page.keyboard.type('Work that was never saved.')
    await app.page.keyboard.press('Enter')
    await app.page.keyboard.type('Second paragraph.')
    const before = await app.page.locator('.briefing-doc').innerHTML()
    // The journal is written a few seconds after the last change (or on blur).
    await app.page.evaluate(() => window.dispatchEvent(new Event('blur')))
    await expect.poll(() => journalText(app.dir)).toContain('Second paragraph.')

    const page = await app.restart()
    const entry = page.getByTestId('recovery-entry')
    await expect(entry).toContainText('not saved to a file')
    await entry.getByRole('button', { name: 'Recover' }).click()
    await expect(page.locator('.briefing-doc')).toContainText('Second paragraph.')
    expect(await page.locator('.briefing-doc').innerHTML()).toBe(before)
    await expect(page.getByTestId('save-state')).toHaveText('Not saved yet')

    // Once the recovered work is saved, the journal entry is gone: the next start offers nothing.
    app.platform.saveQueue.push(join(app.dir, 'recovered.brief'))
    await app.emit('menu:command', 'file:saveAs')
    await expect(page.getByTestId('save-state')).toHaveText(/^Saved/)
    const next = await app.restart()
    await expect(next.locator('.briefing-doc')).toBeVisible()
    expect(await next.evaluate(() => window.api.invoke('recovery:list', {}))).toEqual({ ok: true, value: [] })
    await expect(next.getByTestId('recovery-entry')).toHaveCount(0)
  })
})
