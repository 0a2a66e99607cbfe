import type { DocNode } from '../../model'
import type { BriefingTemplate } from '../types'
import { countText, inlineText, textblocks } from './text'

/** Paper sizes in millimetres. */
const PAPER_MM = { A4: { width: 210, height: 297 }, Letter: { width: 215.9, height: 279.4 } } as const

const MM_PER_PT = 25.4 / 72

/**
 * Calibration for Latin text: about 500 words fill a page of 12pt body text on A4 with 25 mm margins
 * (a 160 × 247 mm text area), allowing for headings and paragraph spacing. Other sizes and areas
 * scale from it: words per page grow with the text area and shrink with the square of the font size.
 */
export const WORDS_PER_PAGE_AT_12PT = 500
const REFERENCE_AREA_MM2 = 160 * 247

/**
 * CJK text is set on a grid one em wide per character; GB/T 9704 fits 22 lines of 28 characters at
 * 16pt in a 156 × 225 mm area, a line pitch of about 1.8 em, which we use for any CJK text.
 */
const CJK_LINE_PITCH_EM = 1.8

/**
 * Average advance of a Latin character (spaces included) in em, by font: Times New Roman is
 * narrower than the sans faces. Unknown fonts use the default.
 */
const LATIN_CHAR_EM: Record<string, number> = { 'Times New Roman': 0.45, Arial: 0.5, Calibri: 0.47, default: 0.5 }

/** The printable area of the template's page, in millimetres. */
export function textArea(template: BriefingTemplate): { widthMm: number; heightMm: number } {
  const paper = PAPER_MM[template.page.size]
  const m = template.page.marginsMm
  return { widthMm: paper.width - m.left - m.right, heightMm: paper.height - m.top - m.bottom }
}

/** Latin words that fit one page of the template (see WORDS_PER_PAGE_AT_12PT). */
export function wordsPerPage(template: BriefingTemplate): number {
  const { widthMm, heightMm } = textArea(template)
  return WORDS_PER_PAGE_AT_12PT * ((widthMm * heightMm) / REFERENCE_AREA_MM2) * (12 / template.fonts.sizePt) ** 2
}

/** CJK characters that fit one page of the template: characters per line × lines per page. */
export function cjkCharsPerPage(template: BriefingTemplate): number {
  const { widthMm, heightMm } = textArea(template)
  const emMm = template.fonts.sizePt * MM_PER_PT
  return (widthMm / emMm) * (heightMm / (emMm * CJK_LINE_PITCH_EM))
}

/**
 * Line pitch of Latin body text in em, paragraph spacing included: it is what puts the calibrated
 * 500 words (about 38 lines of 13 words) on the reference page.
 */
const LATIN_LINE_PITCH_EM = 1.5
/** A table row's cell padding and border, in lines. */
const ROW_PADDING_LINES = 0.4

const IS_CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\uFF00-\uFFEF\u3000-\u303F]/u

/** Lines a text wraps to in a column `widthMm` wide at the template's body font. */
function linesAtWidth(text: string, widthMm: number, template: BriefingTemplate): number {
  const lineEm = widthMm / (template.fonts.sizePt * MM_PER_PT)
  const charEm = LATIN_CHAR_EM[template.fonts.body] ?? LATIN_CHAR_EM.default!
  let lines = 0
  for (const line of text.split('\n')) {
    if (line.trim() === '') continue
    let em = 0
    for (const ch of line) em += IS_CJK.test(ch) ? 1 : charEm
    lines += Math.max(1, Math.ceil(em / lineEm))
  }
  return lines
}

/**
 * Lines a table takes: each row is as tall as its fullest cell, cells sharing the text width
 * equally (a column spanning several takes their share), plus padding. Short cells of figures take
 * far more room than their words would on a page of prose.
 */
function tableLines(table: DocNode, template: BriefingTemplate): number {
  const { widthMm } = textArea(template)
  let lines = 0
  for (const row of table.content ?? []) {
    const cells = row.content ?? []
    const span = (cell: DocNode) => Math.max(1, Number(cell.attrs?.colspan ?? 1) || 1)
    const columns = cells.reduce((n, c) => n + span(c), 0) || 1
    let tallest = 1
    for (const cell of cells) {
      const width = (widthMm * span(cell)) / columns
      const cellLines = textblocks(cell).reduce((n, b) => n + linesAtWidth(inlineText(b.node), width, template), 0)
      tallest = Math.max(tallest, cellLines)
    }
    lines += tallest + ROW_PADDING_LINES
  }
  return lines
}

/** Estimated printed pages (fractional) of a doc in the template's page setup and body font size. */
export function estimatePages(doc: DocNode, template: BriefingTemplate): number {
  let words = 0
  let cjk = 0
  let lines = 0
  const visit = (node: DocNode) => {
    if (node.type === 'table') lines += tableLines(node, template)
    else if (node.type === 'paragraph' || node.type === 'heading') {
      const counted = countText(inlineText(node))
      words += counted.words
      cjk += counted.cjk
    } else node.content?.forEach(visit)
  }
  visit(doc)
  const { heightMm } = textArea(template)
  const lineMm = template.fonts.sizePt * MM_PER_PT * LATIN_LINE_PITCH_EM
  return words / wordsPerPage(template) + cjk / cjkCharsPerPage(template) + (lines * lineMm) / heightMm
}

/**
 * Estimated printed lines of a text at the template's body font and text width: each CJK or
 * full-width character takes one em, any other character the font's average advance; each line of
 * the text (split at newlines) wraps separately; empty text takes no lines.
 */
export function estimateLines(text: string, template: BriefingTemplate): number {
  return linesAtWidth(text, textArea(template).widthMm, template)
}
