import { exportBriefingDocx, type ExportDocxOptions } from '../../src/shared/export/docx'
import { createBriefing, type Briefing, type DocMark, type DocNode, type Source } from '../../src/shared/model'
import { docxParts } from './docx-parts'

/** Small builders for briefing JSON in tests. */
export const text = (t: string, marks?: DocMark[]): DocNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t })
export const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
export const heading = (level: number, t: string): DocNode => ({ type: 'heading', attrs: { level }, content: [text(t)] })
export const item = (...content: DocNode[]): DocNode => ({ type: 'listItem', content })
export const bullets = (...items: DocNode[]): DocNode => ({ type: 'bulletList', content: items })
export const numbered = (start: number, ...items: DocNode[]): DocNode => ({ type: 'orderedList', attrs: { start }, content: items })
export const cite = (id: string, sourceId: string, locator: string | null = null): DocNode => ({ type: 'citation', attrs: { id, sourceId, blockId: 'b1', quote: '', locator } })
export const note = (t: string): DocNode => ({ type: 'footnote', attrs: { id: t, text: t } })

export const NOW = new Date('2026-11-02T09:00:00.000Z')

/** A source with the fields the exporter prints. */
export function sourceOf(id: string, over: Partial<Source> = {}): Source {
  return {
    id,
    title: `Title of ${id}`,
    publisher: `Publisher of ${id}`,
    author: null,
    date: '2026-03-04T10:00:00Z',
    url: `https://example.org/${id}`,
    language: 'en',
    importedAt: NOW.toISOString(),
    origin: { fileName: null, mediaType: 'text/html', sha256: '0'.repeat(64) },
    blocks: [],
    removed: [],
    figures: [],
    ...over,
  }
}

/** A briefing on the general template whose body is `nodes`. */
export function briefingOf(nodes: DocNode[], over: { template?: string; sources?: Source[]; classification?: string } = {}): Briefing {
  const b = createBriefing({ template: over.template ?? 'general', title: 'Test briefing', classification: over.classification ?? 'OFFICIAL', now: NOW, doc: { type: 'doc', content: nodes } })
  b.sources = over.sources ?? []
  return b
}

/** Exports and unzips: the XML parts plus the warnings. */
export async function exportParts(briefing: Briefing, options: Partial<ExportDocxOptions> = {}): Promise<{ parts: Record<string, string>; warnings: string[]; bytes: Uint8Array }> {
  const { bytes, warnings } = await exportBriefingDocx(briefing, { now: NOW, ...options })
  return { parts: docxParts(bytes), warnings, bytes }
}
