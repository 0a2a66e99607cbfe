// Makes the text forms of each evaluation page the way a person would: the page loaded offline in headless
// Chromium with JavaScript off, then document.body.innerText (what Select All + Copy gives) saved as
// <name>.copied.txt and its lowercase as <name>.lower.txt.
// Run: npx tsx bench/import-eval/make-text-forms.ts [--dir <path>]   (default test/fixtures/eval; a relative
// path is taken from the repo root)
import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { chromium } from 'playwright'

const dirIndex = process.argv.indexOf('--dir')
const dirOption = dirIndex >= 0 ? process.argv[dirIndex + 1] : undefined
const DIR = dirOption ? resolve(join(import.meta.dirname, '../..'), dirOption) : join(import.meta.dirname, '../../test/fixtures/eval')

async function main(): Promise<void> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, viewport: { width: 1280, height: 900 } })
    // Offline: every request except the page itself is refused, so no image or stylesheet is fetched.
    await context.route('**/*', (route) => route.abort())
    const page = await context.newPage()
    for (const file of readdirSync(DIR).filter((f) => f.endsWith('.html')).sort()) {
      const stem = file.replace(/\.html$/, '')
      await page.setContent(readFileSync(join(DIR, file), 'utf8'), { waitUntil: 'domcontentloaded' })
      const text = await page.evaluate(() => document.body.innerText)
      writeFileSync(join(DIR, `${stem}.copied.txt`), `${text}\n`)
      writeFileSync(join(DIR, `${stem}.lower.txt`), `${text.toLowerCase()}\n`)
      console.log(`${stem}: ${text.length} chars`)
    }
  } finally {
    await browser.close()
  }
}

main().catch((err: unknown) => {
  console.error(err)
  process.exit(1)
})
