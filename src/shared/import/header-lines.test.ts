import { describe, expect, it } from 'vitest'
import { headerRule, isNameDateLine, languageSelectorLines } from './header-lines'

describe('headerRule', () => {
  it('names a document type + date (+ place) line a label', () => {
    for (const t of ['Press release 2 June 2025 Luxembourg', 'MEDIA STATEMENT 14-AUG-2025', 'Statement · 9 January 2026', 'news release | October 1, 2025', 'press release 2 june 2025 luxembourg']) expect([t, headerRule(t)]).toEqual([t, 'doc-label'])
  })

  it('leaves headlines that mention a release or a date alone', () => {
    for (const t of ['Ministry to release flood maps on 2 June 2025', 'Press release season is here again', 'Statement from the board on the merger']) expect([t, headerRule(t)]).toEqual([t, null])
  })

  it('reads "<Kind> by <Name>" as a byline', () => {
    expect(headerRule('Interview by Tamsin Oduya')).toBe('byline')
    expect(headerRule('words and photos by tamsin oduya')).toBe('byline')
    expect(headerRule('Stand by me')).toBeNull()
  })

  it('reads a portal\'s "原标题：" note as metadata', () => {
    expect(headerRule('原标题：河口湿地观鸟季开幕')).toBe('original-title')
  })

  it('reads a date-first line with glued times and labels as a dateline', () => {
    expect(headerRule('November 21, 20257:15 PM GMT-5Updated 1 hour ago')).toBe('dateline')
  })
})

describe('isNameDateLine', () => {
  it('accepts an author and a date on one line', () => {
    expect(isNameDateLine('Bronwen Achterberg 12 March 2026')).toBe(true)
    expect(isNameDateLine('By K. Mensah and L. Ortiz | 3 May 2025')).toBe(true)
    expect(isNameDateLine('bronwen achterberg 12 march 2026')).toBe(true)
  })

  it('refuses headlines and sentences that carry a date', () => {
    expect(isNameDateLine('Election set for 12 March 2026')).toBe(false)
    expect(isNameDateLine('The bridge reopened on 12 March 2026.')).toBe(false)
    expect(isNameDateLine('Bronwen Achterberg')).toBe(false)
  })
})

describe('languageSelectorLines', () => {
  it('marks a run of five or more language names, not the line above it', () => {
    const texts = ['Regulator opens inquiry into harbour dredging contracts', 'dansk', 'Deutsch', 'español', 'français', 'polski', 'suomi', 'First paragraph.']
    expect(languageSelectorLines(texts)).toEqual([false, true, true, true, true, true, true, false])
  })

  it('leaves a short run alone (a single "English" link, a pair of versions)', () => {
    expect(languageSelectorLines(['English', 'français', 'Deutsch', 'Next'])).toEqual([false, false, false, false])
  })
})

describe('headerRule on live-blog headers', () => {
  it('reads a long contributors + dates line as a dateline', () => {
    expect(headerRule('Priya Sethi, Dan Okoro and Mei Tan Friday 11 July 2025 15.02 BST First published on Friday 11 July 2025 07.30 BST')).toBe('dateline')
  })

  it('reads a key-event entry stamped with its age as a timestamp line', () => {
    expect(headerRule('4m agoWater firms ask customers to cut use')).toBe('timestamp')
    expect(headerRule('3 hours ago')).toBe('timestamp')
    expect(headerRule('4 hours ago, the river burst its banks near the mill.')).toBeNull()
  })
})
