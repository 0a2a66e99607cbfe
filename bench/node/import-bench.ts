import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { Readability } from '@mozilla/readability'
import { JSDOM } from 'jsdom'
import { importArticle } from '../../src/shared/import'
import { FIXTURE_DIR } from '../fixtures/generate'
import type { BenchRow } from '../lib/result'
import { median } from '../lib/stats'

const NOW = new Date('2026-01-15T09:00:00.000Z')

/** The 100 KB article through `importArticle` vs Readability on jsdom, same process, alternated. */
export async function benchImport(runs: number): Promise<BenchRow> {
  const bytes = new Uint8Array(readFileSync(join(FIXTURE_DIR, 'article.html')))
  const ours: number[] = []
  const base: number[] = []
  const runOurs = async () => {
    const t = performance.now()
    const r = await importArticle(bytes, { now: NOW, fileName: 'article.html', mediaType: 'text/html' })
    ours.push(performance.now() - t)
    if (r.source.blocks.length === 0) throw new Error('import found no blocks')
  }
  // The baseline decodes the same bytes too, so both start from a file's contents.
  const runBase = () => {
    const t = performance.now()
    const dom = new JSDOM(new TextDecoder().decode(bytes), { url: 'https://example.org/story' })
    const article = new Readability(dom.window.document).parse()
    base.push(performance.now() - t)
    dom.window.close()
    if (!article?.textContent) throw new Error('readability found no article')
  }
  for (let i = 0; i < 5; i++) {
    await runOurs()
    runBase()
  }
  ours.length = 0
  base.length = 0
  for (let i = 0; i < runs; i++) {
    if (i % 2 === 0) {
      await runOurs()
      runBase()
    } else {
      runBase()
      await runOurs()
    }
  }
  return {
    name: 'import-html',
    ours: median(ours),
    baseline: median(base),
    unit: 'ms',
    baselineName: '@mozilla/readability on jsdom',
    samples: runs,
    note: `${(bytes.length / 1024).toFixed(0)} KB page`,
  }
}
