/** Words English style guides keep lowercase inside a title (not first or last). */
const SMALL_WORDS = new Set(['a', 'an', 'the', 'and', 'but', 'or', 'nor', 'for', 'so', 'yet', 'as', 'at', 'by', 'in', 'of', 'off', 'on', 'per', 'to', 'up', 'via', 'vs', 'vs.', 'from', 'into', 'with', 'than'])

/** True when the title has letters with case and none of them is a capital (e.g. a lowercased copy of a page). */
export function isAllLowercase(title: string): boolean {
  return /\p{Ll}/u.test(title) && !/\p{Lu}/u.test(title)
}

function capitalise(word: string): string {
  // Hyphenated compounds capitalise each part ("high-end" → "High-End").
  return word
    .split('-')
    .map((part) => part.replace(/^([^\p{L}\p{N}]*)(\p{Ll})/u, (_m, lead: string, first: string) => lead + first.toUpperCase()))
    .join('-')
}

/**
 * English title case for a lowercased title: every word capitalised except short function words in
 * the middle. Words in scripts without case (Chinese) and words with digits stay as they are.
 */
export function toTitleCase(title: string): string {
  const parts = title.split(/(\s+)/)
  const wordIndexes = parts.map((p, i) => (p.trim() ? i : -1)).filter((i) => i >= 0)
  const first = wordIndexes[0]
  const last = wordIndexes[wordIndexes.length - 1]
  return parts
    .map((part, i) => {
      if (!part.trim()) return part
      const bare = part.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, '').toLowerCase()
      const afterColon = i > 0 && /[:—–]\s*$/.test(parts.slice(0, i).join(''))
      if (i !== first && i !== last && !afterColon && SMALL_WORDS.has(bare)) return part
      return capitalise(part)
    })
    .join('')
}
