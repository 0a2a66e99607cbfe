import { z } from 'zod'
import { BlockType } from '../model/source'

/** The truth file of a sample article: what a good import keeps (see test/fixtures/articles/README.md). */
export const ArticleTruthSchema = z.looseObject({
  title: z.string(),
  publisher: z.string().nullable().optional(),
  date: z.string().optional(),
  url: z.string().optional(),
  language: z.string().optional(),
  synthetic: z.boolean().optional(),
  blocks: z.array(z.looseObject({ type: BlockType, text: z.string().optional(), rows: z.array(z.array(z.string())).optional(), caption: z.string().optional() })),
  boilerplate: z.array(z.string()).optional(),
})
export type ArticleTruth = z.infer<typeof ArticleTruthSchema>

/** One truth block's text as the body shows it (a table as its caption and tab-separated rows). */
export function truthBlockText(block: ArticleTruth['blocks'][number]): string {
  if (block.type === 'table' && block.rows) return [block.caption, ...block.rows.map((r) => r.join('\t'))].filter(Boolean).join('\n')
  return block.text ?? ''
}

/** The truth's body: blocks separated by blank lines, as `articleBody` prints an import. */
export function truthBody(truth: ArticleTruth): string {
  return truth.blocks.map(truthBlockText).join('\n\n')
}

/** Collapses white space for comparisons. */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}
