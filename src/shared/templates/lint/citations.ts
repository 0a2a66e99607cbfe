import type { CitationAttrs, DocNode } from '../../model'
import { textblocks } from './text'

/** A citation node found in the doc, with its path. */
export interface FoundCitation {
  attrs: CitationAttrs
  path: number[]
}

/** A run of adjacent text under one `quoted` mark, with the path of its first text node. */
export interface QuotedRun {
  citeId: string
  text: string
  path: number[]
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : ''
}

/** Every citation in document order (inside lists and tables too). */
export function findCitations(doc: DocNode): FoundCitation[] {
  const found: FoundCitation[] = []
  for (const block of textblocks(doc)) {
    block.node.content?.forEach((child, i) => {
      if (child.type !== 'citation') return
      const a = child.attrs ?? {}
      const locator = a.locator
      found.push({
        attrs: { id: str(a.id), sourceId: str(a.sourceId), blockId: str(a.blockId), quote: str(a.quote), locator: typeof locator === 'string' ? locator : null },
        path: [...block.path, i],
      })
    })
  }
  return found
}

function quotedCiteId(node: DocNode): string | null {
  const mark = node.marks?.find((m) => m.type === 'quoted')
  return mark ? str(mark.attrs?.citeId) : null
}

/** Runs of quoted text: adjacent text nodes under the same `quoted` citeId join (other marks may vary). */
export function findQuotedRuns(doc: DocNode): QuotedRun[] {
  const runs: QuotedRun[] = []
  for (const block of textblocks(doc)) {
    let open: QuotedRun | null = null
    block.node.content?.forEach((child, i) => {
      const citeId = child.type === 'text' ? quotedCiteId(child) : null
      if (citeId === null) {
        open = null
      } else if (open && open.citeId === citeId) {
        open.text += child.text ?? ''
      } else {
        open = { citeId, text: child.text ?? '', path: [...block.path, i] }
        runs.push(open)
      }
    })
  }
  return runs
}
