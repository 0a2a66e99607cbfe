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

  it('wraps a long Times New Roman paragraph at the US memo width (about 85 characters a line)', () => {
    const us = getTemplate('us-action-memo')
    expect(estimateLines('a'.repeat(80), us)).toBe(1)
    expect(estimateLines('a'.repeat(100), us)).toBe(2)
    expect(estimateLines('short\n\nalso short', us)).toBe(2)
    expect(estimateLines('', us)).toBe(0)
  })
})
