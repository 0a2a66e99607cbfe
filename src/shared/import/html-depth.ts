/** Nesting beyond which a page is read as text: real pages stay far below it (a few dozen levels). */
export const MAX_HTML_DEPTH = 1000

// Elements that never have content or a closing tag.
const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr'])

/**
 * The deepest element nesting in `html`, from a single scan of its tags (no DOM). Parsers and the
 * article extractor recurse per level, so a hostile page nested 100 000 deep would take them seconds
 * or overflow the stack; this lets the reader refuse the structure early.
 */
export function htmlDepth(html: string, stopAt = MAX_HTML_DEPTH + 1): number {
  let depth = 0
  let max = 0
  const tag = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)[^>]*?(\/?)>/g
  for (let m = tag.exec(html); m; m = tag.exec(html)) {
    const name = m[2]!.toLowerCase()
    if (VOID.has(name) || m[3] === '/') continue
    if (m[1] === '/') depth = Math.max(0, depth - 1)
    else if (++depth > max) {
      max = depth
      if (max >= stopAt) return max
    }
  }
  return max
}

/** The text of HTML without its tags (for pages too deep to parse as a tree). */
export function stripTags(html: string): string {
  return html
    .replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<(br|\/p|\/div|\/li|\/h[1-6]|\/tr|\/blockquote)[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
}
