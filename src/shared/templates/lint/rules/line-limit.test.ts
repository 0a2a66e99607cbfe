import { describe, expect, it } from 'vitest'
import { lineLimit } from './line-limit'
import { briefingOf, contextOf, h1, p, words } from '../test-briefing'

describe('line-limit', () => {
  it('accepts a BLUF of four lines and flags a longer one at its heading', () => {
    // "word " is 5 characters: about 17 to a US memo line, so 60 words is 4 lines and 80 is 5.
    const ok = briefingOf('us-action-memo', [h1('BLUF', 'bluf'), p(words(60))])
    expect(lineLimit.check(contextOf(ok))).toEqual([])
    const long = briefingOf('us-action-memo', [h1('BLUF', 'bluf'), p(words(80)), h1('Recommendation', 'recommendation'), p(words(400))])
    expect(lineLimit.check(contextOf(long))).toEqual([
      { rule: 'line-limit', severity: 'error', message: '"Bottom line up front" runs to about 5 lines; the template allows 4.', target: { kind: 'node', path: [0] } },
    ])
  })

  it('counts each short paragraph as at least one line', () => {
    const b = briefingOf('us-action-memo', [h1('BLUF', 'bluf'), p('a'), p('b'), p('c'), p('d'), p('e')])
    expect(lineLimit.check(contextOf(b))[0]?.message).toContain('about 5 lines')
  })
})
