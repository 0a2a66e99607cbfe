import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Browser } from '@playwright/test'
import { FIXTURE_DIR } from '../fixtures/generate'
import { emitRows, type BenchRow } from '../lib/result'
import { median, quantile } from '../lib/stats'
import { clearFixture, closeDoc, heapMB, launchBrowser, newBenchPage, openDoc, placeCaretMiddle, reactCommits, setFixture, typeKeys, type BenchPage } from './pages'

const BASELINE = 'bare ProseMirror (EditorState + EditorView, same document)'

interface Fixture {
  pages: number
  text: string
  blocks: number
}

function fixture(pages: number): Fixture {
  const text = readFileSync(join(FIXTURE_DIR, `briefing-${pages}.brief`), 'utf8')
  const blocks = (JSON.parse(text) as { doc: { content: unknown[] } }).doc.content.length
  return { pages, text, blocks }
}

/** Runs `a` then `b` on even rounds and `b` then `a` on odd ones, so neither always goes first. */
async function alternate(round: number, a: () => Promise<void>, b: () => Promise<void>): Promise<void> {
  if (round % 2 === 0) {
    await a()
    await b()
  } else {
    await b()
    await a()
  }
}

async function pair(browser: Browser, f: Fixture): Promise<[BenchPage, BenchPage]> {
  const ours = await newBenchPage(browser, 'ours')
  const base = await newBenchPage(browser, 'baseline')
  await setFixture(ours, f.text)
  await setFixture(base, f.text)
  return [ours, base]
}

/** Open-to-editable time, ours vs baseline, alternated in two live pages. */
async function benchOpen(browser: Browser, f: Fixture, runs: number): Promise<BenchRow> {
  const [ours, base] = await pair(browser, f)
  const o: number[] = []
  const b: number[] = []
  try {
    const cycle = async (p: BenchPage, into: number[] | null) => {
      const ms = await openDoc(p, f.blocks)
      into?.push(ms)
      await closeDoc(p, f.blocks)
    }
    for (let i = 0; i < 2; i++) await alternate(i, () => cycle(ours, null), () => cycle(base, null))
    for (let i = 0; i < runs; i++) await alternate(i, () => cycle(ours, o), () => cycle(base, b))
  } finally {
    await ours.close()
    await base.close()
  }
  return { name: f.pages === 50 ? 'open' : `open-${f.pages}`, ours: median(o), baseline: median(b), unit: 'ms', baselineName: BASELINE, samples: runs }
}

/** What the typing benchmark found for one document size. */
interface TypingResult {
  p50: [number, number]
  p95: [number, number]
  /** React commits inside keystrokes' keydown-to-frame windows, per key. */
  rendersPerKey: number
  /** All React commits while the keys were typed (idle work such as the word count included), per key. */
  commitsPerKey: number
  keys: number
}

/** Key-to-frame latency in the middle of the document, in alternating blocks of keys; React renders per key. */
async function benchTyping(browser: Browser, f: Fixture, blocks: number, perBlock: number): Promise<TypingResult> {
  const [ours, base] = await pair(browser, f)
  const o: number[] = []
  const b: number[] = []
  let inKeys = 0
  let commits: number
  try {
    for (const p of [ours, base]) {
      await openDoc(p, f.blocks)
      await clearFixture(p)
      await placeCaretMiddle(p)
      await typeKeys(p, 15) // warm-up: JIT, first dirty-marking, fonts
    }
    const c0 = await reactCommits(ours)
    for (let i = 0; i < blocks; i++) {
      await alternate(
        i,
        async () => {
          const t = await typeKeys(ours, perBlock)
          o.push(...t.latencies)
          inKeys += t.keyCommits
        },
        async () => void b.push(...(await typeKeys(base, perBlock)).latencies),
      )
    }
    commits = (await reactCommits(ours)) - c0
  } finally {
    await ours.close()
    await base.close()
  }
  return { p50: [quantile(o, 0.5), quantile(b, 0.5)], p95: [quantile(o, 0.95), quantile(b, 0.95)], rendersPerKey: inKeys / o.length, commitsPerKey: commits / o.length, keys: o.length }
}

/** Heap after opening the briefing, ours vs baseline; then ours over 10 close/open cycles. */
async function benchHeap(browser: Browser, f: Fixture): Promise<BenchRow[]> {
  const [ours, base] = await pair(browser, f)
  try {
    for (const p of [ours, base]) {
      await openDoc(p, f.blocks)
      await clearFixture(p)
    }
    const oursMB = await heapMB(ours)
    const baseMB = await heapMB(base)
    const cycle = async () => {
      await setFixture(ours, f.text)
      await closeDoc(ours, f.blocks)
      await openDoc(ours, f.blocks)
      await clearFixture(ours)
    }
    // Five warm-up cycles first: V8 keeps compiling the open/close paths' code over the first few
    // cycles, which is heap but not growth (measured: +1.0 MB over cycles 1-5, +0.4 MB over 5-40).
    for (let i = 0; i < 5; i++) await cycle()
    const beforeMB = await heapMB(ours)
    for (let i = 0; i < 10; i++) await cycle()
    const afterMB = await heapMB(ours)
    return [
      { name: 'heap', ours: oursMB, baseline: baseMB, unit: 'MB', baselineName: BASELINE, note: `JS heap after GC with the ${f.pages}-page briefing open` },
      { name: 'heap-growth', ours: afterMB, baseline: beforeMB, unit: 'MB', baselineName: 'the same app before the 10 cycles', note: 'JS heap after GC with the briefing open, after 10 more close/open cycles vs before them (after 5 warm-up cycles)' },
    ]
  } finally {
    await ours.close()
    await base.close()
  }
}

/** The Chromium benchmarks; `--quick` takes fewer samples, `--only=open|typing|heap` runs one kind. Prints BENCH_ROWS. */
async function main(): Promise<void> {
  const quick = process.argv.includes('--quick')
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7)
  const want = (n: string) => !only || only === n
  const fixtures = new Map([10, 50, 200].map((n) => [n, fixture(n)]))
  const get = (n: number) => fixtures.get(n) as Fixture
  const browser = await launchBrowser()
  const rows: BenchRow[] = []
  try {
    if (want('heap')) rows.push(...(await benchHeap(browser, get(50))))
    if (want('open')) {
      rows.push(await benchOpen(browser, get(50), quick ? 3 : 11))
      rows.push(await benchOpen(browser, get(10), quick ? 3 : 15))
      rows.push(await benchOpen(browser, get(200), quick ? 2 : 5))
    }
    if (want('typing')) {
      const t50 = await benchTyping(browser, get(50), quick ? 2 : 10, quick ? 15 : 30)
      const note = `${t50.keys} keys per page, typed in alternating blocks`
      rows.push({ name: 'typing-p50', ours: t50.p50[0] as number, baseline: t50.p50[1] as number, unit: 'ms', baselineName: BASELINE, samples: t50.keys, note })
      rows.push({ name: 'typing-p95', ours: t50.p95[0] as number, baseline: t50.p95[1] as number, unit: 'ms', baselineName: BASELINE, samples: t50.keys, note })
      rows.push({
        name: 'react-renders-per-key',
        ours: t50.rendersPerKey,
        baseline: 0,
        unit: 'count',
        baselineName: 'none (target 0)',
        samples: t50.keys,
        note: `React commits between a keydown and its frame, counted by the DevTools global hook; counting idle commits too (word count after a pause) ${t50.commitsPerKey.toFixed(3)} per key`,
      })
      for (const pages of [10, 200]) {
        const t = await benchTyping(browser, get(pages), quick ? 2 : 6, quick ? 10 : 25)
        rows.push({ name: `typing-${pages}`, ours: t.p50[0] as number, baseline: t.p50[1] as number, unit: 'ms', baselineName: BASELINE, samples: t.keys, note: `p50; p95 ${(t.p95[0] as number).toFixed(1)} vs ${(t.p95[1] as number).toFixed(1)} ms` })
      }
    }
  } finally {
    await browser.close()
  }
  emitRows(rows)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
