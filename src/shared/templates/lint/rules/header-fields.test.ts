import { describe, expect, it } from 'vitest'
import { headerFields } from './header-fields'
import { briefingOf, contextOf } from '../test-briefing'

describe('header-field', () => {
  it('lists each empty required field (meta and template-specific) and a missing title', () => {
    const b = briefingOf('au-ministerial-brief', [], { title: '' })
    b.meta.recipient = 'Minister for Infrastructure'
    b.meta.date = '12 March 2026'
    b.meta.fields = { briefNumber: 'MB26-000123', purpose: '' }
    expect(headerFields.check(contextOf(b)).map((f) => f.target)).toEqual([
      { kind: 'meta', field: 'title' },
      { kind: 'meta', field: 'purpose' },
      { kind: 'meta', field: 'contact' },
    ])
  })

  it('checks that a choice field holds one of its choices', () => {
    const b = briefingOf('au-ministerial-brief', [])
    Object.assign(b.meta, { recipient: 'M', date: 'd', contact: 'c' })
    b.meta.fields = { briefNumber: 'MB1', purpose: 'For decision' }
    expect(headerFields.check(contextOf(b))).toEqual([
      { rule: 'header-field', severity: 'warning', message: '"Purpose" should be one of: For action, For information.', target: { kind: 'meta', field: 'purpose' } },
    ])
  })
})
