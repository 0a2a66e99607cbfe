import { describe, expect, it } from 'vitest'
import { collapseWhitespace, countText } from './text'
import { wordCount } from './word-count'
import { h1, p, cite } from './test-briefing'

describe('countText and wordCount', () => {
  it('counts Latin words, keeping contractions and numbers whole', () => {
    expect(countText("Don't cut £1,000.50 from the e-bike fund — twice.")).toEqual({ words: 8, cjk: 0 })
  })

  it('counts each CJK character as one word, beside Latin words', () => {
    expect(countText('深圳市 2025 年GDP增长')).toEqual({ words: 2, cjk: 6 })
  })

  it('counts headings and paragraphs separately and ignores citations', () => {
    const doc = { type: 'doc', content: [h1('Issue'), p('Two words', cite({ id: 'c1', quote: 'many many words here' })), p('three')] }
    expect(wordCount(doc)).toBe(4)
  })

  it('collapses whitespace runs', () => {
    expect(collapseWhitespace('  a \n\t b  ')).toBe('a b')
  })
})
