import { emitRows, type BenchRow } from '../lib/result'
import { benchExport, pandocStartMs } from './export-bench'
import { benchImport } from './import-bench'

/** The in-process benchmarks (export, import); `--quick` takes fewer samples. Prints BENCH_ROWS. */
async function main(): Promise<void> {
  const quick = process.argv.includes('--quick')
  const only = process.argv.find((a) => a.startsWith('--only='))?.slice(7)
  const rows: BenchRow[] = []
  const want = (n: string) => !only || n.startsWith(only)
  if (want('import')) rows.push(await benchImport(quick ? 10 : 30))
  if (want('export')) {
    rows.push(await benchExport(50, quick ? 3 : 9))
    rows.push(await benchExport(10, quick ? 3 : 9))
    rows.push(await benchExport(200, quick ? 2 : 3))
    const start = pandocStartMs()
    for (const r of rows) if (r.name.startsWith('export')) r.note = `pandoc process start alone: ${start.toFixed(0)} ms`
  }
  emitRows(rows)
}

main().catch((e: unknown) => {
  console.error(e)
  process.exit(1)
})
