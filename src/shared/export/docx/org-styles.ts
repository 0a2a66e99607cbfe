import { unzipSync } from 'fflate'

/** Why an organisation's Word file could not supply styles. */
export class OrgStylesError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OrgStylesError'
  }
}

/** A style found in an organisation's styles part. */
export interface OrgStyle {
  id: string
  name: string
  type: string
}

/** The styles part of an organisation's .docx/.dotx and its styles, keyed by lowercased name. */
export interface OrgStyles {
  xml: string
  byName: Map<string, OrgStyle>
  ids: Set<string>
}

/** A styles part is a few hundred KB at most; anything far bigger is a zip bomb or not a template. */
const MAX_STYLES_BYTES = 8 * 1024 * 1024

// A self-closing <w:style/> has no name; the look-behind keeps it from swallowing the style after it.
const STYLE = /<w:style\b([^>]*)(?<!\/)>([\s\S]*?)<\/w:style>/g
const ATTR = (name: string) => new RegExp(`\\b${name}="([^"]*)"`)
const NAME = /<w:name\s+w:val="([^"]*)"/

/** Unescapes the five XML entities, enough for style names. */
function unescapeXml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
}

/** Lists the styles declared in a styles.xml text. */
export function parseStyleNames(xml: string): OrgStyle[] {
  const styles: OrgStyle[] = []
  for (const m of xml.matchAll(STYLE)) {
    const attrs = m[1] ?? ''
    const id = ATTR('w:styleId').exec(attrs)?.[1]
    const type = ATTR('w:type').exec(attrs)?.[1] ?? 'paragraph'
    const name = NAME.exec(m[2] ?? '')?.[1]
    if (id && name) styles.push({ id: unescapeXml(id), name: unescapeXml(name), type })
  }
  return styles
}

/** Reads `word/styles.xml` from the bytes of a .docx or .dotx (throws OrgStylesError when it cannot). */
export function readOrgStyles(bytes: Uint8Array): OrgStyles {
  if (bytes.length < 4 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) {
    throw new OrgStylesError('The style file is not a Word document or template (.docx/.dotx).')
  }
  let files: Record<string, Uint8Array>
  try {
    files = unzipSync(bytes, { filter: (f) => f.name === 'word/styles.xml' && f.originalSize <= MAX_STYLES_BYTES })
  } catch (e) {
    throw new OrgStylesError(`The style file is damaged: ${(e as Error).message}.`)
  }
  const part = files['word/styles.xml']
  if (!part) throw new OrgStylesError('The style file has no styles part (word/styles.xml), or it is too large.')
  const xml = new TextDecoder('utf-8').decode(part)
  if (!/<w:styles[\s>]/.test(xml)) throw new OrgStylesError('The style file\'s styles part is not WordprocessingML.')
  const list = parseStyleNames(xml)
  const byName = new Map<string, OrgStyle>()
  for (const s of list) if (!byName.has(s.name.toLowerCase())) byName.set(s.name.toLowerCase(), s)
  return { xml, byName, ids: new Set(list.map((s) => s.id)) }
}
