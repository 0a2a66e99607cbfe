/** Precision, recall and F1 of one extraction against its truth. */
export interface ShingleScore {
  precision: number
  recall: number
  f1: number
}

/**
 * Tokens for scoring: lowercased words for alphabetic text, one token per CJK character (so
 * Chinese is scored fairly without a word segmenter), punctuation ignored.
 */
export function tokens(text: string): string[] {
  return text.toLowerCase().match(/[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff]|[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []
}

function shingles(text: string, size: number): Map<string, number> {
  const toks = tokens(text)
  const out = new Map<string, number>()
  if (toks.length === 0) return out
  const n = Math.max(1, toks.length - size + 1)
  for (let i = 0; i < n; i++) {
    const key = toks.slice(i, i + size).join(' ')
    out.set(key, (out.get(key) ?? 0) + 1)
  }
  return out
}

/**
 * Token-shingle precision/recall/F1 (bags of overlapping n-token shingles, as article-extraction
 * benchmarks compute it). Two empty texts score 1; one empty text scores 0.
 */
export function shingleScore(extracted: string, truth: string, size = 4): ShingleScore {
  const a = shingles(extracted, size)
  const b = shingles(truth, size)
  const total = (m: Map<string, number>) => [...m.values()].reduce((s, v) => s + v, 0)
  const na = total(a)
  const nb = total(b)
  if (na === 0 && nb === 0) return { precision: 1, recall: 1, f1: 1 }
  if (na === 0 || nb === 0) return { precision: 0, recall: 0, f1: 0 }
  let overlap = 0
  for (const [k, v] of a) overlap += Math.min(v, b.get(k) ?? 0)
  const precision = overlap / na
  const recall = overlap / nb
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 }
}
