import { describe, expect, it } from 'vitest'
import { findFigures, sentences } from './figures'

describe('findFigures', () => {
  it('finds amounts, percentages, numbers with units and dates with their sentence and block', () => {
    const text = 'The $48 million program will install a 12 megawatt substation. Council will contribute 37.5% of the cost from July 2026.'
    const figures = findFigures([{ id: 'b1', type: 'paragraph', text }])
    expect(figures.map((f) => [f.kind, f.text])).toEqual([
      ['amount', '$48 million'],
      ['number', '12 megawatt'],
      ['percentage', '37.5%'],
      ['date', 'July 2026'],
    ])
    expect(figures[0]).toMatchObject({ blockId: 'b1', sentence: 'The $48 million program will install a 12 megawatt substation.' })
    expect(figures[2]!.sentence).toBe('Council will contribute 37.5% of the cost from July 2026.')
  })

  it('reads Chinese amounts, percentages and dates', () => {
    const figures = findFigures([{ id: 'z', type: 'paragraph', text: '今年1至5月，深圳规模以上工业增加值3121.22亿元，增长8.7%。该项目计划于2021年3月投产。' }])
    expect(figures.map((f) => f.text)).toEqual(['3121.22亿元', '8.7%', '2021年3月'])
    expect(figures[2]!.sentence).toBe('该项目计划于2021年3月投产。')
  })

  it('does not split sentences at decimal points or abbreviations', () => {
    expect(sentences('Growth was 1.4 per cent. Shenzhen Co. Ltd. agreed.').map((s) => s.text.trim())).toEqual(['Growth was 1.4 per cent.', 'Shenzhen Co. Ltd. agreed.'])
  })

  it('skips headings', () => {
    expect(findFigures([{ id: 'h', type: 'heading', text: '2026 budget: 3% rise' }])).toEqual([])
  })
})
