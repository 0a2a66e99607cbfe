/** One benchmark row: our figure, the baseline's, measured in the same run. */
export interface BenchRow {
  name: string
  ours: number
  baseline: number
  /** 'count' only for react-renders-per-key. */
  unit: 'ms' | 'MB' | 'count'
  baselineName: string
  /** How many samples each figure summarises (for RESULTS.md). */
  samples?: number
  /** A remark for RESULTS.md (what the figure includes). */
  note?: string
}

/** Writes rows as one JSON line on stdout, prefixed so the orchestrator can find it among logs. */
export function emitRows(rows: BenchRow[]): void {
  process.stdout.write(`BENCH_ROWS ${JSON.stringify(rows)}\n`)
}
