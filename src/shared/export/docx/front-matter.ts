import { Paragraph, TabStopType } from 'docx'
import type { BriefingMeta } from '../../model'
import type { Block, ExportContext } from './context'
import { hasCjk, stripInvalidXml } from './sanitize'
import { textRuns } from './nodes/text'
import { META_FIELD_KEYS as META_KEYS, STANDARD_HEADER_FIELDS } from '../../templates/header-fields'

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
  // The template's fields in its order, then any standard field the user filled in the header form that
  // this template does not name (the form always offers them): nothing typed there is lost in Word.
  const named = new Set(ctx.layout.fields.map((f) => f.key))
  const extra = META_KEYS.filter((key) => !named.has(key)).map((key) => ({ key, label: STANDARD_HEADER_FIELDS[key].label }))
  const fields = [...ctx.layout.fields, ...extra]
    .filter((f) => f.key !== 'classification')
    .map((f) => ({ label: stripInvalidXml(f.label), value: stripInvalidXml(fieldValue(meta, f.key).trim()) }))
    .filter((f) => f.value)
  // The value column starts after the longest label: a CJK character is about one em wide, Latin about half.
  const em = ctx.layout.fonts.sizePt * 20
  const labelWidth = (label: string) => [...label].reduce((w, ch) => w + (hasCjk(ch) ? em * 1.1 : em * 0.6), 0)
  const tab = Math.round(Math.min(4000, Math.max(1400, Math.max(0, ...fields.map((f) => labelWidth(f.label))) + em * 1.5)))
  fields.forEach((f, i) =>
    out.push(
      new Paragraph({
        style: ctx.styles.normal,
        tabStops: [{ type: TabStopType.LEFT, position: tab }],
        indent: { left: tab, hanging: tab },
        spacing: { after: i === fields.length - 1 ? 240 : 40 },
        children: [...textRuns(`${f.label}${ctx.layout.labels.colon}`, { bold: true }, ctx), ...textRuns(`\t${f.value}`, {}, ctx)],
      }),
    ),
  )
  return out
}
