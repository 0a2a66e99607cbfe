// Writes the second held-out evaluation set: test/fixtures/eval2/<name>.html and <name>.truth.json, from the
// article texts and site-family templates in this folder (the truth shape and content rules are the first
// set's: test/fixtures/eval/README.md). Run: npx tsx bench/import-eval2/write-fixtures.ts
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type ArticleSource, type Block, parseBlocks } from '../import-eval/article-types'
import { ENGLISH } from './articles-en'
import { ENGLISH2 } from './articles-en2'
import { CHINESE } from './articles-zh'
import { blogger, broadsheet, liveblog, substack, wireApp } from './families-en'
import { amp, datatable, euPress, journalPress, nextjs, paginated, qa } from './families-en2'
import { zhGovcn, zhHk, zhPortal, zhSeo } from './families-zh'

const OUT = join(import.meta.dirname, '../../test/fixtures/eval2')

const FAMILIES: Record<string, (a: ArticleSource) => string> = {
  'wire-app': wireApp,
  broadsheet,
  liveblog,
  substack,
  blogger,
  amp,
  nextjs,
  'eu-press': euPress,
  'journal-press': journalPress,
  paginated,
  qa,
  datatable,
  'zh-portal': zhPortal,
  'zh-govcn': zhGovcn,
  'zh-hk': zhHk,
  'zh-seo': zhSeo,
}

function truthBlock(b: Block): { type: string; text?: string; rows?: string[][] } {
  if (b.type === 'table') return { type: 'table', rows: b.rows }
  const type = b.type === 'subheading' ? 'heading' : b.type === 'orderedItem' ? 'listItem' : b.type
  return { type, text: b.text }
}

function blockText(b: Block): string {
  return b.type === 'table' ? b.rows.map((r) => r.join('\t')).join('\n') : b.text
}

mkdirSync(OUT, { recursive: true })
const all = [...ENGLISH, ...ENGLISH2, ...CHINESE]
for (const a of all) {
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
  const size = a.family.startsWith('zh-') ? `${a.text.replace(/\s/g, '').length} chars` : `${a.text.split(/\s+/).length} words`
  console.log(`${a.name}: ${size}`)
}
console.log(`wrote ${all.length} pages to ${OUT}`)
