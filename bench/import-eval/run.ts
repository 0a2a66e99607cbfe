// Held-out import evaluation: runs the built CLI (`node bin/briefwright.js import FILE... --json`) on every page
// of test/fixtures/eval in three forms (saved HTML, copied text, lowercased copied text) and scores title+body
// against each truth with 4-token shingle precision/recall/F1 (CJK one token per character, case-insensitive).
// Baselines: Mozilla Readability on jsdom for HTML; the whole copied text as the body for the text forms.
// Per page and form it also lists the body blocks that leaked (mostly not in the truth) and the truth blocks
// lost (mostly missing from the output), for diagnosis.
// Run: npx tsx bench/import-eval/run.ts   (needs `npm run build` once; writes bench/import-eval/results.json)
// Options: --dir <path> scores another set of pages (relative to the repo root or absolute); --out <path> says
// where results.json goes (default: bench/import-eval/results.json, or <dir>/../../../bench/import-eval2/results.json
// with --dir).
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { Readability } from '@mozilla/readability'
import { shingleScore, tokens } from '../../src/shared/import/quality'

// jsdom ships no type declarations here; this is the one constructor the baseline needs.
const { JSDOM } = createRequire(import.meta.url)('jsdom') as { JSDOM: new (html: string) => { window: { document: Document } } }

const ROOT = join(import.meta.dirname, '../..')

/** The value after `--name` on the command line, if given. */
function option(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`)
  return i >= 0 ? process.argv[i + 1] : undefined
}

const dirOption = option('dir')
const DIR = dirOption ? resolve(ROOT, dirOption) : join(ROOT, 'test/fixtures/eval')
const outOption = option('out')
const OUT = outOption ? resolve(ROOT, outOption) : dirOption ? join(DIR, '../../../bench/import-eval2/results.json') : join(import.meta.dirname, 'results.json')
const FORMS = [
  { form: 'html', suffix: '.html', target: 0.95 },
  { form: 'copied', suffix: '.copied.txt', target: 0.85 },
  { form: 'lower', suffix: '.lower.txt', target: 0.85 },
] as const

interface Truth {
  title: string
  publisher?: string
  date?: string
  url?: string
  language: string
  body: string[]
}

interface Imported {
  file: string
  title: string
  publisher: string | null
  date: string | null
  url: string | null
  language: string | null
  body: string
}

interface Row {
  page: string
  form: string
  precision: number
  recall: number
  f1: number
  bodyF1: number
  target: number
  baselineF1: number
  title: string
  titleOk: boolean
  truthTitle: string
  publisher: string | null
  date: string | null
  dateOk: boolean
  leaked: string[]
  lost: string[]
  partial: string[]
}

const squash = (s: string): string => s.replace(/\s+/g, ' ').trim().toLowerCase()

function shingleSet(text: string, size = 4): string[] {
  const t = tokens(text)
  if (t.length < size) return t.length ? [t.join(' ')] : []
  return Array.from({ length: t.length - size + 1 }, (_, i) => t.slice(i, i + size).join(' '))
}

/** Share of `part`'s shingles that occur anywhere in `whole` (1 for an empty part); a part shorter than a
 * shingle counts as covered when its tokens occur together in the whole text. */
function covered(part: string, whole: Set<string>, wholeText: string): number {
  const sh = shingleSet(part)
  if (sh.length === 0) return 1
  if (tokens(part).length < 4) return ` ${tokens(wholeText).join(' ')} `.includes(` ${sh[0]} `) ? 1 : 0
  return sh.filter((s) => whole.has(s)).length / sh.length
}

function diagnose(bodyOut: string, truth: Truth): { leaked: string[]; lost: string[]; partial: string[] } {
  const truthText = `${truth.title}\n${truth.body.join('\n')}`
  const truthSet = new Set(shingleSet(truthText))
  const outSet = new Set(shingleSet(bodyOut))
  const outBlocks = bodyOut.split(/\n\s*\n/).map((b) => b.trim()).filter(Boolean)
  const leaked: string[] = []
  for (const b of outBlocks) {
    // A block is leaked when it is mostly absent from the truth; leaked lines inside a block are reported too.
    if (covered(b, truthSet, truthText) < 0.5) leaked.push(b)
    else for (const line of b.split('\n')) if (line.trim() && tokens(line).length >= 1 && covered(line, truthSet, truthText) < 0.5 && b.includes('\n')) leaked.push(`(line) ${line.trim()}`)
  }
  const lost: string[] = []
  const partial: string[] = []
  for (const t of truth.body) {
    const c = covered(t, outSet, bodyOut)
    if (c < 0.5) lost.push(t)
    else if (c < 0.97) partial.push(`${(c * 100).toFixed(0)}%: ${t}`)
  }
  return { leaked, lost, partial }
}

function readabilityBaseline(html: string): string {
  const article = new Readability(new JSDOM(html).window.document).parse()
  return `${article?.title ?? ''}\n${article?.textContent ?? ''}`
}

function ensureBuilt(): void {
  if (existsSync(join(ROOT, 'out/cli/index.js'))) return
  execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' })
}

function main(): void {
  ensureBuilt()
  const pages = readdirSync(DIR).filter((f) => f.endsWith('.truth.json')).map((f) => f.replace(/\.truth\.json$/, '')).sort()
  const files = pages.flatMap((p) => FORMS.map((f) => join(DIR, p + f.suffix))).filter(existsSync)
  // One CLI run for every file keeps the start-up cost out of the loop.
  const raw = execFileSync('node', [join(ROOT, 'bin/briefwright.js'), 'import', ...files.map((f) => relative(ROOT, f)), '--json'], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' })
  const parsed = JSON.parse(raw) as Imported | Imported[]
  const results = new Map((Array.isArray(parsed) ? parsed : [parsed]).map((r) => [join(ROOT, r.file), r]))
  const rows: Row[] = []
  for (const page of pages) {
    const truth = JSON.parse(readFileSync(join(DIR, `${page}.truth.json`), 'utf8')) as Truth
    const expected = `${truth.title}\n${truth.body.join('\n\n')}`
    for (const { form, suffix, target } of FORMS) {
      const path = join(DIR, page + suffix)
      const out = results.get(path)
      if (!out) continue
      const want = form === 'lower' ? expected.toLowerCase() : expected
      const score = shingleScore(`${out.title}\n${out.body}`, want)
      const input = readFileSync(path, 'utf8')
      const baseline = form === 'html' ? readabilityBaseline(input) : input
      rows.push({
        page,
        form,
        ...score,
        bodyF1: shingleScore(out.body, truth.body.join('\n\n')).f1,
        target,
        baselineF1: shingleScore(baseline, want).f1,
        title: out.title,
        titleOk: squash(out.title) === squash(truth.title),
        truthTitle: truth.title,
        publisher: out.publisher,
        date: out.date,
        dateOk: out.date === truth.date,
        ...diagnose(out.body, truth),
      })
    }
  }
  const pct = (n: number): string => (n * 100).toFixed(1).padStart(5)
  console.log(`${'page'.padEnd(28)} ${'form'.padEnd(6)}   P     R     F1   base  title date  leaked lost`)
  for (const r of rows) {
    const flag = r.f1 >= r.target ? ' ' : '✗'
    console.log(`${r.page.padEnd(28)} ${r.form.padEnd(6)} ${pct(r.precision)} ${pct(r.recall)} ${pct(r.f1)}${flag}${pct(r.baselineF1)}  ${r.titleOk ? 'ok  ' : 'BAD '}  ${r.dateOk ? 'ok  ' : 'BAD '} ${String(r.leaked.length).padStart(4)} ${String(r.lost.length).padStart(4)}`)
  }
  const means: Record<string, { f1: number; baselineF1: number; titleOk: number; belowTarget: number; pages: number }> = {}
  for (const { form } of FORMS) {
    const rs = rows.filter((r) => r.form === form)
    const mean = (f: (r: Row) => number): number => rs.reduce((s, r) => s + f(r), 0) / (rs.length || 1)
    means[form] = { f1: mean((r) => r.f1), baselineF1: mean((r) => r.baselineF1), titleOk: mean((r) => Number(r.titleOk)), belowTarget: rs.filter((r) => r.f1 < r.target).length, pages: rs.length }
    console.log(`mean ${form.padEnd(6)} F1 ${pct(means[form].f1)}  baseline ${pct(means[form].baselineF1)}  titles right ${pct(means[form].titleOk)}%  below target ${means[form].belowTarget}/${rs.length}`)
  }
  const commit = execFileSync('git', ['log', '-1', '--format=%h %cI', '--', 'src/shared/import'], { cwd: ROOT, encoding: 'utf8' }).trim()
  // The CLI bundle may be rebuilt by others while the importer changes: its time says which build was scored.
  const cliBuiltAt = statSync(join(ROOT, 'out/cli/index.js')).mtime.toISOString()
  console.log(`importer: last commit ${commit}; CLI bundle built ${cliBuiltAt}`)
  writeFileSync(OUT, `${JSON.stringify({ importerCommit: commit, cliBuiltAt, means, rows }, null, 1)}\n`)
}

main()
