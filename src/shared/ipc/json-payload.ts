/** Deepest nesting a request may have; far beyond any real briefing, far below the stack's limit. */
export const MAX_PAYLOAD_DEPTH = 500

/** Most values a request may hold, counting a shared object once per place it appears (bounds DAG blow-up). */
export const MAX_PAYLOAD_VALUES = 5_000_000

/**
 * True when a value is plain JSON (objects, arrays, strings, finite numbers, booleans, null) no deeper
 * than `maxDepth`. IPC's structured clone also carries BigInt, Map, Date, typed arrays and cycles;
 * our schemas keep unknown fields of briefings, so only this check keeps those out of files. The same
 * object may appear twice (ProseMirror's toJSON shares a mark's attrs between text nodes, and structured
 * clone keeps that sharing): only an object inside itself, a cycle, is refused.
 */
export function isJsonPayload(value: unknown, maxDepth = MAX_PAYLOAD_DEPTH): boolean {
  // `leave` entries pop an object off the current path once its children are done.
  const stack: ({ value: unknown; depth: number } | { leave: object })[] = [{ value, depth: 0 }]
  const onPath = new Set<object>()
  let budget = MAX_PAYLOAD_VALUES
  while (stack.length) {
    const entry = stack.pop()!
    if ('leave' in entry) {
      onPath.delete(entry.leave)
      continue
    }
    if (--budget < 0) return false
    const { value: v, depth } = entry
    if (v === null || typeof v === 'string' || typeof v === 'boolean') continue
    if (typeof v === 'number') {
      if (!Number.isFinite(v)) return false
      continue
    }
    if (typeof v !== 'object' || depth >= maxDepth || onPath.has(v)) return false
    onPath.add(v)
    stack.push({ leave: v })
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
