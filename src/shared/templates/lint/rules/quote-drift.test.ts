import { describe, expect, it } from 'vitest'
import { quoteDrift } from './quote-drift'
import { briefingOf, cite, contextOf, p, quoted, source } from '../test-briefing'

const src = source('s1', { b1: 'Shipping volumes rose 8%   in 2025,\nthe port said.' })
const quote = 'rose 8% in 2025, the port said'

describe('quote-drift', () => {
  it('accepts a quote that matches its citation and its source block (whitespace collapsed)', () => {
    const b = briefingOf('general', [p('Volumes ', quoted('rose 8%  in 2025, the port said', 'c1'), cite({ id: 'c1', quote }), '.')], { sources: [src] })
    expect(quoteDrift.check(contextOf(b))).toEqual([])
  })

  it('flags quoted text edited after insertion, at the quoted text', () => {
    const b = briefingOf('general', [p('Volumes ', quoted('rose 9% in 2025, the port said', 'c1'), cite({ id: 'c1', quote }))], { sources: [src] })
    expect(quoteDrift.check(contextOf(b))).toEqual([
      { rule: 'quote-drift', severity: 'error', message: 'The quoted text was edited and no longer matches the source passage.', target: { kind: 'node', path: [0, 1] } },
    ])
  })

  it('reads a quote split across differently formatted text nodes as one', () => {
    const bold = { ...quoted('8%', 'c1'), marks: [{ type: 'bold' }, { type: 'quoted', attrs: { citeId: 'c1' } }] }
    const b = briefingOf('general', [p(quoted('rose ', 'c1'), bold, quoted(' in 2025, the port said', 'c1'), cite({ id: 'c1', quote }))], { sources: [src] })
    expect(quoteDrift.check(contextOf(b))).toEqual([])
  })

  it('flags a citation whose quote is no longer in the source block, at the citation', () => {
    const changed = source('s1', { b1: 'Shipping volumes rose 6% in 2025, the port said.' })
    const b = briefingOf('general', [p(quoted(quote, 'c1'), cite({ id: 'c1', quote }))], { sources: [changed] })
    expect(quoteDrift.check(contextOf(b))).toEqual([
      { rule: 'quote-drift', severity: 'error', message: 'The quote is no longer found in its source passage.', target: { kind: 'node', path: [0, 1] } },
    ])
  })

  it('leaves paraphrases (empty quote) alone', () => {
    const b = briefingOf('general', [p('Volumes grew', cite({ id: 'c1', quote: '' }))], { sources: [source('s1', { b1: 'other' })] })
    expect(quoteDrift.check(contextOf(b))).toEqual([])
  })
})
