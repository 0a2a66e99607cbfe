// Writes the held-out evaluation pages: test/fixtures/eval/<name>.html and <name>.truth.json, from the
// article texts and site-family templates in this folder. Run: npx tsx bench/import-eval/write-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Block, parseBlocks } from './article-types'
import { ENGLISH } from './articles-en'
import { CHINESE } from './articles-zh'
import { FAMILIES } from './families'

const OUT = join(import.meta.dirname, '../../test/fixtures/eval')

function truthBlock(b: Block): { type: string; text?: string; rows?: string[][] } {
  if (b.type === 'table') return { type: 'table', rows: b.rows }
  const type = b.type === 'subheading' ? 'heading' : b.type === 'orderedItem' ? 'listItem' : b.type
  return { type, text: b.text }
}

function blockText(b: Block): string {
  return b.type === 'table' ? b.rows.map((r) => r.join('\t')).join('\n') : b.text
}

mkdirSync(OUT, { recursive: true })
for (const a of [...ENGLISH, ...CHINESE]) {
  const template = FAMILIES[a.family]
  if (!template) throw new Error(`no template for family ${a.family}`)
  const blocks = parseBlocks(a.text)
  writeFileSync(join(OUT, `${a.name}.html`), template(a))
  const truth = {
    title: a.title,
    publisher: a.publisher,
    date: a.date,
    url: a.url,
    language: a.family.startsWith('zh-') ? 'zh' : 'en',
    synthetic: true,
    family: a.family,
    body: blocks.map(blockText),
    blocks: blocks.map(truthBlock),
  }
  writeFileSync(join(OUT, `${a.name}.truth.json`), `${JSON.stringify(truth, null, 1)}\n`)
}
console.log(`wrote ${ENGLISH.length + CHINESE.length} pages to ${OUT}`)
