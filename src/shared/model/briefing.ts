import { z } from 'zod'
import { DocNodeSchema, emptyDoc, type DocNode } from './doc'
import { SourceSchema } from './source'

/** The format version this build writes. Older files are migrated on load; newer ones are refused. */
export const BRIEFING_VERSION = 1

export const PageSize = z.enum(['A4', 'Letter'])
export type PageSize = z.infer<typeof PageSize>

/** Header fields of a briefing. Template-specific extras (brief number, critical date…) live in `fields`. */
export const BriefingMetaSchema = z.looseObject({
  title: z.string(),
  template: z.string().min(1),
  classification: z.string(),
  recipient: z.string().default(''),
  author: z.string().default(''),
  contact: z.string().default(''),
  reference: z.string().default(''),
  date: z.string().default(''),
  dueDate: z.string().default(''),
  createdAt: z.string(),
  modifiedAt: z.string(),
  pageSize: PageSize.default('A4'),
  fields: z.record(z.string(), z.string()).default({}),
})
export type BriefingMeta = z.infer<typeof BriefingMetaSchema>

export const BriefingSchema = z.looseObject({
  format: z.literal('briefwright'),
  version: z.literal(BRIEFING_VERSION),
  meta: BriefingMetaSchema,
  doc: DocNodeSchema.refine((d) => d.type === 'doc', { message: 'doc must be a "doc" node' }),
  sources: z.array(SourceSchema).default([]),
  settings: z.record(z.string(), z.unknown()).default({}),
})
export type Briefing = z.infer<typeof BriefingSchema>

export interface NewBriefingOptions {
  template: string
  title?: string
  classification?: string
  pageSize?: PageSize
  doc?: DocNode
  now: Date
}

/** A new, empty briefing. Templates fill `doc` with their sections. */
export function createBriefing(opts: NewBriefingOptions): Briefing {
  const at = opts.now.toISOString()
  return {
    format: 'briefwright',
    version: BRIEFING_VERSION,
    meta: {
      title: opts.title ?? '',
      template: opts.template,
      classification: opts.classification ?? '',
      recipient: '',
      author: '',
      contact: '',
      reference: '',
      date: '',
      dueDate: '',
      createdAt: at,
      modifiedAt: at,
      pageSize: opts.pageSize ?? 'A4',
      fields: {},
    },
    doc: opts.doc ?? emptyDoc(),
    sources: [],
    settings: {},
  }
}
