import { Paragraph, TabStopType } from 'docx'
import type { BriefingMeta } from '../../model'
import type { Block, ExportContext } from './context'
import { stripInvalidXml } from './sanitize'
import { textRuns } from './nodes/text'

/** Header-field keys stored directly on the briefing's meta; other keys live in `meta.fields`. */
const META_KEYS = ['recipient', 'author', 'contact', 'reference', 'date', 'dueDate'] as const

/** The value of a template header field in this briefing ('' when unset). */
export function fieldValue(meta: BriefingMeta, key: string): string {
  if ((META_KEYS as readonly string[]).includes(key)) return String(meta[key as (typeof META_KEYS)[number]] ?? '')
  return meta.fields[key] ?? ''
}

/**
 * The title (Word's "Title" style) and the template's header fields ("To:", "From:", "Date:" …),
 * label and value aligned on a tab stop. Empty fields are left out; the classification is not
 * repeated here because it heads every page.
 */
export function mapFrontMatter(ctx: ExportContext): Block[] {
  const out: Block[] = []
  const meta = ctx.briefing.meta
  const title = stripInvalidXml(meta.title.trim())
  if (title) out.push(new Paragraph({ style: ctx.styles.title, children: textRuns(title, {}, ctx) }))
  const fields = ctx.layout.fields
    .filter((f) => f.key !== 'classification')
    .map((f) => ({ label: stripInvalidXml(f.label), value: stripInvalidXml(fieldValue(meta, f.key).trim()) }))
    .filter((f) => f.value)
  const tab = Math.min(2600, Math.max(1400, Math.max(0, ...fields.map((f) => f.label.length)) * 130 + 400))
  fields.forEach((f, i) =>
    out.push(
      new Paragraph({
        style: ctx.styles.normal,
        tabStops: [{ type: TabStopType.LEFT, position: tab }],
        indent: { left: tab, hanging: tab },
        spacing: { after: i === fields.length - 1 ? 240 : 40 },
        children: [...textRuns(`${f.label}:`, { bold: true }, ctx), ...textRuns(`\t${f.value}`, {}, ctx)],
      }),
    ),
  )
  return out
}
