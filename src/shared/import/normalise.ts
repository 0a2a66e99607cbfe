/**
 * Text reduced to lowercase letters and digits separated by single spaces, for comparing lines and
 * titles. Plain-ASCII text (most of an English page) takes a fast path: the Unicode-aware pattern
 * costs several times more on every one of a page's text nodes.
 */
export function normaliseForMatch(text: string): string {
  // eslint-disable-next-line no-control-regex -- ASCII includes the control characters
  if (/^[\x00-\x7f]*$/.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
