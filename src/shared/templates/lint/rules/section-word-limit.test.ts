import { describe, expect, it } from 'vitest'
import { sectionWordLimit } from './section-word-limit'
import { briefingOf, contextOf, h1, p, words } from '../test-briefing'

describe('section-word-limit', () => {
  it('warns when a section body goes over its word limit (UK Issue: 60), not at the limit', () => {
    const at = briefingOf('uk-submission', [h1('Issue', 'issue'), p(words(60)), h1('Background', 'background'), p(words(500))])
    expect(sectionWordLimit.check(contextOf(at))).toEqual([])
    const over = briefingOf('uk-submission', [h1('Issue', 'issue'), p(words(40)), p(words(21))])
    expect(sectionWordLimit.check(contextOf(over))).toEqual([
      { rule: 'section-word-limit', severity: 'warning', message: '"Issue" has 61 words; the template allows 60.', target: { kind: 'node', path: [0] } },
    ])
  })
})
