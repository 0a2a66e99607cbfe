import { describe, expect, it } from 'vitest'
import { classify } from './classify'
import { segment } from './segment'
import { findLiveBlog } from './live-blog'

const ENTRY = (time: string, head: string, text: string[]) => [time, 'Priya Sethi', head, ...text, 'ShareFacebookX']
const P = (s: string) => `${s} Officials said the situation was being watched closely and that more details would follow later in the afternoon.`

const PAGE = [
  'Coastline Courier', 'News', 'Sport', 'Weather', 'LIVE',
  'Heatwave live: record temperature expected as schools shut early',
  'Amber heat warning in force until Sunday',
  'Priya Sethi and Dan Okoro Friday 11 July 2025 15.02 BST First published on Friday 11 July 2025 07.30 BST',
  'Key events', '4m agoWater firms ask customers to cut use', '2h agoBeaches closed along the northern shore',
  'Pinned post',
  ...ENTRY('14:10 BST', 'Beaches closed along the northern shore', [P('The coastguard has closed the beaches north of the harbour.')]),
  ...ENTRY('15:00 BST', 'Water firms ask customers to cut use', [P('Two water companies have asked customers not to use hosepipes.')]),
  'Updated at 15.02 BST',
  ...ENTRY('14:10 BST', 'Beaches closed along the northern shore', [P('The coastguard has closed the beaches north of the harbour.')]),
  ...ENTRY('11:45 BST', 'Trains slowed on the coast line', [P('Rail services are running at reduced speed because of the risk of buckled rails.')]),
  ...ENTRY('07:30 BST', 'Welcome to our live coverage', [P('Good morning and welcome to our coverage of the hottest day of the year so far.')]),
  'Newest Previous 1 of 4 Next Oldest', 'Most viewed', 'Council votes on new bus lanes',
].join('\n')

describe('live blogs in copied text', () => {
  it('finds three or more entries, and drops the earlier (pinned) copy of a repeated entry', () => {
    const lines = classify(segment(PAGE))
    const times = lines.filter((l) => l.text === '14:10 BST')
    expect(times.map((l) => l.reason)).toEqual(['repeated-entry', 'live-entry-meta'])
    const heads = lines.filter((l) => l.text === 'Beaches closed along the northern shore')
    expect(heads.map((l) => l.verdict)).toEqual(['drop', 'keep'])
  })

  it('keeps every entry heading and text once, drops times, names and share bars, and titles the page with its headline', () => {
    const lines = classify(segment(PAGE))
    const kept = lines.filter((l) => l.verdict === 'keep').map((l) => l.text)
    expect(kept.filter((t) => t === 'Beaches closed along the northern shore')).toHaveLength(1)
    expect(kept).toContain('Welcome to our live coverage')
    expect(kept.some((t) => t.startsWith('Good morning and welcome'))).toBe(true)
    expect(kept.some((t) => /^\d{1,2}:\d{2}|Priya Sethi|ShareFacebookX|Updated at/.test(t))).toBe(false)
    expect(lines.find((l) => l.verdict === 'title')?.text).toBe('Heatwave live: record temperature expected as schools shut early')
  })

  it('leaves an ordinary article with a time or two alone', () => {
    const text = ['Bridge reopens after repairs', '09:15 BST', P('The bridge reopened this morning.'), P('Drivers were told to expect delays.')].join('\n')
    expect(findLiveBlog(classify(segment(text)))).toBeNull()
  })
  it('leaves an article alone when a timetable of entries holds only a small part of its prose', () => {
    const intro = Array.from({ length: 8 }, (_, i) => P(`Paragraph ${i + 1} of the report on the festival weekend.`))
    const text = ['Festival returns to the harbour', ...intro, '10:00', 'Opening parade', P('Bands march from the station.'), '12:30', 'Lunch on the quay', P('Stalls open along the water.'), '15:00', 'Boat race', P('Crews race to the lighthouse.'), ...intro.map((t) => t.replace('Paragraph', 'Closing paragraph'))].join('\n')
    expect(findLiveBlog(classify(segment(text)))).toBeNull()
  })
})
