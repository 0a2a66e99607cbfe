// eslint-disable-next-line no-control-regex -- ASCII includes the control characters
const ASCII = /^[\x00-\x7f]*$/

/** True when the text is plain ASCII, so a cheaper pattern than a Unicode-aware one can judge it. */
export function isAscii(text: string): boolean {
  return ASCII.test(text)
}

/**
 * Text reduced to lowercase letters and digits separated by single spaces, for comparing lines and
 * titles. Plain-ASCII text (most of an English page) takes a fast path: the Unicode-aware pattern
 * costs several times more on every one of a page's text nodes.
 */
export function normaliseForMatch(text: string): string {
  if (isAscii(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim()
  return text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()
}
