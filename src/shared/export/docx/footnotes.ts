import type { Paragraph } from 'docx'

/** What a footnote is about: a cited source (for "Ibid.") or the author's own note. */
export type NoteOrigin = { kind: 'citation'; sourceId: string } | { kind: 'user' }

/**
 * Collects footnotes in document order while the mapper walks, numbering them from 1; the
 * Document receives them all at the end (docx takes footnotes as one map on the Document).
 */
export class FootnoteCollector {
  private readonly notes: { children: Paragraph[] }[] = []
  private lastOrigin: NoteOrigin | null = null

  /** The origin of the note added last (null before the first). */
  get previous(): NoteOrigin | null {
    return this.lastOrigin
  }

  /** Adds a note and returns its id (1, 2, …). */
  add(children: Paragraph[], origin: NoteOrigin): number {
    this.notes.push({ children })
    this.lastOrigin = origin
    return this.notes.length
  }

  /** How many notes were added. */
  get count(): number {
    return this.notes.length
  }

  /** The notes as docx's `footnotes` option. */
  toOptions(): Record<string, { children: Paragraph[] }> {
    const out: Record<string, { children: Paragraph[] }> = {}
    this.notes.forEach((note, i) => (out[String(i + 1)] = note))
    return out
  }
}
