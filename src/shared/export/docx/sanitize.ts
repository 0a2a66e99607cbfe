/**
 * Characters XML 1.0 forbids (C0 controls other than tab/LF/CR, U+FFFE/U+FFFF) and lone surrogates.
 * A briefing pasted from a PDF or a terminal can carry them, and one such character makes Word refuse
 * the whole file, so they are removed before any text reaches the document.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point here
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/** Removes characters that cannot appear in XML 1.0 text. */
export function stripInvalidXml(text: string): string {
  return text.replace(INVALID_XML, '')
}

/** True when `text` holds characters XML 1.0 cannot carry (so the caller can report the loss). */
export function hasInvalidXml(text: string): boolean {
  INVALID_XML.lastIndex = 0
  const found = INVALID_XML.test(text)
  INVALID_XML.lastIndex = 0
  return found
}

const CJK = /[\u2E80-\u2FDF\u3000-\u303F\u3040-\u30FF\u3100-\u312F\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\uFF00-\uFFEF]/

/** True when `text` contains Chinese, Japanese or Korean ideographs, kana or full-width forms. */
export function hasCjk(text: string): boolean {
  return CJK.test(text)
}
