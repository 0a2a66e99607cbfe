import { describe, expect, it } from 'vitest'
import { findTables, type LayoutLine } from './pdf-table'
import type { PdfWord } from './pdf-words'

const SIZE = 10

/** A line from [x, text] pieces: each character 5 points wide, a word space 2.5 points. */
function line(y: number, pieces: [number, string][], font = 'regular', page = 1): LayoutLine {
  const words: PdfWord[] = []
  for (const [x, text] of pieces) {
    let at = x
    for (const word of text.split(' ')) {
      words.push({ text: word, x0: at, x1: at + word.length * 5, y, size: SIZE, font, runStart: false })
      at += word.length * 5 + 2.5
    }
  }
  return { page, y, size: SIZE, words }
}

/** Lines of justified prose: words spread to fill 400 points, so spaces differ from line to line. */
function justified(y0: number, texts: string[], x = 50, width = 400): LayoutLine[] {
  return texts.map((text, i) => {
    const ws = text.split(' ')
    const space = (width - ws.join('').length * 5) / (ws.length - 1)
    let at = x
    return line(y0 - i * 12, ws.map((w) => {
      const piece: [number, string] = [at, w]
      at += w.length * 5 + space
      return piece
    }))
  })
}

describe('findTables', () => {
  it('finds nothing in justified prose, even with a few wide spaces', () => {
    const lines = justified(700, [
      'The council voted on Tuesday to extend the trial of electric buses on',
      'routes, with a review after twelve months.',
      'Operators said the buses had been reliable through the winter months, and',
      'drivers preferred them.',
    ])
    expect(findTables(lines)).toEqual([])
  })

  it('splits a row whose cells are only a word space apart when the other rows show the gutter', () => {
    const lines = [
      line(700, [[50, 'Source'], [200, 'Amount (million) Share']]),
      line(680, [[50, 'Council'], [200, '$18.0'], [320, '37.5%']]),
      line(660, [[50, 'Operator'], [200, '$21.0'], [320, '43.8%']]),
    ]
    // "Amount (million)" ends at 280, "Share" starts at 282.5: the rows below leave 225–320 free.
    lines[0]!.words[3]!.x0 = 322
    lines[0]!.words[3]!.x1 = 347
    expect(findTables(lines)).toEqual([{ kind: 'table', start: 0, end: 3, header: true, rows: [['Source', 'Amount (million)', 'Share'], ['Council', '$18.0', '37.5%'], ['Operator', '$21.0', '43.8%']] }])
  })

  it('joins a wrapped cell into its row in a table without row padding', () => {
    const lines = [
      line(700, [[50, 'Stage one'], [200, 'Submissions open']]),
      line(688, [[50, 'Stage two'], [200, 'Workshops in each ward, with']]),
      line(676, [[200, 'childcare provided']]),
      line(664, [[50, 'Stage three'], [200, 'A vote']]),
    ]
    const [table] = findTables(lines)
    expect(table).toMatchObject({ kind: 'table', start: 0, end: 4, header: false })
    expect(table?.kind === 'table' && table.rows).toEqual([['Stage one', 'Submissions open'], ['Stage two', 'Workshops in each ward, with childcare provided'], ['Stage three', 'A vote']])
  })

  it('flags a header row set in another font', () => {
    const lines = [line(700, [[50, 'Stage'], [200, 'What happens']], 'bold'), line(680, [[50, 'One'], [200, 'Submissions']]), line(660, [[50, 'Two'], [200, 'Workshops']])]
    expect(findTables(lines)[0]).toMatchObject({ kind: 'table', header: true })
    expect(findTables(lines.map((l) => ({ ...l, words: l.words.map((w) => ({ ...w, font: 'regular' })) })))[0]).toMatchObject({ kind: 'table', header: false })
  })

  it('stops at a line of prose below the table and leaves a caption above it out', () => {
    const lines = [
      line(720, [[120, 'Prices by region']]),
      line(700, [[50, 'North'], [200, '$2.85']]),
      line(680, [[50, 'West'], [200, '$4.10']]),
      line(660, [[50, 'Prices are set by the regulator each year.']]),
    ]
    expect(findTables(lines)).toEqual([{ kind: 'table', start: 1, end: 3, header: false, rows: [['North', '$2.85'], ['West', '$4.10']] }])
  })

  it('keeps a figure and its unit together unless a header shows a gutter between them', () => {
    const rows = [line(680, [[50, '2023–24'], [150, '4,210 kWh'], [300, '3.0']]), line(660, [[50, '2024–25'], [150, '3,980 kWh'], [300, '3.2']]), line(640, [[50, '2025–26'], [150, '3,650 kWh'], [300, '3.5']])]
    const cellsOf = (found: ReturnType<typeof findTables>) => (found[0]?.kind === 'table' ? found[0].rows : [])
    expect(cellsOf(findTables(rows))).toEqual([['2023–24', '4,210 kWh', '3.0'], ['2024–25', '3,980 kWh', '3.2'], ['2025–26', '3,650 kWh', '3.5']])
    // A header with "Used" over the figures and "Unit" over the units: now they are two columns.
    const header = line(700, [[50, 'Winter'], [150, 'Used'], [190, 'Unit'], [300, 'SPF']])
    expect(cellsOf(findTables([header, ...rows]))[1]).toEqual(['2023–24', '4,210', 'kWh', '3.0'])
  })

  it('gives a header word split off into a column of its own back to its cell', () => {
    const lines = [
      line(700, [[50, 'Name'], [150, 'Servicing'], [205, 'and parts'], [300, 'Share']]),
      line(680, [[50, 'Bloom'], [150, '£310'], [300, '12%']]),
      line(660, [[50, 'Ridgeback'], [150, '£265'], [300, '9%']]),
    ]
    expect(findTables(lines)[0]).toMatchObject({ kind: 'table', rows: [['Name', 'Servicing and parts', 'Share'], ['Bloom', '£310', '12%'], ['Ridgeback', '£265', '9%']] })
  })

  it('reads two columns of running prose as columns, not as a table', () => {
    const left = justified(700, ['Regional councils have spent the past decade', 'arguing about who should pay for the upkeep', 'of rural roads, and the argument has rarely', 'produced much beyond reports. The latest', 'review takes a different line: it asks what'], 50, 210)
    const right = justified(700, ['each road is for, who uses it and how often,', 'and then sets a maintenance standard to', 'match. Roads that carry school buses and', 'milk tankers every day would be kept to a', 'higher standard than tracks that see few cars.'], 290, 210)
    const lines = left.map((l, i) => ({ ...l, words: [...l.words, ...right[i]!.words] }))
    const found = findTables(lines)
    expect(found.map((r) => [r.kind, r.start, r.end])).toEqual([['columns', 0, 5]])
    const columns = found[0]?.kind === 'columns' ? found[0].columns : []
    expect(columns.map((c) => c.map((ws) => ws.map((w) => w.text).join(' ')))).toEqual([left, right].map((ls) => ls.map((l) => l.words.map((w) => w.text).join(' '))))
  })
})
