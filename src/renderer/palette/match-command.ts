/**
 * Scores how well a typed query matches a command title: every query character must appear in
 * order; consecutive runs and word starts score higher. Null when it does not match.
 */
export function matchScore(query: string, title: string): number | null {
  const q = query.trim().toLowerCase()
  if (!q) return 0
  const t = title.toLowerCase()
  let score = 0
  let at = -1
  for (const ch of q) {
    if (ch === ' ') continue
    const next = t.indexOf(ch, at + 1)
    if (next === -1) return null
    if (next === at + 1) score += 3
    if (next === 0 || /[\s:(-]/.test(t[next - 1]!)) score += 2
    score += 1
    at = next
  }
  // Shorter titles win ties: "Find…" before "Find and replace…".
  return score - t.length / 100
}
