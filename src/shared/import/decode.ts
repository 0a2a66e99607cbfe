import iconv from 'iconv-lite'
import chardet from 'chardet'

/** Maps charset labels found in documents to names iconv-lite knows. */
function normaliseCharset(label: string): string | null {
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '')
  if (!l) return null
  if (l === 'utf8' || l === 'utf-8') return 'utf-8'
  if (l === 'gb2312' || l === 'gbk' || l === 'gb18030' || l === 'x-gbk' || l === 'cp936') return 'gb18030'
  if (l === 'iso-8859-1' || l === 'latin1' || l === 'us-ascii' || l === 'ascii') return 'windows-1252' // as browsers do
  return iconv.encodingExists(l) ? l : null
}

/** The charset a document declares in its first bytes (`<meta charset>`, http-equiv, XML prolog). */
export function declaredCharset(bytes: Uint8Array): string | null {
  let head = ''
  for (let i = 0; i < Math.min(bytes.length, 4096); i++) head += String.fromCharCode(bytes[i]!)
  const m = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w-]+)/i.exec(head)
  return m ? normaliseCharset(m[1]!) : null
}

function isValidUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes)
    return true
  } catch {
    return false
  }
}

/**
 * Decodes text bytes: BOM first (UTF-8/UTF-16), then valid UTF-8, then a declared charset, then
 * chardet's guess among GB18030 and Windows-1252 (the encodings our users' files come in).
 */
export function decode(bytes: Uint8Array): { text: string; encoding: string } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16le'), encoding: 'utf-16le' }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: iconv.decode(toBuffer(bytes.subarray(2)), 'utf-16be'), encoding: 'utf-16be' }
  const declared = declaredCharset(bytes)
  if (isValidUtf8(bytes)) return { text: new TextDecoder('utf-8').decode(bytes), encoding: 'utf-8' }
  if (declared && declared !== 'utf-8') return { text: iconv.decode(toBuffer(bytes), declared), encoding: declared }
  const guesses = chardet.analyse(bytes)
  const cjk = guesses.find((g) => /^(GB18030|GBK|GB2312|Big5|Shift_JIS|EUC-JP|EUC-KR)$/i.test(g.name) && g.confidence >= 30)
  const encoding = cjk ? normaliseCharset(cjk.name) ?? cjk.name.toLowerCase() : 'windows-1252'
  return { text: iconv.decode(toBuffer(bytes), encoding), encoding }
}

// iconv-lite wants a Buffer-like; Uint8Array works at runtime but its types ask for Buffer.
function toBuffer(bytes: Uint8Array): Buffer {
  return bytes as Buffer
}
