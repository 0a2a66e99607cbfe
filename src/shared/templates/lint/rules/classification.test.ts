import { describe, expect, it } from 'vitest'
import { classification } from './classification'
import { briefingOf, contextOf } from '../test-briefing'

describe('classification', () => {
  it('requires a marking where the template does', () => {
    expect(classification.check(contextOf(briefingOf('us-action-memo', [], { classification: ' ' })))).toEqual([
      { rule: 'classification', severity: 'error', message: 'The briefing has no classification marking.', target: { kind: 'meta', field: 'classification' } },
    ])
    expect(classification.check(contextOf(briefingOf('us-action-memo', [], { classification: 'UNCLASSIFIED' })))).toEqual([])
  })

  it('allows none where the template does not require one', () => {
    expect(classification.check(contextOf(briefingOf('cn-official', [], { classification: '' })))).toEqual([])
  })

  it('warns about a marking the template does not know', () => {
    const [f] = classification.check(contextOf(briefingOf('uk-submission', [], { classification: 'RESTRICTED' })))
    expect(f).toMatchObject({ severity: 'warning', message: expect.stringContaining('"RESTRICTED" is not one of') })
  })
})
