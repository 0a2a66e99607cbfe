/**
 * Cleans HTML pasted from Word or a web page: keeps structure (headings, paragraphs, lists, tables,
 * links, bold/italic/underline, quotations) and drops styling junk (classes, inline styles, fonts,
 * Office namespaces, conditional comments, scripts). Word's fake lists (paragraphs styled
 * `mso-list`) become real nested lists.
 */
export function cleanPastedHtml(html: string): string {
  const doc = new DOMParser().parseFromString(html, 'text/html')
  const body = doc.body
  removeJunk(body)
  convertWordLists(body)
  stripAttributes(body)
  unwrapInlineNoise(body)
  return body.innerHTML
}

// Elements whose whole content is noise.
const DROP = 'script, style, meta, link, title, xml, template, noscript, iframe, object, embed, svg, canvas, form, button, input, select, textarea'
// Attributes that carry meaning through to the editor's schema (citations and quotes copied
// inside Briefwright keep their data-* attributes).
const KEEP_ATTRS: Record<string, string[]> = {
  a: ['href'],
  td: ['colspan', 'rowspan'],
  th: ['colspan', 'rowspan'],
  ol: ['start'],
  img: [],
}

function removeJunk(root: HTMLElement): void {
  root.querySelectorAll(DROP).forEach((el) => el.remove())
  // Office namespaced tags (o:p, v:shape…) that querySelector cannot always name.
  root.querySelectorAll('*').forEach((el) => {
    const tag = el.tagName.toLowerCase()
    if (!tag.includes(':')) return
    // o:p is Word's empty-paragraph filler; other namespaced wrappers keep their text.
    if (tag.startsWith('o:')) el.remove()
    else el.replaceWith(...Array.from(el.childNodes))
  })
  const walker = root.ownerDocument.createTreeWalker(root, NodeFilter.SHOW_COMMENT)
  const comments: Node[] = []
  while (walker.nextNode()) comments.push(walker.currentNode)
  comments.forEach((c) => c.parentNode?.removeChild(c))
  // Images from pasted pages would point at the network or at local temp files: drop them.
  root.querySelectorAll('img').forEach((el) => el.remove())
}

/** Level of a Word list paragraph (`mso-list: l0 level2 lfo1`), or 0 when it is not one. */
function msoListLevel(el: Element): number {
  const style = el.getAttribute('style') ?? ''
  const m = /mso-list:\s*l\d+\s+level(\d+)/i.exec(style)
  if (m) return Number(m[1])
  return /MsoListParagraph/i.test(el.getAttribute('class') ?? '') ? 1 : 0
}

function convertWordLists(root: HTMLElement): void {
  const doc = root.ownerDocument
  const paragraphs = Array.from(root.querySelectorAll('p')).filter((p) => msoListLevel(p) > 0)
  const done = new Set<Element>()
  for (const first of paragraphs) {
    if (done.has(first)) continue
    // A run of adjacent list paragraphs is one list.
    const run: Element[] = []
    for (let el: Element | null = first; el && el.tagName === 'P' && msoListLevel(el) > 0; el = el.nextElementSibling) run.push(el)
    const stack: { level: number; list: HTMLElement }[] = []
    for (const p of run) {
      done.add(p)
      const level = msoListLevel(p)
      // The bullet or number Word writes as text inside a span styled mso-list:Ignore.
      const marker = p.querySelector('span[style*="mso-list:Ignore" i], span[style*="mso-list: Ignore" i]')
      const ordered = marker ? /^\s*(\(?[0-9ivxlcIVXLC]+[.)]|[a-zA-Z][.)])/.test(marker.textContent ?? '') : false
      marker?.remove()
      while (stack.length && stack[stack.length - 1]!.level > level) stack.pop()
      let top = stack[stack.length - 1]
      if (!top || top.level < level) {
        const list = doc.createElement(ordered ? 'ol' : 'ul')
        if (top) {
          const parentItem = top.list.lastElementChild ?? top.list.appendChild(doc.createElement('li'))
          parentItem.appendChild(list)
        } else {
          p.before(list)
        }
        top = { level, list }
        stack.push(top)
      }
      const item = doc.createElement('li')
      const para = doc.createElement('p')
      para.append(...Array.from(p.childNodes))
      item.append(para)
      top.list.append(item)
      p.remove()
    }
  }
}

function stripAttributes(root: HTMLElement): void {
  root.querySelectorAll('*').forEach((el) => {
    const tag = el.tagName.toLowerCase()
    const style = el.getAttribute('style') ?? ''
    // Inline formatting that web editors (Google Docs) express only through style.
    if (tag === 'span') {
      if (/font-weight:\s*(bold|[6-9]00)/i.test(style)) wrap(el, 'strong')
      if (/font-style:\s*italic/i.test(style)) wrap(el, 'em')
      if (/text-decoration[^;]*underline/i.test(style)) wrap(el, 'u')
    }
    const keep = KEEP_ATTRS[tag] ?? []
    for (const attr of Array.from(el.attributes)) {
      const name = attr.name.toLowerCase()
      if (keep.includes(name)) continue
      if (name.startsWith('data-') && isBriefwrightNode(el)) continue
      el.removeAttribute(attr.name)
    }
    if (tag === 'a') {
      const href = el.getAttribute('href') ?? ''
      if (!/^(https?:|mailto:)/i.test(href)) el.removeAttribute('href')
    }
  })
}

/** Our own nodes copied from another briefing keep their data attributes. */
function isBriefwrightNode(el: Element): boolean {
  return el.matches('cite[data-source-id], sup[data-footnote-id], span[data-quoted], div[data-type="decision-block"], p[data-guidance], h1[data-section-id], h2[data-section-id], h3[data-section-id]')
}

function wrap(el: Element, tag: string): void {
  const outer = el.ownerDocument.createElement(tag)
  outer.append(...Array.from(el.childNodes))
  el.append(outer)
}

function unwrapInlineNoise(root: HTMLElement): void {
  // Spans and fonts carry only styling (divs stay: the editor's parser treats them as block breaks).
  root.querySelectorAll('font, span:not([data-quoted])').forEach((el) => {
    el.replaceWith(...Array.from(el.childNodes))
  })
  // Anchors without a usable href are just text.
  root.querySelectorAll('a:not([href])').forEach((el) => el.replaceWith(...Array.from(el.childNodes)))
}
