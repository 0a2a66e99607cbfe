/** One evaluation article before it is dressed in a site family's markup. */
export interface ArticleSource {
  name: string
  family: string
  title: string
  /** The <title> text when the site pads it with SEO junk. */
  seoTitle?: string
  publisher: string
  date: string
  url: string
  author?: string
  text: string
}

/** A content block parsed from the article mini-format. */
export type Block =
  | { type: 'paragraph' | 'heading' | 'subheading' | 'quote' | 'listItem' | 'orderedItem'; text: string }
  | { type: 'table'; rows: string[][] }

/** Parses the mini-format (see articles-en.ts) into blocks. */
export function parseBlocks(text: string): Block[] {
  const out: Block[] = []
  for (const chunk of text.split(/\n\s*\n/)) {
    const lines = chunk.split('\n').map((l) => l.trim()).filter(Boolean)
    const first = lines[0]
    if (first === undefined) continue
    if (first.startsWith('### ')) out.push({ type: 'subheading', text: first.slice(4) })
    else if (first.startsWith('## ')) out.push({ type: 'heading', text: first.slice(3) })
    else if (first.startsWith('> ')) out.push({ type: 'quote', text: lines.map((l) => l.replace(/^> /, '')).join(' ') })
    else if (first.startsWith('- ')) for (const l of lines) out.push({ type: 'listItem', text: l.slice(2) })
    else if (/^\d+\. /.test(first)) for (const l of lines) out.push({ type: 'orderedItem', text: l.replace(/^\d+\. /, '') })
    else if (first.startsWith('|')) out.push({ type: 'table', rows: lines.map((l) => l.replace(/^\||\|$/g, '').split('|').map((c) => c.trim())) })
    else out.push({ type: 'paragraph', text: lines.join(' ') })
  }
  return out
}
