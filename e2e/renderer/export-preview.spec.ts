import { copyFile, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { unzipSync, strFromU8 } from 'fflate'
import { test, expect } from '../support/app-fixture'

const FIXTURE = resolve(__dirname, '../../test/fixtures/briefings/uk-submission.brief')

test('the Word preview shows the pages with the marking, and Export writes the same document', async ({ app }) => {
  const { page, platform, dir } = app
  const briefPath = join(dir, 'submission.brief')
  await copyFile(FIXTURE, briefPath)
  platform.openQueue.push(briefPath)
  await app.emit('menu:command', 'file:open')
  await expect(page.locator('.briefing-doc')).toContainText('Recommendation')

  await app.emit('menu:command', 'file:previewDocx')
  const pages = page.getByTestId('docx-preview').locator('section.docx')
  await expect(pages.first()).toBeVisible()
  await expect(pages.first().locator('header')).toContainText('OFFICIAL')
  await expect(pages.first().locator('footer')).toContainText('OFFICIAL')
  // Split into pages (LibreOffice lays this briefing out on 3), each with the marking top and bottom.
  expect(await pages.count()).toBeGreaterThan(1)
  await expect(pages.last().locator('header')).toContainText('OFFICIAL')
  await expect(pages.last().locator('footer')).toContainText('OFFICIAL')

  const out = join(dir, 'submission.docx')
  platform.docxQueue.push(out)
  await page.getByRole('button', { name: 'Export to Word…' }).click()
  await expect(page.getByText('Exported submission.docx')).toBeVisible()
  const files = unzipSync(new Uint8Array(await readFile(out)))
  const documentXml = strFromU8(files['word/document.xml']!)
  expect(documentXml).toContain('w:pStyle w:val="Heading1"')
  expect(Object.keys(files)).toContain('word/footnotes.xml')
  expect(app.externalRequests).toEqual([])
})
