import { classify } from './classify'
import { segment, unwrap } from './segment'
import { structure } from './structure'
import type { Reading } from './types'

/** Rules of lines that carry an article's date or author. */
const HEADER_META = new Set(['dateline', 'byline', 'doc-label', 'meta-line'])

/** Reads plain text (pasted or copied from a browser): classify lines, then build blocks. */
export function readText(text: string, opts: { knownTitle?: string } = {}): Reading {
  const lines = classify(unwrap(segment(text)), opts)
  const blocks = structure(lines)
  const titleLine = lines.find((l) => l.verdict === 'title') ?? null
  const firstKept = lines.find((l) => l.verdict === 'keep')?.index ?? lines.length
  let lastKept = -1
  for (const l of lines) if (l.verdict === 'keep') lastKept = l.index
  const removed = lines.filter((l) => l.verdict === 'drop').map((l) => ({ text: l.text, reason: l.reason ?? 'boilerplate', at: l.index }))
  return {
    blocks,
    removed,
    meta: {},
    warnings: [],
    title: titleLine?.text ?? null,
    // Byline and date lines dropped just inside the article (after a kept dek) still describe it.
    headerLines: lines.filter((l) => l.index < firstKept || (l.verdict === 'drop' && l.index <= firstKept + 15 && l.rule !== null && HEADER_META.has(l.rule))).map((l) => l.text),
    footerLines: lines.filter((l) => l.index > lastKept).map((l) => l.text),
  }
}
