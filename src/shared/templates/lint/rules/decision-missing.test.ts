import { describe, expect, it } from 'vitest'
import { decisionMissing } from './decision-missing'
import { briefingOf, contextOf, decision, guidance, h1, ol, p } from '../test-briefing'

describe('decision-missing', () => {
  it('per recommendation (AU): flags numbered recommendations without their own decision block', () => {
    const b = briefingOf('au-ministerial-brief', [
      h1('Recommendations', 'recommendations'),
      ol([p('That you agree to A.'), decision()], 'That you note B.', 'That you agree to C.'),
      decision(),
      h1('Key points', 'key-points'),
      p('x'),
    ])
    expect(decisionMissing.check(contextOf(b))).toEqual([
      { rule: 'decision-missing', severity: 'error', message: 'A recommendation has no decision line (Agreed / Not agreed / Noted).', target: { kind: 'node', path: [1, 1] } },
    ])
  })

  it('per recommendation with paragraphs: a decision answers the nearest undecided recommendation before it', () => {
    const b = briefingOf('us-action-memo', [h1('Recommendation', 'recommendation'), p('That you approve A.'), p('That you approve B.'), decision(['Approve', 'Disapprove'])])
    expect(decisionMissing.check(contextOf(b)).map((f) => f.target)).toEqual([{ kind: 'node', path: [1] }])
  })

  it('is satisfied by the fresh template draft (guidance paragraph is not a recommendation)', () => {
    const b = briefingOf('au-ministerial-brief', [h1('Recommendations', 'recommendations'), guidance('x'), decision()])
    expect(decisionMissing.check(contextOf(b))).toEqual([])
  })

  it('at the end (CA): needs one decision block in the section', () => {
    const without = briefingOf('ca-briefing-note', [h1('Recommendation', 'recommendation'), p('That you approve the pilot.'), p('Rationale.')])
    expect(decisionMissing.check(contextOf(without))).toEqual([
      { rule: 'decision-missing', severity: 'error', message: '"Recommendation" has no decision block (Approved / Not approved).', target: { kind: 'node', path: [0] } },
    ])
    const withBlock = briefingOf('ca-briefing-note', [h1('Recommendation', 'recommendation'), p('That you approve.'), p('Rationale.'), decision(['Approved', 'Not approved'])])
    expect(decisionMissing.check(contextOf(withBlock))).toEqual([])
  })

  it('does nothing for templates without a decision block', () => {
    const b = briefingOf('uk-submission', [h1('Recommendation', 'recommendation'), p('That you agree.')])
    expect(decisionMissing.check(contextOf(b))).toEqual([])
  })
})
