import { ImportError } from './errors'
import type { InputFormat } from './types'

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d] // %PDF-
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04]
// OLE compound file: how Office stores a password-protected .docx (and old .doc files).
const CFB_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]

function startsWith(bytes: Uint8Array, magic: number[], offset = 0): boolean {
  return magic.every((b, i) => bytes[offset + i] === b)
}

/** Where `%PDF-` starts: the spec allows junk before it within the first 1 KB. */
function pdfOffset(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - PDF_MAGIC.length, 1024)
  for (let i = 0; i <= limit; i++) if (startsWith(bytes, PDF_MAGIC, i)) return i
  return -1
}

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
}

/**
 * True when the bytes look like a binary file rather than text: NUL bytes (outside UTF-16) or
 * many control characters in the first 8 KB.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (hasUtf16Bom(bytes)) return false
  const n = Math.min(bytes.length, 8192)
  let control = 0
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!
    if (b === 0) return true
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) control++
  }
  return n > 0 && control / n > 0.02
}

/**
 * Text that is HTML: a doctype or one of the structural tags near the start, or a clipboard
 * fragment (`<meta charset>` first, as Chrome copies, or StartFragment comments).
 */
export function looksHtml(text: string): boolean {
  const head = text.slice(0, 4096).trimStart().toLowerCase()
  if (/^(<\?xml[^>]*>\s*)?<!doctype html/.test(head)) return true
  if (/^<(html|head|body)[\s>]/.test(head) || /^<meta\s+charset/.test(head) || head.includes('<!--startfragment-->')) return true
  return /<(html|body|article|section|div|p|h[1-6]|ul|ol|table|blockquote)[\s>]/.test(head) && /<\/(p|div|body|html|h[1-6]|article|section|li|td|blockquote)>/.test(text.slice(0, 65536).toLowerCase())
}

/** Text that is Markdown: headings, lists, links or fences typical of it on several lines. */
export function looksMarkdown(text: string, fileName?: string): boolean {
  if (fileName && /\.(md|markdown|mdown)$/i.test(fileName)) return true
  const lines = text.split(/\r?\n/).slice(0, 400)
  let marks = 0
  for (const line of lines) if (/^(#{1,6} \S|```|\|.*\|\s*$|> \S)/.test(line) || /\[[^\]]+\]\([^)]+\)/.test(line)) marks++
  return marks >= 3 && lines.some((l) => /^#{1,6} \S/.test(l))
}

/** Decides the format from the bytes (magic numbers first), then the name and media type. */
export function detectFormat(bytes: Uint8Array, opts: { fileName?: string; mediaType?: string } = {}): InputFormat {
  const name = opts.fileName?.toLowerCase() ?? ''
  if (pdfOffset(bytes) >= 0) return 'pdf'
  if (startsWith(bytes, ZIP_MAGIC)) {
    if (name.endsWith('.docx') || opts.mediaType?.includes('wordprocessingml') || containsAscii(bytes, 'word/')) return 'docx'
    throw new ImportError('unsupported', 'This is a ZIP archive but not a Word (.docx) document.')
  }
  if (startsWith(bytes, CFB_MAGIC)) {
    if (name.endsWith('.docx')) throw new ImportError('encrypted', 'This Word document is password-protected; remove the password in Word and import it again.')
    throw new ImportError('unsupported', 'Old binary Office files (.doc, .xls) are not supported; save the document as .docx first.')
  }
  if (name.endsWith('.pdf') || opts.mediaType === 'application/pdf') throw new ImportError('corrupt', 'This file is named as a PDF but is not one (no %PDF header).')
  if (name.endsWith('.docx')) throw new ImportError('corrupt', 'This file is named as a Word document but is not a valid .docx (not a ZIP package).')
  if (looksBinary(bytes)) throw new ImportError('binary', 'This file is binary data, not text, HTML, Word or PDF.')
  return 'text' // refined to html/markdown once decoded
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  const n = Math.min(bytes.length, 1 << 20)
  outer: for (let i = 0; i + needle.length <= n; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle.charCodeAt(j)) continue outer
    return true
  }
  return false
}
