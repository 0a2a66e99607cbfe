import { describe, expect, it } from 'vitest'
import { requiredSection } from './required-section'
import { briefingOf, contextOf, guidance, h1, p } from '../test-briefing'
import { getTemplate } from '../../get-template'

const us = getTemplate('us-action-memo')
const g = (id: string) => us.sections.find((s) => s.id === id)!.guidance

describe('required-section', () => {
  it('reports a missing required section and an empty one (guidance only), pointing at its heading', () => {
    const b = briefingOf('us-action-memo', [h1('Bottom line up front', 'bluf'), guidance(g('bluf')), h1('Recommendation', 'recommendation'), p('That you approve.')])
    const findings = requiredSection.check(contextOf(b))
    expect(findings).toEqual([
      { rule: 'required-section', severity: 'error', message: 'The required section "Bottom line up front" is empty.', target: { kind: 'node', path: [0] } },
      { rule: 'required-section', severity: 'error', message: 'The required section "Background" is missing.', target: null },
    ])
  })

  it('treats guidance typed in as the only text as empty', () => {
    const b = briefingOf('us-action-memo', [h1('BLUF', 'bluf'), p(g('bluf')), h1('Recommendation', 'recommendation'), p('x'), h1('Background', 'background'), p('y')])
    expect(requiredSection.check(contextOf(b)).map((f) => f.message)).toEqual(['The required section "Bottom line up front" is empty.'])
  })

  it('finds a section by its title when the heading has no sectionId', () => {
    const b = briefingOf('us-action-memo', [h1('Bottom line up front:', 'bluf'), p('Approve.'), h1('RECOMMENDATION'), p('x'), h1('1. Background'), p('y')])
    expect(requiredSection.check(contextOf(b))).toEqual([])
  })
})
