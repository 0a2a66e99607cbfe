import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { readPdf } from './read-pdf'
import { importArticle } from './index'
import { ArticleTruthSchema, squash, truthBlockText } from './truth'
import { sequentialIds } from '../model/ids'
import type { DraftBlock } from './types'

const TABLES = join(__dirname, '../../../test/fixtures/pdf-tables')
const ARTICLES = join(__dirname, '../../../test/fixtures/articles')

async function blocksOf(file: string): Promise<DraftBlock[]> {
  return (await readPdf(new Uint8Array(readFileSync(join(TABLES, file))))).blocks
}

/** The blocks as [type, text] pairs, a table as its rows. */
function shape(blocks: DraftBlock[]): [string, string | string[][]][] {
  return blocks.map((b) => [b.type, b.type === 'table' ? b.rows! : b.text])
}

describe('readPdf: tables made by LibreOffice', () => {
  it('three columns, narrow table: wrapped cells in the first column and the header, right-aligned figures', async () => {
    const blocks = await blocksOf('three-columns.pdf')
    expect(shape(blocks)).toEqual([
      ['paragraph', 'Water prices rose in every region last year, with the steepest increases in the dry interior districts.'],
      ['table', [
        ['Region', 'Households served', 'Price per kilolitre'],
        ['Northern coast', '412,000', '$2.85'],
        ['Central tablelands and the upper river valley', '96,500', '$3.40'],
        ['Western plains', '58,200', '$4.10'],
      ]],
      // Two one-line paragraphs after the table: still paragraph text (joined by the spacing rule).
      ['paragraph', 'The regulator will review the interior prices again in March. Councils may apply for hardship grants until the end of June.'],
    ])
    expect(blocks[1]!.header).toBe(true)
  })

  it('two columns with long wrapped cells and no header row', async () => {
    const blocks = await blocksOf('two-columns-wrapped.pdf')
    expect(shape(blocks)).toEqual([
      ['paragraph', 'The consultation runs in three stages.'],
      ['table', [
        ['Stage one', 'Public submissions open for eight weeks, and every submission received will be published on the council website unless the author asks otherwise.'],
        ['Stage two', 'Community workshops in each ward.'],
        ['Stage three', 'A draft plan goes to council for a vote, together with a summary of what was heard during the first two stages.'],
      ]],
      ['paragraph', 'Submissions can also be posted to the council offices.'],
    ])
    expect(blocks[1]!.header).toBe(false)
  })

  it('four columns: a right-aligned figure next to left-aligned text with little padding, an empty cell', async () => {
    const blocks = await blocksOf('four-columns-wrapped.pdf')
    expect(shape(blocks)).toEqual([
      ['paragraph', 'The following projects received funding in the first round.'],
      ['table', [
        ['Project', 'Lead organisation', 'Amount', 'Status'],
        ['Solar canopies for the central bus interchange', 'Metro Transit Authority', '$1.2m', 'Under way'],
        ['Wetland restoration', 'Friends of Reedy Creek and the Riverside Landcare Group', '$450k', ''],
        ['Cool roofs pilot', 'Harbourton Housing', '$800k', 'Complete'],
      ]],
      ['paragraph', 'A second round opens in September.'],
    ])
    expect(blocks[1]!.header).toBe(true)
  })

  it('six numeric columns with empty cells', async () => {
    const blocks = await blocksOf('six-columns-numeric.pdf')
    expect(shape(blocks)).toEqual([
      ['paragraph', 'Freight volumes by port and quarter, in thousand tonnes.'],
      ['table', [
        ['Port', 'Q1', 'Q2', 'Q3', 'Q4', 'Total'],
        ['Eastport', '1,204', '1,310', '1,288', '1,402', '5,204'],
        ['Kellham', '310', '', '295', '301', '906'],
        ['Marrow Bay', '87', '92', '', '', '179'],
        ['Southgate', '2,950', '3,012', '3,104', '3,230', '12,296'],
      ]],
      ['paragraph', 'Kellham was closed for dredging in the second quarter.'],
    ])
    expect(blocks[1]!.header).toBe(true)
  })

  it('five columns and a second table after a paragraph: two tables, not one with the paragraph between', async () => {
    const blocks = await blocksOf('five-columns-two-tables.pdf')
    expect(shape(blocks)).toEqual([
      ['paragraph', 'Two operators will replace their oldest buses over the next three years.'],
      ['table', [
        ['Operator', 'Depot', 'Buses', 'Fuel', 'Notes'],
        ['Metro Transit', 'Eastern depot on Harbour Road', '42', 'Battery', 'Chargers are installed at the depot before the first delivery'],
        ['', 'Northgate', '18', 'Battery', ''],
        ['Coastline Coaches', 'Southport', '9', 'Hydrogen fuel cell', 'Trial only'],
      ]],
      ['paragraph', 'Both operators will publish reliability figures every quarter.'],
      ['table', [['Year', 'Buses delivered'], ['2027', '25'], ['2028', '30'], ['2029', '14']]],
      ['paragraph', 'Deliveries after 2029 depend on the next funding round.'],
    ])
    expect(blocks.filter((b) => b.type === 'table').map((b) => b.header)).toEqual([true, true])
  })

  it('a table running over three pages is one table, its rows at the page edges kept', async () => {
    const blocks = await blocksOf('table-across-pages.pdf')
    const rows = Array.from({ length: 70 }, (_, i) => [`Station ${i + 1}`, ['North', 'South', 'Harbour'][i % 3]!, String(1000 + i * 37)])
    expect(shape(blocks)).toEqual([
      ['paragraph', 'Every station on the network, with its line and daily boardings.'],
      ['table', [['Station', 'Line', 'Boardings'], ...rows]],
      ['paragraph', 'Boardings are averaged over the last twelve months.'],
    ])
  })

  it('a running header is dropped at the same height on every page, table rows like each other are not', async () => {
    const reading = await readPdf(new Uint8Array(readFileSync(join(TABLES, 'running-header-table.pdf'))))
    const rows = Array.from({ length: 130 }, (_, i) => [`Site ${i + 1}`, ['Open', 'Closed'][i % 2]!, String(200 + i * 11)])
    expect(shape(reading.blocks)).toEqual([
      ['paragraph', 'The register lists every site the council manages.'],
      ['table', [['Site', 'Status', 'Visitors'], ...rows]],
      ['paragraph', 'Visitor numbers are for the year to June.'],
    ])
    expect(reading.removed.filter((r) => r.reason === 'running-header').map((r) => r.text)).toEqual(Array(3).fill('Harbourton City Council · Site register 2026'))
  })

  it('justified prose and a two-column section give no table; the columns are read one after the other', async () => {
    const prose = 'Regional councils have spent the past decade arguing about who should pay for the upkeep of rural roads, and the argument has rarely produced much beyond reports. The latest review takes a different line: it asks what each road is for, who uses it and how often, and then sets a maintenance standard to match. Roads that carry school buses and milk tankers every day would be kept to a higher standard than tracks that see a handful of cars a week.'
    const blocks = await blocksOf('two-column-prose.pdf')
    expect(shape(blocks)).toEqual([
      ['paragraph', prose],
      ['paragraph', prose.replace('Regional councils', 'Shire councils')],
      // The two-column section: its paragraphs flow down the left column and on into the right one.
      ['paragraph', prose],
      ['paragraph', prose.replace('The latest review', 'A newer review')],
      ['paragraph', prose.replace('Regional councils', 'State agencies')],
      ['paragraph', 'The review will be published in full next month.'],
    ])
  })
})

describe('harbourton-port-electrification.pdf', () => {
  it('imports exactly as its truth file says, the table cell by cell with its caption and header', async () => {
    const truth = ArticleTruthSchema.parse(JSON.parse(readFileSync(join(ARTICLES, 'harbourton-port-electrification.truth.json'), 'utf8')))
    const { source } = await importArticle(new Uint8Array(readFileSync(join(ARTICLES, 'harbourton-port-electrification.pdf'))), { fileName: 'harbourton-port-electrification.pdf', now: new Date('2026-11-25T00:00:00Z'), newId: sequentialIds('b') })
    const pairs = (blocks: { type: string; text?: string; rows?: string[][]; caption?: string }[]) =>
      blocks.map((b) => [b.type, squash(b.type === 'table' ? truthBlockText({ type: 'table', rows: b.rows, caption: b.caption }) : (b.text ?? ''))])
    expect(pairs(source.blocks)).toEqual(pairs(truth.blocks))
    const table = source.blocks.find((b) => b.type === 'table')
    expect(table).toMatchObject({ caption: 'Pilot funding by source', header: true })
    expect(table?.rows).toEqual(truth.blocks.find((b) => b.type === 'table')?.rows)
  })
})
