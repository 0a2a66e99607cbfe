import { classify } from './classify'
import { segment } from './segment'
import type { DraftBlock, Reading } from './types'

const INLINE = [
  [/!\[[^\]]*\]\([^)]*\)/g, ''], // images
  [/\[([^\]]+)\]\([^)]*\)/g, '$1'], // links keep their text
  [/(\*\*|__)(.+?)\1/g, '$2'],
  [/(\*|_)(\S.*?)\1/g, '$2'],
  [/`([^`]+)`/g, '$1'],
] as const

/** Strips inline Markdown (links, emphasis, code) to plain text. */
export function plainInline(text: string): string {
  let out = text
  for (const [re, to] of INLINE) out = out.replace(re, to)
  return out.trim()
}

/**
 * Reads Markdown: ATX headings, lists, quotes, pipe tables and paragraphs joined across lines.
 * Boilerplate rules still apply to short lines (Markdown exports of web pages carry menus too).
 */
export function readMarkdown(markdown: string): Reading {
  const blocks: DraftBlock[] = []
  const removed: Reading['removed'] = []
  const rawLines = markdown.replace(/\r\n?/g, '\n').split('\n')
  const verdicts = new Map(classify(segment(markdown)).map((l) => [l.text, l]))
  let para: DraftBlock | null = null
  let fence = false
  let title: string | null = null
  rawLines.forEach((raw, i) => {
    const line = raw.trimEnd()
    if (/^\s*(```|~~~)/.test(line)) {
      fence = !fence
      para = null
      return
    }
    if (fence) {
      if (para) para.text += '\n' + line
      else blocks.push((para = { type: 'paragraph', text: line, at: i }))
      return
    }
    if (!line.trim() || /^\s*([-*_]\s*){3,}$/.test(line)) {
      para = null
      return
    }
    const heading = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line)
    if (heading) {
      para = null
      const text = plainInline(heading[2]!)
      if (heading[1]!.length === 1 && title === null && blocks.length === 0) title = text
      else blocks.push({ type: 'heading', text, level: heading[1]!.length, at: i })
      return
    }
    const item = /^(\s*)([-*+]|\d+[.)])\s+(.*)$/.exec(line)
    if (item) {
      para = null
      blocks.push({ type: 'listItem', text: plainInline(item[3]!), ordered: /\d/.test(item[2]!), depth: Math.floor(item[1]!.replace(/\t/g, '  ').length / 2), at: i })
      return
    }
    const quote = /^\s*>\s?(.*)$/.exec(line)
    if (quote) {
      const prev = blocks[blocks.length - 1]
      if (prev?.type === 'quote' && para === prev) prev.text += ' ' + plainInline(quote[1]!)
      else blocks.push((para = { type: 'quote', text: plainInline(quote[1]!), at: i }))
      return
    }
    if (/^\s*\|.*\|\s*$/.test(line)) {
      para = null
      if (/^\s*\|?\s*:?-{2,}/.test(line)) return // the header separator row
      const cells = line.trim().replace(/^\||\|$/g, '').split('|').map((c) => plainInline(c.trim()))
      const prev = blocks[blocks.length - 1]
      if (prev?.type === 'table' && prev.at + prev.rows!.length + 1 >= i) prev.rows!.push(cells)
      else blocks.push({ type: 'table', text: '', rows: [cells], header: true, at: i })
      return
    }
    const text = plainInline(line)
    const verdict = verdicts.get(text.trim())
    if (verdict?.verdict === 'drop' && verdict.reason && !['page-header', 'page-footer', 'standfirst'].includes(verdict.reason) && text.length < 160) {
      removed.push({ text, reason: verdict.reason, at: i })
      return
    }
    const prev: DraftBlock | null = para
    if (prev && prev.type === 'paragraph') prev.text += ' ' + text
    else blocks.push((para = { type: 'paragraph', text, at: i }))
  })
  for (const b of blocks) if (b.type === 'table') b.text = b.rows!.map((r) => r.join('\t')).join('\n')
  return { blocks, removed, meta: {}, warnings: [], title, headerLines: rawLines.slice(0, 10), footerLines: rawLines.slice(-10) }
}
