/** Order statistics over timing samples. */

/** The q-quantile (0..1) of samples by linear interpolation; NaN for none. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return Number.NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const pos = (sorted.length - 1) * q
  const lo = Math.floor(pos)
  const hi = Math.ceil(pos)
  const a = sorted[lo] as number
  const b = sorted[hi] as number
  return a + (b - a) * (pos - lo)
}

/** The median of samples. */
export function median(samples: readonly number[]): number {
  return quantile(samples, 0.5)
}

/** Rounds for display and JSON: three significant digits are all this machine's noise allows. */
export function round3(n: number): number {
  if (!Number.isFinite(n) || n === 0) return n
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(n))))
  const f = 10 ** digits
  return Math.round(n * f) / f
}
