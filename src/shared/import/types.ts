import type { BlockType } from '../model/source'

/** The input formats the importer understands, decided from content (see detect.ts). */
export type InputFormat = 'text' | 'html' | 'markdown' | 'docx' | 'pdf'

/** A block before it gets an id: what the readers and the structure stage produce. */
export interface DraftBlock {
  type: BlockType
  text: string
  level?: number
  ordered?: boolean
  depth?: number
  rows?: string[][]
  header?: boolean
  caption?: string
  /** Index of the first input unit (line or HTML block) it came from, to place removed lines. */
  at: number
}

/** A dropped line before it gets an id, with the index it stood at. */
export interface DraftRemoved {
  text: string
  reason: string
  at: number
}

/** Metadata hints a reader found (HTML meta tags, JSON-LD, DOCX properties…); all optional. */
export interface MetaHints {
  title?: string
  /** Titles seen in places like <title> or og:title that may carry a site name. */
  rawTitles?: string[]
  publisher?: string
  author?: string
  date?: string
  url?: string
  language?: string
}

/** What every reader returns: clean candidate blocks, what it dropped, and metadata hints. */
export interface ReadResult {
  blocks: DraftBlock[]
  removed: DraftRemoved[]
  meta: MetaHints
  warnings: string[]
}

/** A reader's result plus the page lines that metadata is looked for in. */
export interface Reading extends ReadResult {
  /** The headline line or element text, when the reader found one. */
  title: string | null
  /** Page text above the article (site name, byline, date lines). */
  headerLines: string[]
  /** Page text below the article (copyright, record numbers). */
  footerLines: string[]
}
