// Writes the third held-out evaluation set: test/fixtures/eval3/<name>.html, <name>.truth.json and README.md, from
// the article texts and site-family templates in this folder (truth shape and content rules: the first and
// second sets' READMEs, plus the decisions in ../../test/fixtures/eval3/README.md).
// Run: npx tsx bench/import-eval3/write-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Block, parseBlocks } from '../import-eval/article-types'
import type { Page } from './page'
import { PAGES_CJK } from './pages-cjk'
import { PAGES_EN } from './pages-en'
import { PAGES_EN2 } from './pages-en2'
import { PAGES_EU } from './pages-eu'
import { README_HEAD, README_TAIL } from './readme'

const OUT = join(import.meta.dirname, '../../test/fixtures/eval3')

function truthBlock(b: Block): { type: string; text?: string; rows?: string[][] } {
  if (b.type === 'table') return { type: 'table', rows: b.rows }
  const type = b.type === 'subheading' ? 'heading' : b.type === 'orderedItem' ? 'listItem' : b.type
  return { type, text: b.text }
}

function blockText(b: Block): string {
  return b.type === 'table' ? b.rows.map((r) => r.join('\t')).join('\n') : b.text
}

mkdirSync(OUT, { recursive: true })
const pages: Page[] = [...PAGES_EN, ...PAGES_EN2, ...PAGES_EU, ...PAGES_CJK]
const rows: string[] = []
for (const { source: a, language, template, markup } of pages) {
  const blocks = parseBlocks(a.text)
  writeFileSync(join(OUT, `${a.name}.html`), template(a))
  const truth = {
    title: a.title,
    publisher: a.publisher,
    date: a.date,
    url: a.url,
    language,
    synthetic: true,
    family: a.family,
    body: blocks.map(blockText),
    blocks: blocks.map(truthBlock),
  }
  writeFileSync(join(OUT, `${a.name}.truth.json`), `${JSON.stringify(truth, null, 1)}\n`)
  const cjk = language === 'zh' || language === 'ja'
  const size = cjk ? `${a.text.replace(/\s/g, '').length} chars` : `${a.text.split(/\s+/).length} words`
  rows.push(`| \`${a.name}\` | ${a.family} (${language}) | ${size} | ${markup} |`)
  console.log(`${a.name}: ${size}`)
}
writeFileSync(join(OUT, 'README.md'), `${README_HEAD}\n| page | family (language) | size | what the markup has |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n\n${README_TAIL}`)
console.log(`wrote ${pages.length} pages to ${OUT}`)
