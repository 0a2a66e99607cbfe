import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exportBriefingDocx } from '../../src/shared/export/docx'
import { BriefingSchema } from '../../src/shared/model'
import { FIXTURE_DIR } from '../fixtures/generate'
import type { BenchRow } from '../lib/result'
import { median } from '../lib/stats'

const NOW = new Date('2026-01-15T09:00:00.000Z')

/** Wall time of one pandoc run (process start included: that is what a user of pandoc pays). */
function pandocOnce(md: string, out: string): number {
  const t = performance.now()
  const r = spawnSync('pandoc', [md, '--from', 'markdown', '--to', 'docx', '-o', out], { stdio: ['ignore', 'ignore', 'pipe'] })
  const ms = performance.now() - t
  if (r.status !== 0) throw new Error(`pandoc failed: ${r.error?.message ?? r.stderr.toString()}`)
  return ms
}

/** Median pandoc process start (`pandoc --version`), reported beside the export rows. */
export function pandocStartMs(runs = 9): number {
  const s: number[] = []
  for (let i = 0; i < runs; i++) {
    const t = performance.now()
    spawnSync('pandoc', ['--version'], { stdio: 'ignore' })
    s.push(performance.now() - t)
  }
  return median(s)
}

/** `exportBriefingDocx` on the N-page briefing vs pandoc on the same content as Markdown, alternated. */
export async function benchExport(pages: number, runs: number): Promise<BenchRow> {
  const briefing = BriefingSchema.parse(JSON.parse(readFileSync(join(FIXTURE_DIR, `briefing-${pages}.brief`), 'utf8')))
  const md = join(FIXTURE_DIR, `briefing-${pages}.md`)
  const dir = mkdtempSync(join(tmpdir(), 'bw-bench-'))
  const ours: number[] = []
  const base: number[] = []
  try {
    // One warm-up each: the first export pays module JIT, the first pandoc the page cache.
    await exportBriefingDocx(briefing, { now: NOW })
    pandocOnce(md, join(dir, 'warm.docx'))
    for (let i = 0; i < runs; i++) {
      const measureOurs = async () => {
        const t = performance.now()
        const r = await exportBriefingDocx(briefing, { now: NOW })
        ours.push(performance.now() - t)
        if (r.bytes.length < 1000) throw new Error('export produced no document')
      }
      const measureBase = () => base.push(pandocOnce(md, join(dir, `p${i}.docx`)))
      // Alternate which goes first so neither always runs on a machine the other just warmed.
      if (i % 2 === 0) {
        await measureOurs()
        measureBase()
      } else {
        measureBase()
        await measureOurs()
      }
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  return {
    name: pages === 50 ? 'export-docx' : `export-docx-${pages}`,
    ours: median(ours),
    baseline: median(base),
    unit: 'ms',
    baselineName: 'pandoc (Markdown with footnotes → DOCX, process start included)',
    samples: runs,
  }
}
