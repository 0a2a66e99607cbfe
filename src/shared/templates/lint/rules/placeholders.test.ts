import { describe, expect, it } from 'vitest'
import { placeholders } from './placeholders'
import { briefingOf, contextOf, guidance, h1, p } from '../test-briefing'
import { getTemplate } from '../../get-template'

const messages = (...texts: string[]) => placeholders.check(contextOf(briefingOf('general', texts.map((t) => p(t))))).map((f) => f.message)

describe('placeholder', () => {
  it('finds the usual drafting placeholders', () => {
    expect(messages('Costs are [insert figure] a year.', 'Timing TBC.', 'Up XX% on 2024.', '××市人民政府', 'TODO: check', 'Lorem ipsum dolor')).toEqual([
      'Placeholder "[insert figure]" left in.',
      'Placeholder "TBC" left in.',
      'Placeholder "XX" left in.',
      'Placeholder "××" left in.',
      'Placeholder "TODO" left in.',
      'Placeholder "Lorem ipsum" left in.',
    ])
  })

  it('does not flag ordinary words that contain the letters', () => {
    expect(messages('XXL sizes, a todo list, the tbc club, Xbox', 'Insert the figure [see annex]')).toEqual([])
  })

  it('flags template guidance typed into the text, but not an empty guidance paragraph', () => {
    const g = getTemplate('general').sections[0]!.guidance
    const b = briefingOf('general', [h1('Purpose', 'purpose'), guidance(g), p(g.toUpperCase())])
    expect(placeholders.check(contextOf(b))).toEqual([
      { rule: 'placeholder', severity: 'warning', message: 'The template guidance is still in the text; replace it with your own.', target: { kind: 'node', path: [2] } },
    ])
  })
})
