import { describe, expect, it } from 'vitest'
import { shingleScore, tokens } from './quality'

describe('shingleScore', () => {
  it('scores identical texts 1 and disjoint texts 0', () => {
    const text = 'the council approved the budget on tuesday after a long debate'
    expect(shingleScore(text, text).f1).toBe(1)
    expect(shingleScore(text, 'completely different words about another subject entirely here').f1).toBe(0)
  })

  it('separates precision (extra text) from recall (missing text)', () => {
    const truth = 'one two three four five six seven eight'
    const score = shingleScore(`${truth} menu home about contact`, truth)
    expect(score.recall).toBe(1)
    expect(score.precision).toBeCloseTo(5 / 9)
    const partial = shingleScore('one two three four five', truth)
    expect(partial.precision).toBe(1)
    expect(partial.recall).toBeCloseTo(2 / 5)
  })

  it('tokenises CJK per character and ignores case and punctuation', () => {
    expect(tokens('深圳制造, Made in SHENZHEN!')).toEqual(['深', '圳', '制', '造', 'made', 'in', 'shenzhen'])
    expect(shingleScore('Made in Shenzhen, today.', 'made in shenzhen today').f1).toBe(1)
  })

  it('handles empty texts', () => {
    expect(shingleScore('', '').f1).toBe(1)
    expect(shingleScore('', 'a b c d').f1).toBe(0)
  })
})
