import { describe, expect, it } from 'vitest'
import { wordLimit } from './word-limit'
import { briefingOf, contextOf, h1, p, words } from '../test-briefing'
import { getTemplate } from '../../get-template'

describe('word-limit', () => {
  it('warns when the whole document exceeds the template word limit', () => {
    const template = { ...getTemplate('general'), wordLimit: 100 }
    const ctx = (n: number) => ({ ...contextOf(briefingOf('general', [h1('Purpose', 'purpose'), p(words(n))])), template })
    expect(wordLimit.check(ctx(99))).toEqual([])
    expect(wordLimit.check(ctx(100))).toEqual([{ rule: 'word-limit', severity: 'warning', message: 'The briefing has 101 words; the template allows 100.', target: null }])
  })

  it('is silent for templates without a word limit', () => {
    expect(wordLimit.check(contextOf(briefingOf('general', [p(words(5000))])))).toEqual([])
  })
})
