import { describe, expect, it } from 'vitest'
import type { Figure } from '../../shared/model/source'
import { groupFigures, markFigures } from './figure-groups'

const S = 'output was 312 billion yuan, up 8.7%, and exports rose 8.7%.'
const fig = (text: string, kind: Figure['kind'], sentence = S, blockId = 'b1'): Figure => ({ text, kind, sentence, blockId })

// The figures list shows each sentence once with its figures marked; one Insert quotes that sentence.
describe('groupFigures', () => {
  it('puts figures of one sentence together, keeping article order', () => {
    const groups = groupFigures([fig('312 billion yuan', 'amount'), fig('8.7%', 'percentage'), fig('2024', 'date', 'In 2024 it began.', 'b2')])
    expect(groups.map((g) => [g.blockId, g.figures.map((f) => f.text)])).toEqual([
      ['b1', ['312 billion yuan', '8.7%']],
      ['b2', ['2024']],
    ])
  })
})

describe('markFigures', () => {
  it('marks each figure, and a repeated figure text at its next occurrence', () => {
    const parts = markFigures(S, [fig('312 billion yuan', 'amount'), fig('8.7%', 'percentage'), fig('8.7%', 'percentage')])
    expect(parts.filter((p) => p.figure).map((p) => p.text)).toEqual(['312 billion yuan', '8.7%', '8.7%'])
    expect(parts.map((p) => p.text).join('')).toBe(S)
  })
})
