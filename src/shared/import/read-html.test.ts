import { describe, expect, it } from 'vitest'
import { dropRepeats, isMetadataTable, readHtml } from './read-html'

const prose = (topic: string) => `The ${topic} was discussed at length by the council on Tuesday, and members agreed that the work should start before the end of the year, subject to funding from the national government.`

describe('readHtml', () => {
  it('keeps section headings the article extractor drops for a "header" class (live-blog entries, anchor widgets)', () => {
    const entry = (h: string, topic: string) =>
      `<article class="block"><header class="block-header"><p class="block-time"><time>13:52</time></p><h2 class="block-title">${h}</h2></header><div class="block-elements"><p>${prose(topic)}</p><p>${prose(topic + ' budget')}</p></div></article>`
    const html = `<!doctype html><html><head><title>Storm live | Gazette</title></head><body><main><h1>Storm live: ferries cancelled</h1>${entry('Ferries cancelled for the day', 'ferry timetable')}${entry('Power cut to thousands of homes', 'power network')}<h2 class="header-anchor-post">Schools to open late<div class="header-anchor-parent"><button aria-label="Link"></button></div></h2><p>${prose('school day')}</p></main></body></html>`
    const headings = readHtml(html).blocks.filter((b) => b.type === 'heading').map((b) => b.text)
    expect(headings).toEqual(expect.arrayContaining(['Power cut to thousands of homes', 'Schools to open late']))
  })

  it('does not bring back boilerplate headings between article blocks', () => {
    const html = `<!doctype html><html><head><title>Ports | Gazette</title></head><body><article><h1>Ports plan</h1><p>${prose('ports plan')}</p><div class="header-promo"><h2>Sign up for our newsletter</h2></div><p>${prose('berth plan')}</p><p>${prose('levy')}</p></article></body></html>`
    expect(readHtml(html).blocks.map((b) => b.text)).not.toContain('Sign up for our newsletter')
  })
})

describe('readHtml titles', () => {
  const body = `<p>${prose('harbour railway')}</p><p>${prose('walking route')}</p><p>${prose('old station')}</p>`
  it("takes a blog post's entry title over the blog's name in the <h1> when <title> is \"Blog: Post\"", () => {
    const html = `<!doctype html><html><head><title>Footpaths Journal: Walking the old harbour railway</title><meta property="og:title" content="Walking the old harbour railway"></head><body><h1 class="title">Footpaths Journal</h1><div class="post"><h3 class="post-title entry-title">Walking the old harbour railway</h3>${body}</div></body></html>`
    expect(readHtml(html).title).toBe('Walking the old harbour railway')
  })

  it('still takes the <h1> that every declared title contains ("Headline | Site")', () => {
    const html = `<!doctype html><html><head><title>Harbour railway reopens as a footpath | Coast Gazette</title></head><body><article><h1>Harbour railway reopens as a footpath</h1>${body}</article></body></html>`
    expect(readHtml(html).title).toBe('Harbour railway reopens as a footpath')
  })
})

describe('dropRepeats', () => {
  it('drops a paragraph repeated word for word (a pinned live-blog entry), keeping short repeated lines', () => {
    const p = (text: string, at: number) => ({ type: 'paragraph' as const, text, at })
    const long = 'The mayor asked residents to stay indoors until the storm has passed the coast tonight.'
    const { kept, removed } = dropRepeats([p(long, 0), p('Share', 1), p('Other text here.', 2), p('Share', 3), p(long, 4)])
    expect(kept.map((b) => b.at)).toEqual([0, 1, 2, 3])
    expect(removed).toEqual([{ text: long, reason: 'duplicate', at: 4 }])
  })
})

describe('press-release end matter', () => {
  it('drops an "About <Organisation>" heading with the blurb that opens by naming it, and stops at SOURCE', () => {
    const html = `<!doctype html><html><head><title>Plant opens | Wire</title></head><body><article><h1>Plant opens</h1><p>${prose('coating plant')}</p><p>${prose('hiring plan')}</p><p><b>About Corlan Materials Inc.</b></p><p>Corlan Materials Inc. develops thin-film coatings for glass and employs 600 people in three countries.</p><p>SOURCE Corlan Materials Inc.</p><p>Corlan Names New Chief Technology Officer and Moves Its Research Centre to the Coast This Year</p></article></body></html>`
    const texts = readHtml(html).blocks.map((b) => b.text)
    expect(texts).toHaveLength(2)
    expect(texts.join(' ')).not.toMatch(/Corlan/)
  })

  it('keeps a section that is about something else', () => {
    const html = `<!doctype html><html><head><title>Plan | Wire</title></head><body><article><h1>Plan</h1><p>${prose('plan')}</p><h2>About the study</h2><p>${prose('survey method')}</p></article></body></html>`
    expect(readHtml(html).blocks.map((b) => b.text)).toContain('About the study')
  })
})

describe('isMetadataTable', () => {
  const table = (rows: string[][]) => ({ type: 'table' as const, text: '', rows, at: 0 })
  it('takes a two-column table of bibliographic fields for metadata', () => {
    expect(isMetadataTable(table([['Journal', 'Marine Letters'], ['DOI', '10.1234/ml.4'], ['Article Title', 'Tidal mixing'], ['Method of Research', 'Survey']]))).toBe(true)
  })
  it('keeps data tables, even two-column ones with a label or two in common', () => {
    expect(isMetadataTable(table([['Year', 'Rent'], ['2025', '£820'], ['2026', '£870']]))).toBe(false)
    expect(isMetadataTable(table([['Region', 'Published rate'], ['North', '4.1%'], ['South', '3.2%'], ['Funding', '£2m']]))).toBe(false)
  })
})
