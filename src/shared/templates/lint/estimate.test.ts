import { describe, expect, it } from 'vitest'
import { getTemplate } from '../get-template'
import { cjkCharsPerPage, estimateLines, estimatePages, wordsPerPage } from './estimate'
import { p, words } from './test-briefing'

const doc = (...texts: string[]) => ({ type: 'doc', content: texts.map((t) => p(t)) })

describe('page and line estimates', () => {
  it('puts about 500 words of 12pt text on an A4 page with 25 mm margins', () => {
    const general = getTemplate('general')
    expect(wordsPerPage(general)).toBeCloseTo(500, 5)
    expect(estimatePages(doc(words(1000)), general)).toBeCloseTo(2, 5)
  })

  it('fits fewer words per page at a larger font size', () => {
    const big = { ...getTemplate('general'), fonts: { ...getTemplate('general').fonts, sizePt: 14 } }
    expect(wordsPerPage(big)).toBeLessThan(400)
  })

  it('matches the Chinese official grid of about 22 lines × 28 characters', () => {
    const cn = getTemplate('cn-official')
    expect(cjkCharsPerPage(cn)).toBeGreaterThan(560)
    expect(cjkCharsPerPage(cn)).toBeLessThan(660)
    expect(estimatePages(doc('字'.repeat(1200)), cn)).toBeGreaterThan(1.8)
  })

  it('counts a table by its rows: thirty rows of short figures take about a page, not a few lines of words', () => {
    const general = getTemplate('general')
    const cell = (text: string) => ({ type: 'tableCell', content: [p(text)] })
    const table = { type: 'table', content: Array.from({ length: 30 }, (_, i) => ({ type: 'tableRow', content: [cell(String(2000 + i)), cell('1,200'), cell('4.5%')] })) }
    const pages = estimatePages({ type: 'doc', content: [table] }, general)
    expect(pages).toBeGreaterThan(0.9)
    expect(pages).toBeLessThan(1.3)
    // The same ninety words as prose fill a fifth of a page.
    expect(estimatePages(doc(words(90)), general)).toBeLessThan(0.2)
  })

  it('makes a row as tall as its fullest cell, wrapping in the cell width', () => {
    const general = getTemplate('general')
    const cell = (text: string) => ({ type: 'tableCell', content: [p(text)] })
    const oneRow = (a: string) => ({ type: 'doc', content: [{ type: 'table', content: [{ type: 'tableRow', content: [cell(a), cell('x'), cell('y'), cell('z')] }] }] })
    // 300 characters in a quarter-width cell wrap to many lines; in a full-width paragraph to about four.
    expect(estimatePages(oneRow('a'.repeat(300)), general)).toBeGreaterThan(4 * estimatePages(oneRow('a'), general))
  })

  it('wraps a long Times New Roman paragraph at the US memo width (about 85 characters a line)', () => {
    const us = getTemplate('us-action-memo')
    expect(estimateLines('a'.repeat(80), us)).toBe(1)
    expect(estimateLines('a'.repeat(100), us)).toBe(2)
    expect(estimateLines('short\n\nalso short', us)).toBe(2)
    expect(estimateLines('', us)).toBe(0)
  })
})
