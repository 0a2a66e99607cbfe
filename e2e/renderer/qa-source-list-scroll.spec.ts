import { copyFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { test, expect } from '../support/app-fixture'
import { IMPORT_WAIT } from './sources-helpers'

const ARTICLES = resolve(__dirname, '../../test/fixtures/articles')
const NAMES = ['synthetic-blog-heat-pumps.copied.txt', 'synthetic-gov-press-release.copied.txt', 'synthetic-news-grid-battery.copied.txt', 'synthetic-wire-copper-tariffs.copied.txt', 'synthetic-thinktank-water-pricing.copied.txt', 'battery-passport-commentary.txt']

test('the article just added is scrolled into view in a long sources list', async ({ app }) => {
  test.setTimeout(180_000)
  const { page } = app
  const paths = await Promise.all(NAMES.map(async (n) => (await copyFile(join(ARTICLES, n), join(app.dir, n)), join(app.dir, n))))
  app.platform.importQueue.push(paths)
  await app.emit('menu:command', 'file:importArticle')
  const review = page.getByRole('dialog', { name: /Review import/ })
  for (let i = 0; i < NAMES.length; i++) {
    await expect(review.getByRole('heading')).toHaveText(`Review import (${i + 1} of ${NAMES.length})`, IMPORT_WAIT)
    await review.getByRole('button', { name: 'Add to Briefing' }).click()
  }
  await expect(review).toBeHidden()
  const list = page.getByRole('list', { name: 'Imported articles' })
  await expect(list.getByRole('listitem')).toHaveCount(NAMES.length)
  // The list is taller than its box, so without scrolling the last item would be hidden below.
  expect(await list.evaluate((el) => el.scrollHeight > el.clientHeight)).toBe(true)
  const active = list.locator('li.is-active')
  await expect(active).toContainText('What the EU battery passport means')
  await expect.poll(() => active.evaluate((li) => {
    const box = li.parentElement!.getBoundingClientRect()
    const r = li.getBoundingClientRect()
    return r.top >= box.top - 1 && r.bottom <= box.bottom + 1
  })).toBe(true)
})
