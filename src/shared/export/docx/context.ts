import { Paragraph, Table, type ParagraphChild } from 'docx'
import type { Briefing, DocMark, DocNode, Source } from '../../model'
import { FootnoteCollector } from './footnotes'
import type { ExportLayout } from './layout'
import { ListNumbering, type ListPlace } from './numbering'
import type { StyleIds, StyleKey } from './word-styles'

/** A block-level docx object the mapper emits. */
export type Block = Paragraph | Table

/** Run formatting accumulated from marks. */
export interface RunFormat {
  bold?: boolean
  italics?: boolean
  underline?: boolean
  strike?: boolean
  code?: boolean
  /** Target of the link mark around this text. */
  link?: string
}

/** Maps one block node to docx blocks. */
export type BlockMapper = (node: DocNode, ctx: ExportContext) => Block[]
/** Maps one inline node to paragraph children, in the formatting of its marks. */
export type InlineMapper = (node: DocNode, ctx: ExportContext, format: RunFormat) => ParagraphChild[]
/** Folds one mark into the run formatting. */
export type MarkMapper = (format: RunFormat, mark: DocMark, ctx: ExportContext) => RunFormat

/** The mappers one export uses, keyed by node or mark type. */
export interface Mappers {
  blocks: Record<string, BlockMapper>
  inlines: Record<string, InlineMapper>
  marks: Record<string, MarkMapper>
}

/** Where the walk currently is: which paragraph style applies and which list paragraph comes next. */
export interface BlockState {
  style: StyleKey
  /** The list item being mapped: its number goes on the item's first paragraph only. */
  pendingNumber: ListPlace | null
  /** Depth of the list the walk is in (-1 outside lists); continuation paragraphs indent to it. */
  listLevel: number
  /** Formatting every run inherits here (bold in header cells). */
  format: RunFormat
  /** Width available to a table here, in twips: the text width, or the cell's inside a table. */
  width: number
  /** Inside a table cell: lists indent less, as the cell is narrow. */
  inCell: boolean
}

const INLINE_TYPES = new Set(['text', 'hardBreak', 'citation', 'footnote'])

/**
 * Shared state of one export, made fresh for each: the footnotes collected so far, the list
 * instances handed out, the sources by id, the warnings. Mappers receive it and call back into it
 * for their children, so each mapper stays a small function.
 */
export class ExportContext {
  readonly footnotes = new FootnoteCollector()
  readonly lists = new ListNumbering()
  readonly warnings: string[] = []
  /** Sources in the order they were first cited: the Sources section lists these. */
  readonly cited: Source[] = []
  private readonly sourcesById: Map<string, Source>
  private readonly warned = new Set<string>()
  private state: BlockState

  constructor(
    readonly briefing: Briefing,
    readonly layout: ExportLayout,
    readonly styles: StyleIds,
    private readonly mappers: Mappers,
  ) {
    this.sourcesById = new Map(briefing.sources.map((s) => [s.id, s]))
    this.state = { style: 'normal', pendingNumber: null, listLevel: -1, format: {}, width: layout.textWidth, inCell: false }
  }

  /** Records a warning once (the same problem repeated 300 times is one line for the user). */
  warn(message: string): void {
    if (this.warned.has(message)) return
    this.warned.add(message)
    this.warnings.push(message)
  }

  /** The source with this id, remembering the citation order; undefined when it is missing. */
  citeSource(id: string): Source | undefined {
    const source = this.sourcesById.get(id)
    if (source && !this.cited.includes(source)) this.cited.push(source)
    return source
  }

  /** The current block state (read-only for mappers). */
  get block(): Readonly<BlockState> {
    return this.state
  }

  /** Runs `fn` with part of the block state replaced, then restores it. */
  within<T>(patch: Partial<BlockState>, fn: () => T): T {
    const saved = this.state
    this.state = { ...saved, ...patch }
    try {
      return fn()
    } finally {
      this.state = saved
    }
  }

  /** Takes the pending list number, so only the first paragraph of a list item is numbered. */
  takePendingNumber(): ListPlace | null {
    const place = this.state.pendingNumber
    this.state = { ...this.state, pendingNumber: null }
    return place
  }

  /** A body paragraph in the current style: numbered if it opens a list item, indented if it continues one. */
  paragraph(children: ParagraphChild[]): Paragraph {
    const number = this.takePendingNumber()
    const style = this.styles[this.state.style]
    const indent = this.listIndent(this.state.listLevel)
    if (number) return new Paragraph({ style, children, numbering: number, indent: this.state.inCell ? { ...indent, hanging: 360 } : undefined })
    if (this.state.listLevel >= 0) return new Paragraph({ style, children, indent })
    return new Paragraph({ style, children })
  }

  /** Left indent of list text at `level`: as the numbering definition says, or tighter in a table cell. */
  private listIndent(level: number): { left: number } {
    return { left: (this.state.inCell ? 360 : 720) + 360 * Math.max(0, level) }
  }

  /** Maps a sequence of block nodes; inline nodes found at block level are wrapped in a paragraph. */
  mapBlocks(nodes: readonly DocNode[] | undefined): Block[] {
    const out: Block[] = []
    let loose: DocNode[] = []
    const flush = () => {
      if (loose.length) out.push(this.paragraph(this.mapInline(loose)))
      loose = []
    }
    for (const node of nodes ?? []) {
      if (INLINE_TYPES.has(node.type)) {
        loose.push(node)
        continue
      }
      flush()
      for (const block of this.mapBlock(node)) {
        out.push(block)
        // Word joins adjacent tables into one and sets text tight under a table: an empty paragraph keeps them apart.
        if (block instanceof Table) out.push(new Paragraph({ style: this.styles.normal, spacing: { before: 0, after: 0 }, children: [] }))
      }
    }
    flush()
    return out
  }

  /** Maps one block node through the registry; unknown types degrade to paragraphs with a warning. */
  mapBlock(node: DocNode): Block[] {
    const mapper = this.mappers.blocks[node.type]
    if (mapper) return mapper(node, this)
    this.warn(`Unknown block "${node.type}" exported as plain paragraphs.`)
    const children = node.content ?? []
    if (children.length === 0) return node.text ? [this.paragraph(this.mapInline([{ type: 'text', text: node.text }]))] : []
    return this.mapBlocks(children)
  }

  /** Maps inline nodes; a block found inline (malformed JSON) contributes its inline content. */
  mapInline(nodes: readonly DocNode[] | undefined, format: RunFormat = this.state.format): ParagraphChild[] {
    const out: ParagraphChild[] = []
    for (const node of nodes ?? []) {
      const mapper = this.mappers.inlines[node.type]
      if (mapper) {
        out.push(...mapper(node, this, this.applyMarks(format, node.marks)))
      } else {
        this.warn(`Unknown inline "${node.type}" exported as its text.`)
        out.push(...this.mapInline(node.content ?? (node.text ? [{ type: 'text', text: node.text }] : []), format))
      }
    }
    return out
  }

  private applyMarks(format: RunFormat, marks: readonly DocMark[] | undefined): RunFormat {
    let f = format
    for (const mark of marks ?? []) {
      const mapper = this.mappers.marks[mark.type]
      if (mapper) f = mapper(f, mark, this)
      else this.warn(`Unknown mark "${mark.type}" ignored.`)
    }
    return f
  }
}
