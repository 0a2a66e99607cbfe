import { describe, expect, it } from 'vitest'
import { importText } from './index'
import { isHtmlFragment } from './html-fragment'

const NOW = new Date('2026-03-01T09:00:00Z')
const asPasted = (html: string) => importText(html, { now: NOW, fileName: 'pasted.html', mediaType: 'text/html' })
const shape = (blocks: { type: string; text: string; ordered?: boolean }[]) => blocks.map((b) => `${b.type}${b.type === 'listItem' ? (b.ordered ? '#' : '*') : ''}: ${b.text}`)

describe('isHtmlFragment', () => {
  it('tells a copied selection from a saved page', () => {
    expect(isHtmlFragment(`<meta charset='utf-8'><ul><li>One</li></ul>`)).toBe(true)
    expect(isHtmlFragment('<html><body><!--StartFragment--><p>x</p><!--EndFragment--></body></html>')).toBe(true)
    expect(isHtmlFragment('<!doctype html><html><head><title>T</title></head><body><p>x</p></body></html>')).toBe(false)
  })
})

describe('importing a short copied passage (clipboard HTML)', () => {
  it('keeps a copied bullet list as list items (Chrome puts <meta charset> first)', async () => {
    const r = await asPasted(`<meta charset='utf-8'><ul><li>Cut port emissions by half by 2030</li><li>Electrify all berths</li><li>Fund shore power with a levy</li></ul>`)
    expect(shape(r.source.blocks)).toEqual(['listItem*: Cut port emissions by half by 2030', 'listItem*: Electrify all berths', 'listItem*: Fund shore power with a levy'])
  })

  it('keeps a heading, a numbered list and a paragraph in order (Windows CF_HTML markers)', async () => {
    const r = await asPasted('<html><body><!--StartFragment--><h2>Key points</h2><ol><li>First point about the budget.</li><li>Second point about staffing.</li></ol><p>The ministry will report in May.</p><!--EndFragment--></body></html>')
    expect(shape(r.source.blocks)).toEqual(['heading: Key points', 'listItem#: First point about the budget.', 'listItem#: Second point about staffing.', 'paragraph: The ministry will report in May.'])
    expect(r.source.removed).toEqual([])
  })

  it('keeps a small table with its header row, and a lone quote as a quote', async () => {
    const table = await asPasted('<p>Short intro.</p><table><tr><th>Year</th><th>Tonnes</th></tr><tr><td>2024</td><td>1,200</td></tr></table>')
    expect(table.source.blocks.map((b) => b.type)).toEqual(['paragraph', 'table'])
    expect(table.source.blocks[1]).toMatchObject({ rows: [['Year', 'Tonnes'], ['2024', '1,200']], header: true })
    const quote = await asPasted('<blockquote>We will not wait for the next storm.</blockquote>')
    expect(shape(quote.source.blocks)).toEqual(['quote: We will not wait for the next storm.'])
  })

  it('still removes plain page chrome that came along, with its reason', async () => {
    const r = await asPasted(`<meta charset='utf-8'><p>Share on Facebook</p><ul><li>Electrify all berths</li></ul><p>© 2026 Harbour Times. All rights reserved.</p>`)
    expect(shape(r.source.blocks)).toEqual(['listItem*: Electrify all berths'])
    expect(r.source.removed.map((x) => x.reason)).toEqual(['share', 'copyright'])
  })

  it('recognises clipboard HTML even without a file name', async () => {
    const r = await importText(`<meta charset='utf-8'><ol><li>Electrify all berths</li><li>Fund shore power</li></ol>`, { now: NOW })
    expect(shape(r.source.blocks)).toEqual(['listItem#: Electrify all berths', 'listItem#: Fund shore power'])
  })
})

describe('saved pages that leave out optional tags', () => {
  it('reads a page without <html> (HTML allows leaving it out)', async () => {
    const r = await asPasted('<!doctype html><head><title>Berth plan</title></head><body><h1>Port to electrify every berth</h1><p>The harbour authority said on Tuesday that it would electrify every berth by 2030, ahead of the national plan and at a cost of 40 million.</p></body>')
    expect(r.source.title).toBe('Port to electrify every berth')
    expect(r.source.blocks.map((b) => b.text)).toEqual(['The harbour authority said on Tuesday that it would electrify every berth by 2030, ahead of the national plan and at a cost of 40 million.'])
  })

  it('reads text the parser left outside <body>, in document order', async () => {
    const r = await asPasted('<html><head><title>Berths</title></head><p>The first paragraph of the page says the port will electrify its berths.</p><body><p>The second paragraph says the work will start next spring and take two years.</p></body></html>')
    expect(r.source.blocks.map((b) => b.text.split(' ').slice(0, 3).join(' '))).toEqual(['The first paragraph', 'The second paragraph'])
  })
})

describe('the title of a copied passage', () => {
  it("takes a copied passage's headline as its title, not as its first block", async () => {
    const r = await asPasted(`<meta charset='utf-8'><h1>Berths to be electrified</h1><ul><li>Fund shore power</li><li>Build substations</li></ul>`)
    expect(r.source.title).toBe('Berths to be electrified')
    expect(shape(r.source.blocks)).toEqual(['listItem*: Fund shore power', 'listItem*: Build substations'])
  })
})
