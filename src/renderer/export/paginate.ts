/**
 * docx-preview lays a document out as one tall page per Word section: it cannot work out where Word
 * would break pages. This splits each rendered section into page-sized sections by measuring its
 * blocks, repeating the header and footer on every page, so staff see roughly where pages break.
 * Returns the number of pages. Needs the pages attached and laid out (it measures them).
 */
export function paginatePreview(root: HTMLElement): number {
  let pages = 0
  for (const section of Array.from(root.querySelectorAll<HTMLElement>('section.docx'))) {
    pages += splitSection(section)
  }
  return pages
}

function px(value: string): number {
  const n = parseFloat(value)
  return Number.isFinite(n) ? n : 0
}

function splitSection(first: HTMLElement): number {
  const style = getComputedStyle(first)
  const pageHeight = px(style.minHeight) || px(style.height)
  const header = first.querySelector<HTMLElement>(':scope > header')
  const footer = first.querySelector<HTMLElement>(':scope > footer')
  const available = pageHeight - px(style.paddingTop) - px(style.paddingBottom) - (header?.offsetHeight ?? 0) - (footer?.offsetHeight ?? 0)
  let article = first.querySelector<HTMLElement>(':scope > article')
  if (!article || available <= 0) return 1
  let page = first
  let count = 1
  // A page always keeps at least one block, so a block taller than a page cannot loop forever.
  for (;;) {
    const blocks = Array.from(article.children) as HTMLElement[]
    const top = article.getBoundingClientRect().top
    const breakAt = blocks.findIndex((b, i) => i > 0 && b.getBoundingClientRect().bottom - top > available)
    if (breakAt < 0) return count
    const next = page.cloneNode(false) as HTMLElement
    const nextArticle = article.cloneNode(false) as HTMLElement
    if (header) next.appendChild(header.cloneNode(true))
    next.appendChild(nextArticle)
    if (footer) next.appendChild(footer.cloneNode(true))
    for (const block of blocks.slice(breakAt)) nextArticle.appendChild(block)
    page.after(next)
    page = next
    article = nextArticle
    count++
  }
}
