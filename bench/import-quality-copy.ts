// Makes the copied-text forms of the HTML fixtures the way a user gets them: Chromium renders the
// page and we take what select-all + copy yields (document.body.innerText), plus its lowercased copy.
// Run: npx tsx bench/import-quality-copy.ts [STEM...]   (needs /usr/bin/chromium)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium } from '@playwright/test'

const DIR = join(import.meta.dirname, '../test/fixtures/articles')

async function main(): Promise<void> {
  const only = process.argv.slice(2)
  const stems = readdirSync(DIR)
    .filter((f) => f.endsWith('.html') && f.includes('synthetic'))
    .map((f) => f.replace(/\.html$/, ''))
    .filter((s) => !only.length || only.includes(s))
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium' })
  const page = await browser.newPage()
  for (const stem of stems) {
    await page.setContent(readFileSync(join(DIR, `${stem}.html`), 'utf8'), { waitUntil: 'domcontentloaded' })
    const text = await page.evaluate(() => document.body.innerText)
    writeFileSync(join(DIR, `${stem}.copied.txt`), text.replace(/\n{3,}/g, '\n\n') + '\n')
    writeFileSync(join(DIR, `${stem}.lower.txt`), text.replace(/\n{3,}/g, '\n\n').toLowerCase() + '\n')
    console.log(`${stem}: ${text.length} characters`)
  }
  await browser.close()
}

void main()
