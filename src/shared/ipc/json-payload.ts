/** Deepest nesting a request may have; far beyond any real briefing, far below the stack's limit. */
export const MAX_PAYLOAD_DEPTH = 500

/**
 * True when a value is plain JSON (objects, arrays, strings, finite numbers, booleans, null) no deeper
 * than `maxDepth`. IPC's structured clone also carries BigInt, Map, Date, typed arrays and cycles;
 * our schemas keep unknown fields of briefings, so only this check keeps those out of files.
 */
export function isJsonPayload(value: unknown, maxDepth = MAX_PAYLOAD_DEPTH): boolean {
  const stack: { value: unknown; depth: number }[] = [{ value, depth: 0 }]
  const seen = new Set<object>()
  while (stack.length) {
    const { value: v, depth } = stack.pop()!
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return false
      continue
    }
    if (typeof v !== 'object' || depth >= maxDepth || seen.has(v)) return false
    seen.add(v)
    if (Array.isArray(v)) {
      for (const item of v) stack.push({ value: item, depth: depth + 1 })
      continue
    }
    const proto = Object.getPrototypeOf(v) as unknown
    if (proto !== Object.prototype && proto !== null) return false
    for (const key of Object.keys(v)) stack.push({ value: (v as Record<string, unknown>)[key], depth: depth + 1 })
  }
  return true
}
