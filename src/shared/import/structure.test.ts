import { describe, expect, it } from 'vitest'
import { classify } from './classify'
import { segment, unwrap } from './segment'
import { isHardWrapped, joinWrapped, structure } from './structure'

function blocksOf(text: string) {
  return structure(classify(unwrap(segment(text)))).map(({ type, text }) => ({ type, text }))
}

const WRAPPED = `Treasury forecasts

The Treasury now expects the economy to grow by 1.4 per cent next year, down
from the 2.1 per cent it forecast in the spring, because higher interest rates
are weighing on business investment and on household spending.

Officials said the revision reflected weaker construction activity and a fall
in the number of new housing projects started in the first half of the year,
which has reduced demand for building materials across the country.

Outlook for wages

Wage growth is expected to slow from 5 per cent to about 3.5 per cent over the
next twelve months as the labour market cools and vacancies continue to fall,
the report said, adding that real incomes should still rise modestly.
`

describe('structure', () => {
  it('joins hard-wrapped lines into paragraphs and finds headings between them', () => {
    const blocks = blocksOf(WRAPPED)
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'heading', 'paragraph'])
    expect(blocks[0]!.text).toMatch(/^The Treasury now expects the economy to grow by 1\.4 per cent next year, down from the 2\.1/)
    expect(blocks[0]!.text).not.toContain('\n')
  })

  it('detects fixed-width wrapping but not one-paragraph-per-line text', () => {
    expect(isHardWrapped(WRAPPED.split('\n'))).toBe(true)
    expect(isHardWrapped(['short', 'a much longer line of copied text that is a whole paragraph on its own and goes on', 'tiny'])).toBe(false)
  })

  it('joins CJK fragments without a space and hyphenated words without the hyphen', () => {
    expect(joinWrapped('深圳计划建设', '制造业创新中心。')).toBe('深圳计划建设制造业创新中心。')
    expect(joinWrapped('infra-', 'structure')).toBe('infrastructure')
    expect(joinWrapped('the', 'council')).toBe('the council')
  })

  it('removes full-width indents and keeps each indented Chinese paragraph separate', () => {
    const text = '　　深圳经济的平稳健康发展，得益于以工业生产为代表的实体经济的长期增长，今年前五个月规模以上工业增加值增长百分之八点七。\n　　深圳以供给侧结构性改革为主线，按照高质量发展要求，建设国家级先进制造业示范区，推动制造业与新技术深度融合。'
    const blocks = blocksOf(text)
    expect(blocks).toHaveLength(2)
    expect(blocks[0]!.text.startsWith('深圳')).toBe(true)
  })

  it('makes list items from bullets and from a colon-introduced run of lines', () => {
    const text = [
      'Council will report on energy use, equipment availability and maintenance costs every six months, the mayor said on Tuesday.',
      '',
      'Three gaps stand out in our conversations with suppliers:',
      'Traceability below the first tier is thin and most firms do not know their refiners at all.',
      'Carbon footprint methods are not yet settled and the rules have been delayed more than once.',
      '',
      '• Procurement opens in April 2026 for all of the equipment in the first phase.',
      '• Substation works are scheduled from July to December 2026 at the eastern terminal.',
    ].join('\n')
    const blocks = blocksOf(text)
    expect(blocks.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'listItem', 'listItem', 'listItem', 'listItem'])
    expect(blocks[4]!.text.startsWith('Procurement')).toBe(true)
  })

  it('turns tab-separated rows into a table', () => {
    const text = ['The funding comes from three sources, the council said in its statement on Monday afternoon.', 'Source\tAmount\tShare', 'Council\t$18.0\t37.5%', 'Operator\t$21.0\t43.8%'].join('\n')
    const table = structure(classify(unwrap(segment(text)))).find((b) => b.type === 'table')
    expect(table?.rows).toEqual([['Source', 'Amount', 'Share'], ['Council', '$18.0', '37.5%'], ['Operator', '$21.0', '43.8%']])
  })
})
