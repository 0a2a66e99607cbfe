import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { normaliseForMatch } from './normalise'

const slow = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim()

describe('normaliseForMatch', () => {
  it('keeps letters and digits of any script, lowercased, single-spaced', () => {
    expect(normaliseForMatch('  Shenzhen — 深圳市 GDP: 3.2%!  ')).toBe('shenzhen 深圳市 gdp 3 2')
  })

  it('gives the same result on the ASCII fast path as the Unicode-aware rule', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary-ascii' }), (s) => normaliseForMatch(s) === slow(s)))
    fc.assert(fc.property(fc.string({ unit: 'grapheme' }), (s) => normaliseForMatch(s) === slow(s)))
  })
})
