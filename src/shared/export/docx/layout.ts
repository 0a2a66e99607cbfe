import type { Briefing, PageSize } from '../../model'
import type { BriefingTemplate, DecisionBlock, TemplateField, TemplateFonts } from '../../templates/types'
import { labelsFor, type ExportLabels } from './labels'

/** Page sizes in twips (1/1440 inch), portrait. */
const PAGE_TWIPS: Record<PageSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  Letter: { width: 12240, height: 15840 },
}

/** Millimetres to twips, rounded to whole twips as Word stores them. */
export function mmToTwip(mm: number): number {
  return Math.round((mm * 1440) / 25.4)
}

/** Screen pixels (TipTap column widths, 96 dpi) to twips. */
export function pxToTwip(px: number): number {
  return Math.round(px * 15)
}

/** Everything about the page and furniture the mapper needs, resolved once from briefing + template. */
export interface ExportLayout {
  page: { width: number; height: number; margins: { top: number; right: number; bottom: number; left: number } }
  /** Width between the margins, in twips: tables spread over it. */
  textWidth: number
  fonts: TemplateFonts
  language: string
  labels: ExportLabels
  headingNumbering: 'zh' | null
  decision: DecisionBlock | null
  fields: TemplateField[]
  classification: string
}

/** Used when a briefing is exported without a template: a plain A4/Letter note in Arial. */
const FALLBACK: Pick<BriefingTemplate, 'fonts' | 'page' | 'language' | 'headingNumbering' | 'decision' | 'fields'> = {
  fonts: { body: 'Arial', heading: 'Arial', eastAsia: 'SimSun', sizePt: 11 },
  page: { size: 'A4', marginsMm: { top: 25, right: 25, bottom: 25, left: 25 } },
  language: 'en',
  headingNumbering: null,
  decision: null,
  fields: [
    { key: 'recipient', label: 'To', required: false },
    { key: 'author', label: 'From', required: false },
    { key: 'date', label: 'Date', required: false },
    { key: 'reference', label: 'Reference', required: false },
  ],
}

/** Resolves page, fonts and furniture. The briefing's own page size wins over the template's. */
export function resolveLayout(briefing: Briefing, template: BriefingTemplate | undefined): ExportLayout {
  const t = template ?? FALLBACK
  const size = PAGE_TWIPS[briefing.meta.pageSize] ?? PAGE_TWIPS[t.page.size]
  const m = t.page.marginsMm
  const margins = { top: mmToTwip(m.top), right: mmToTwip(m.right), bottom: mmToTwip(m.bottom), left: mmToTwip(m.left) }
  return {
    page: { ...size, margins },
    textWidth: size.width - margins.left - margins.right,
    fonts: t.fonts,
    language: t.language,
    labels: labelsFor(t.language),
    headingNumbering: t.headingNumbering,
    decision: t.decision,
    fields: t.fields,
    classification: briefing.meta.classification.trim() || (template?.classification.default ?? ''),
  }
}
