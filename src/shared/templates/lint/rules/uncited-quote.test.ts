import { describe, expect, it } from 'vitest'
import { uncitedQuote } from './uncited-quote'
import { briefingOf, cite, contextOf, p, quoted } from '../test-briefing'

describe('uncited-quote', () => {
  it('flags quoted text whose citation was deleted, once per citation id', () => {
    const b = briefingOf('general', [p('He said ', quoted('growth is strong', 'gone'), ' and ', quoted('jobs followed', 'gone')), p(quoted('kept', 'c1'), cite({ id: 'c1', quote: 'kept' }))])
    expect(uncitedQuote.check(contextOf(b))).toEqual([
      { rule: 'uncited-quote', severity: 'error', message: 'The quotation "growth is strong" has no citation.', target: { kind: 'node', path: [0, 1] } },
    ])
  })
})
