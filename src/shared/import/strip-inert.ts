/**
 * Removes what a page carries that is never read as text: scripts (except JSON-LD, which holds the
 * article's metadata), style sheets and comments. Saved news pages are often mostly inline
 * JavaScript and CSS; parsing it into nodes only for every later pass to skip them costs more than
 * this one scan. Each pattern ends where the HTML parser would end the element (the first
 * `</script`, `</style` or `-->`). What is cut out leaves a space, so the text around it cannot join
 * into new markup: `<scr<script>…</script>ipt>` must not become `<script>`.
 */
export function stripInert(html: string): string {
  if (!/<(script|style)\b|<!--/i.test(html)) return html
  return html
    .replace(/<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi, (whole, attrs: string) => (/application\/ld\+json/i.test(attrs) ? whole : ' '))
    .replace(/<style\b[^>]*>[\s\S]*?<\/style\s*>/gi, ' ')
    .replace(/<!--(?!\s*(StartFragment|EndFragment))[\s\S]*?-->/gi, ' ')
}
