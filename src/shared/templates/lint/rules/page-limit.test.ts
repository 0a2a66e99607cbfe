import { describe, expect, it } from 'vitest'
import { pageLimit } from './page-limit'
import { briefingOf, contextOf, h1, p, words } from '../test-briefing'

describe('page-limit', () => {
  it('flags a US action memo estimated over two pages, not one under', () => {
    const short = briefingOf('us-action-memo', [h1('Background', 'background'), p(words(700))])
    expect(pageLimit.check(contextOf(short))).toEqual([])
    const long = briefingOf('us-action-memo', [h1('Background', 'background'), p(words(900)), p(words(400))])
    const findings = pageLimit.check(contextOf(long))
    expect(findings).toHaveLength(1)
    expect(findings[0]).toMatchObject({ rule: 'page-limit', severity: 'error', target: null })
    expect(findings[0]!.message).toMatch(/^The briefing is about 2\.\d pages long; the template allows 2\.$/)
  })

  it('is silent when the template has no page limit', () => {
    expect(pageLimit.check(contextOf(briefingOf('general', [p(words(3000))])))).toEqual([])
  })
})
