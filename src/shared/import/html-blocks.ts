import type { DraftBlock, DraftRemoved } from './types'

/** The small part of the DOM the block walker needs (linkedom and browsers both provide it). */
interface DomNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  firstChild: DomNode | null
  nextSibling: DomNode | null
  getAttribute?(name: string): string | null
}

// Children are walked through firstChild/nextSibling: in linkedom every read of `childNodes` builds
// a new list, and the walker visits each element several times.

const SKIP = new Set(['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'BUTTON', 'IFRAME', 'SELECT', 'INPUT', 'TEXTAREA', 'IMG', 'PICTURE', 'VIDEO', 'AUDIO', 'CANVAS', 'HEAD', 'OBJECT', 'MATH'])
const BLOCK = new Set(['ADDRESS', 'ARTICLE', 'ASIDE', 'BLOCKQUOTE', 'DETAILS', 'DIALOG', 'DD', 'DIV', 'DL', 'DT', 'FIELDSET', 'FIGCAPTION', 'FIGURE', 'FOOTER', 'FORM', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'HEADER', 'HGROUP', 'HR', 'LI', 'MAIN', 'NAV', 'OL', 'P', 'PRE', 'SECTION', 'TABLE', 'UL', 'TR', 'TD', 'TH', 'TBODY', 'THEAD', 'TFOOT', 'CAPTION', 'CENTER', 'BODY', 'HTML', 'MENU'])

/** Collapses white space the way a browser renders inline text. */
export function collapse(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim()
}

function inlineText(node: DomNode): string {
  let out = ''
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) out += child.textContent ?? ''
    else if (child.nodeType === 1) {
      const tag = child.nodeName.toUpperCase()
      if (!SKIP.has(tag)) out += tag === 'BR' ? ' ' : inlineText(child)
    }
  }
  return out
}

// A paragraph that is one short bold run ("<p><strong>Next steps</strong></p>") is a subheading.
// `text` is the paragraph's collapsed text.
function isBoldHeading(p: DomNode, text: string): boolean {
  if (!text || text.length > 60 || /[.。:：,，;；!?！？]$/.test(text)) return false
  let bold = 0
  let rest = ''
  for (let c = p.firstChild; c; c = c.nextSibling) {
    if (c.nodeType === 1 && /^(STRONG|B)$/i.test(c.nodeName)) bold++
    else rest += c.textContent ?? ''
  }
  return bold === 1 && collapse(rest) === ''
}

function isHidden(node: DomNode): boolean {
  const hidden = node.getAttribute?.('hidden')
  return (hidden !== null && hidden !== undefined) || node.getAttribute?.('aria-hidden') === 'true' || /display:\s*none/i.test(node.getAttribute?.('style') ?? '')
}

/**
 * True when a <br> ends a paragraph rather than a line: a second <br> follows (old CMSs and blogs
 * separate paragraphs with <br><br>), or the next line starts with an ideographic-space indent
 * (Chinese pages put `<br>` and two U+3000 spaces between paragraphs).
 */
function breaksParagraph(br: DomNode): boolean {
  for (let n = br.nextSibling; n; n = n.nextSibling) {
    if (n.nodeType === 3) {
      const text = n.textContent ?? ''
      if (/^[ \t\r\n\u00a0]*\u3000/.test(text)) return true
      if (text.trim() === '') continue
      return false
    }
    if (n.nodeType === 1) return n.nodeName.toUpperCase() === 'BR'
  }
  return false
}

function hasParagraphBreak(node: DomNode): boolean {
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && c.nodeName.toUpperCase() === 'BR' && breaksParagraph(c)) return true
  return false
}

function hasBlockChild(node: DomNode): boolean {
  for (let c = node.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && (BLOCK.has(c.nodeName.toUpperCase()) || hasBlockChild(c))) return true
  return false
}

interface WalkState {
  blocks: DraftBlock[]
  removed: DraftRemoved[]
  n: number
}

interface Ctx {
  quote: boolean
  depth: number
  ordered: boolean
}

function push(state: WalkState, block: Omit<DraftBlock, 'at'>): void {
  if (!block.text && !block.rows) return
  state.blocks.push({ ...block, at: state.n++ })
}

function tableBlock(table: DomNode, state: WalkState): void {
  const rows: string[][] = []
  let caption: string | undefined
  let header = false
  const visit = (node: DomNode, inHead: boolean): void => {
    for (let child = node.firstChild; child; child = child.nextSibling) {
      if (child.nodeType !== 1) continue
      const tag = child.nodeName.toUpperCase()
      if (tag === 'CAPTION') caption = collapse(inlineText(child))
      else if (tag === 'TR') {
        const cells: DomNode[] = []
        for (let c = child.firstChild; c; c = c.nextSibling) if (c.nodeType === 1 && /^T[DH]$/i.test(c.nodeName)) cells.push(c)
        if (rows.length === 0 && (inHead || cells.every((c) => c.nodeName.toUpperCase() === 'TH'))) header = true
        rows.push(cells.map((c) => collapse(inlineText(c))))
      } else if (tag !== 'TABLE') visit(child, inHead || tag === 'THEAD')
    }
  }
  visit(table, false)
  const filled = rows.filter((r) => r.some(Boolean))
  if (!filled.length) return
  // A one-column or one-row "table" is layout, not data: keep its text as paragraphs.
  if (filled.every((r) => r.filter(Boolean).length <= 1)) {
    for (const r of filled) push(state, { type: 'paragraph', text: r.filter(Boolean).join(' ') })
    return
  }
  const block: Omit<DraftBlock, 'at'> = { type: 'table', text: filled.map((r) => r.join('\t')).join('\n'), rows: filled, header }
  if (caption) block.caption = caption
  push(state, block)
}

function walk(node: DomNode, ctx: Ctx, state: WalkState): void {
  let inline = ''
  const flush = () => {
    const text = collapse(inline)
    inline = ''
    if (text) push(state, { type: ctx.quote ? 'quote' : 'paragraph', text })
  }
  for (let child = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === 3) {
      inline += child.textContent ?? ''
      continue
    }
    if (child.nodeType !== 1) continue
    const tag = child.nodeName.toUpperCase()
    if (SKIP.has(tag) || isHidden(child)) continue
    if (tag === 'BR') {
      if (breaksParagraph(child)) flush()
      else inline += ' '
      continue
    }
    if (!BLOCK.has(tag) && !hasBlockChild(child)) {
      inline += inlineText(child)
      continue
    }
    flush()
    if (/^H[1-6]$/.test(tag)) push(state, { type: 'heading', text: collapse(inlineText(child)), level: Number(tag[1]) })
    else if (tag === 'P' || tag === 'PRE' || tag === 'DT' || tag === 'DD' || tag === 'ADDRESS') {
      if (hasBlockChild(child) || hasParagraphBreak(child)) walk(child, ctx, state)
      else {
        const text = collapse(inlineText(child))
        if (!ctx.quote && isBoldHeading(child, text)) push(state, { type: 'heading', text, level: 3 })
        else push(state, { type: ctx.quote ? 'quote' : 'paragraph', text })
      }
    } else if (tag === 'BLOCKQUOTE' || /(^|[\s_-])(pull-?quote|blockquote|quote)([\s_-]|$)/i.test(child.getAttribute?.('class') ?? '')) walk(child, { ...ctx, quote: true }, state)
    else if (tag === 'UL' || tag === 'OL' || tag === 'MENU') walk(child, { ...ctx, depth: ctx.depth + 1, ordered: tag === 'OL' }, state)
    else if (tag === 'LI') {
      // The item's own text, then any nested list as deeper items.
      const own: DomNode[] = []
      const nested: DomNode[] = []
      for (let c = child.firstChild; c; c = c.nextSibling) (c.nodeType === 1 && /^(UL|OL)$/i.test(c.nodeName) ? nested : own).push(c)
      const text = collapse(own.map((c) => (c.nodeType === 3 ? c.textContent ?? '' : c.nodeType === 1 && !SKIP.has(c.nodeName.toUpperCase()) ? inlineText(c) + (BLOCK.has(c.nodeName.toUpperCase()) ? ' ' : '') : '')).join(''))
      push(state, { type: 'listItem', text, ordered: ctx.ordered, depth: Math.max(0, ctx.depth - 1) })
      for (const n of nested) walk(n, { ...ctx, depth: ctx.depth + 1, ordered: n.nodeName.toUpperCase() === 'OL' }, state)
    } else if (tag === 'TABLE') tableBlock(child, state)
    else if (tag === 'FIGCAPTION') {
      const text = collapse(inlineText(child))
      if (text) state.removed.push({ text, reason: 'caption', at: state.n - 0.5 })
    } else if (tag === 'HR') continue
    else walk(child, ctx, state)
  }
  flush()
}

/** Turns a DOM subtree into typed draft blocks in document order (captions go to `removed`). */
export function htmlBlocks(root: DomNode, start = 0): { blocks: DraftBlock[]; removed: DraftRemoved[] } {
  const state: WalkState = { blocks: [], removed: [], n: start }
  walk(root, { quote: false, depth: 0, ordered: false }, state)
  return { blocks: state.blocks, removed: state.removed }
}
