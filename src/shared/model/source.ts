import { z } from 'zod'

/** The kinds of block an imported article is made of. */
export const BlockType = z.enum(['paragraph', 'heading', 'quote', 'listItem', 'table'])
export type BlockType = z.infer<typeof BlockType>

/** One block of a cleaned article. Tables carry their cells in `rows`; `text` is their plain text. */
export const SourceBlockSchema = z.looseObject({
  id: z.string().min(1),
  type: BlockType,
  text: z.string(),
  /** Heading level (1-6) for headings. */
  level: z.number().int().min(1).max(6).optional(),
  /** For list items: numbered or bulleted, and nesting depth (0 = top). */
  ordered: z.boolean().optional(),
  depth: z.number().int().min(0).optional(),
  /** For tables: rows of cell texts; the first row is the header when `header` is true. */
  rows: z.array(z.array(z.string())).optional(),
  header: z.boolean().optional(),
  caption: z.string().optional(),
})
export type SourceBlock = z.infer<typeof SourceBlockSchema>

/** A line the cleanup dropped, with why, and where it stood (after which block; null = top). */
export const RemovedLineSchema = z.looseObject({
  id: z.string().min(1),
  text: z.string(),
  reason: z.string().min(1),
  after: z.string().nullable(),
})
export type RemovedLine = z.infer<typeof RemovedLineSchema>

/** A key figure found in the article text: an amount, percentage or date with its sentence. */
export const FigureSchema = z.looseObject({
  text: z.string(),
  kind: z.enum(['amount', 'percentage', 'number', 'date']),
  sentence: z.string(),
  blockId: z.string(),
})
export type Figure = z.infer<typeof FigureSchema>

export const SourceOriginSchema = z.looseObject({
  fileName: z.string().nullable(),
  mediaType: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
})

/** An imported article as stored inside a briefing: self-contained, so the briefing travels with its evidence. */
export const SourceSchema = z.looseObject({
  id: z.string().min(1),
  title: z.string(),
  publisher: z.string().nullable(),
  author: z.string().nullable(),
  date: z.string().nullable(),
  url: z.string().nullable(),
  language: z.string().nullable(),
  importedAt: z.string(),
  origin: SourceOriginSchema,
  blocks: z.array(SourceBlockSchema),
  removed: z.array(RemovedLineSchema),
  figures: z.array(FigureSchema).default([]),
})
export type Source = z.infer<typeof SourceSchema>
