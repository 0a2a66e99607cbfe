import type { MarkMapper } from './context'

/**
 * Marks fold into run formatting. `quoted` ties text to the citation that backs it; it has no look
 * of its own in Word (the citation's footnote is the visible trace), so it changes nothing.
 */
export const MARK_MAPPERS: Record<string, MarkMapper> = {
  bold: (f) => ({ ...f, bold: true }),
  italic: (f) => ({ ...f, italics: true }),
  underline: (f) => ({ ...f, underline: true }),
  strike: (f) => ({ ...f, strike: true }),
  code: (f) => ({ ...f, code: true }),
  link: (f, mark) => (typeof mark.attrs?.href === 'string' && mark.attrs.href.trim() ? { ...f, link: mark.attrs.href.trim() } : f),
  quoted: (f) => f,
}
