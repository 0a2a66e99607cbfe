// Shared helpers for the second held-out set's site templates: a block renderer whose markup per block type each
// template chooses, dates in the formats sites print, and common <head> metadata.
import { type ArticleSource, type Block, parseBlocks } from '../import-eval/article-types'
import { esc } from '../import-eval/families'

export { esc }

export interface RenderOptions {
  /** Markup for one paragraph; `i` counts paragraphs only (0-based). */
  p?: (html: string, i: number) => string
  h2?: (html: string, i: number) => string
  h3?: (html: string) => string
  quote?: (html: string) => string
  list?: (items: string[], ordered: boolean) => string
  table?: (rows: string[][]) => string
  /** Markup inserted after the given paragraph (0-based, paragraphs only). */
  after?: Record<number, string>
  /** Joiner between blocks (default newline). */
  sep?: string
}

const defaultTable = (rows: string[][]): string => {
  const [head = [], ...rest] = rows
  return `<table>\n<thead><tr>${head.map((c) => `<th>${esc(c)}</th>`).join('')}</tr></thead>\n<tbody>\n${rest.map((r) => `<tr>${r.map((c) => `<td>${esc(c)}</td>`).join('')}</tr>`).join('\n')}\n</tbody></table>`
}

/** The article's blocks as markup, each block type rendered the way a template asks. */
export function render(a: ArticleSource, o: RenderOptions = {}): string {
  const blocks = parseBlocks(a.text)
  const out: string[] = []
  let para = 0
  let heading = 0
  let items: string[] = []
  let ordered = false
  const flush = (): void => {
    if (items.length) out.push(o.list ? o.list(items, ordered) : `<${ordered ? 'ol' : 'ul'}>${items.map((t) => `<li>${t}</li>`).join('')}</${ordered ? 'ol' : 'ul'}>`)
    items = []
  }
  for (const b of blocks) {
    if (b.type !== 'listItem' && b.type !== 'orderedItem') flush()
    out.push(...blockOut(b))
  }
  flush()
  return out.join(o.sep ?? '\n')

  function blockOut(b: Block): string[] {
    switch (b.type) {
      case 'paragraph': {
        const html = o.p ? o.p(esc(b.text), para) : `<p>${esc(b.text)}</p>`
        const extra = o.after?.[para]
        para++
        return extra ? [html, extra] : [html]
      }
      case 'heading':
        return [o.h2 ? o.h2(esc(b.text), heading++) : `<h2>${esc(b.text)}</h2>`]
      case 'subheading':
        return [o.h3 ? o.h3(esc(b.text)) : `<h3>${esc(b.text)}</h3>`]
      case 'quote':
        return [o.quote ? o.quote(esc(b.text)) : `<blockquote><p>${esc(b.text)}</p></blockquote>`]
      case 'listItem':
      case 'orderedItem':
        ordered = b.type === 'orderedItem'
        items.push(esc(b.text))
        return []
      case 'table':
        return [o.table ? o.table(b.rows) : defaultTable(b.rows)]
    }
  }
}

const at = (iso: string): Date => new Date(`${iso}T09:00:00Z`)
export const longDate = (iso: string): string => at(iso).toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
export const usDate = (iso: string): string => at(iso).toLocaleDateString('en-US', { month: 'long', day: 'numeric', year: 'numeric', timeZone: 'UTC' })
export const weekday = (iso: string): string => at(iso).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })
export const zhDate = (iso: string): string => {
  const [y, m, d] = iso.split('-')
  return `${y}年${m}月${d}日`
}

export function ogMeta(a: ArticleSource, title = a.title): string {
  return `<meta property="og:type" content="article">
<meta property="og:title" content="${esc(title)}">
<meta property="og:site_name" content="${esc(a.publisher)}">
<meta property="og:url" content="${esc(a.url)}">
<meta property="article:published_time" content="${a.date}T07:30:00+00:00">
<link rel="canonical" href="${esc(a.url)}">`
}
