import { classify } from './classify'
import { segment, unwrap } from './segment'
import { structure } from './structure'
import type { Reading } from './types'

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
    headerLines: lines.filter((l) => l.index < firstKept).map((l) => l.text),
    footerLines: lines.filter((l) => l.index > lastKept).map((l) => l.text),
  }
}
