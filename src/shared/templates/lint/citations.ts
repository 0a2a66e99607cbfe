import type { CitationAttrs, DocNode } from '../../model'
import type { TextblockAt } from './text'

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

/** Every citation in the given textblocks (see `textblocks`), in document order. */
export function findCitations(blocks: readonly TextblockAt[]): FoundCitation[] {
  const found: FoundCitation[] = []
  for (const block of blocks) {
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
export function findQuotedRuns(blocks: readonly TextblockAt[]): QuotedRun[] {
  const runs: QuotedRun[] = []
  for (const block of blocks) {
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
