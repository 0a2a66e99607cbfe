// Import quality benchmark: token-shingle precision/recall/F1 of title+body against each truth file,
// for every form of every fixture (HTML, copied text, lowercased copied text, DOCX, PDF), with
// readability.js (on jsdom) as the HTML baseline, plus the speed of a 100 KB page.
// Run: npx tsx bench/import-quality.ts   (writes bench/import-quality.json)
//      npx tsx bench/import-quality.ts --dir OTHER/FIXTURES   (scores another set; prints only; truth files may
//      give the body as `body: string[]` instead of `blocks`)
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { performance } from 'node:perf_hooks'
import { createRequire } from 'node:module'
import { Readability } from '@mozilla/readability'
import { importArticle, articleBody, shingleScore } from '../src/shared/import'
import { ArticleTruthSchema, truthBody } from '../src/shared/import/truth'

// jsdom ships no type declarations here; this is the one constructor the baseline needs.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { document: Document } } }

const dirArg = process.argv.indexOf('--dir')
const DIR = dirArg > 0 ? join(process.cwd(), process.argv[dirArg + 1]!) : join(import.meta.dirname, '../test/fixtures/articles')
const WRITE = dirArg < 0
const FORMS: { form: string; suffix: string; lower?: boolean }[] = [
  { form: 'html', suffix: '.html' },
  { form: 'text', suffix: '.txt' },
  { form: 'copied', suffix: '.copied.txt' },
  { form: 'lower', suffix: '.lower.txt', lower: true },
  { form: 'docx', suffix: '.docx' },
  { form: 'pdf', suffix: '.pdf' },
]

interface Row {
  fixture: string
  form: string
  precision: number
  recall: number
  f1: number
  titleOk: boolean
  baselineF1?: number
}

function readabilityBaseline(html: string): string {
  const dom = new JSDOM(html)
  const article = new Readability(dom.window.document).parse()
  return `${article?.title ?? ''}\n${article?.textContent ?? ''}`
}

async function main(): Promise<void> {
  const rows: Row[] = []
  const truths = readdirSync(DIR).filter((f) => f.endsWith('.truth.json')).sort()
  for (const truthFile of truths) {
    const stem = truthFile.replace(/\.truth\.json$/, '')
    const raw = JSON.parse(readFileSync(join(DIR, truthFile), 'utf8')) as { body?: string[]; blocks?: unknown }
    if (Array.isArray(raw.body) && !raw.blocks) raw.blocks = raw.body.map((text) => ({ type: 'paragraph', text }))
    const truth = ArticleTruthSchema.parse(raw)
    for (const { form, suffix, lower } of FORMS) {
      const path = join(DIR, stem + suffix)
      if (!existsSync(path)) continue
      if (form === 'text' && stem.endsWith('.copied')) continue
      const expected = `${truth.title}\n${truthBody(truth)}`
      const want = lower ? expected.toLowerCase() : expected
      const { source } = await importArticle(new Uint8Array(readFileSync(path)), { fileName: stem + suffix, now: new Date(0) })
      const score = shingleScore(`${source.title}\n${articleBody(source)}`, want)
      const row: Row = { fixture: stem, form, ...score, titleOk: source.title.replace(/\s+/g, ' ').trim().toLowerCase() === truth.title.replace(/\s+/g, ' ').trim().toLowerCase() }
      if (form === 'html') row.baselineF1 = shingleScore(readabilityBaseline(readFileSync(path, 'utf8')), want).f1
      rows.push(row)
    }
  }
  const pct = (n: number) => (n * 100).toFixed(1).padStart(6)
  console.log(`${'fixture'.padEnd(44)} ${'form'.padEnd(7)}   P       R       F1   title  readability-F1`)
  for (const r of rows) console.log(`${r.fixture.padEnd(44)} ${r.form.padEnd(7)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}   ${r.titleOk ? 'ok ' : 'BAD'}  ${r.baselineF1 === undefined ? '' : pct(r.baselineF1)}`)
  const byForm: Record<string, { n: number; f1: number; precision: number; recall: number; titles: number; baselineF1?: number }> = {}
  for (const r of rows) {
    const s = (byForm[r.form] ??= { n: 0, f1: 0, precision: 0, recall: 0, titles: 0 })
    s.n++
    s.f1 += r.f1
    s.precision += r.precision
    s.recall += r.recall
    s.titles += r.titleOk ? 1 : 0
    if (r.baselineF1 !== undefined) s.baselineF1 = (s.baselineF1 ?? 0) + r.baselineF1
  }
  console.log('\nmean per form:')
  for (const [form, s] of Object.entries(byForm)) {
    for (const k of ['f1', 'precision', 'recall'] as const) s[k] /= s.n
    if (s.baselineF1 !== undefined) s.baselineF1 /= s.n
    console.log(`  ${form.padEnd(7)} n=${String(s.n).padStart(2)}  P ${pct(s.precision)}  R ${pct(s.recall)}  F1 ${pct(s.f1)}  titles ${s.titles}/${s.n}${s.baselineF1 !== undefined ? `  readability F1 ${pct(s.baselineF1)}` : ''}`)
  }

  if (!WRITE) return
  // Speed: a ~100 KB page, our import vs readability on jsdom, in the same run.
  const base = readFileSync(join(DIR, 'harbourton-port-electrification.html'), 'utf8')
  const para = base.match(/<p>The \$48 million[\s\S]*?<\/p>/)![0]
  const big = base.replace('<h2>Jobs and training</h2>', para.repeat(Math.ceil((100_000 - base.length) / para.length)) + '<h2>Jobs and training</h2>')
  const bytes = new TextEncoder().encode(big)
  const time = async (fn: () => unknown | Promise<unknown>, runs = 15) => {
    await fn()
    const ts: number[] = []
    for (let i = 0; i < runs; i++) {
      const t = performance.now()
      await fn()
      ts.push(performance.now() - t)
    }
    return ts.sort((a, b) => a - b)[Math.floor(runs / 2)]!
  }
  const ours = await time(() => importArticle(bytes, { fileName: 'big.html', now: new Date(0) }))
  const theirs = await time(() => readabilityBaseline(big))
  console.log(`\nspeed on a ${Math.round(bytes.length / 1024)} KB page (median of 15): importArticle ${ours.toFixed(1)} ms, readability+jsdom ${theirs.toFixed(1)} ms`)
  writeFileSync(join(import.meta.dirname, 'import-quality.json'), JSON.stringify({ rows, byForm, speed: { pageBytes: bytes.length, importArticleMs: ours, readabilityJsdomMs: theirs } }, null, 2) + '\n')
}

void main()
