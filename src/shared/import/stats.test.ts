import { describe, expect, it } from 'vitest'
import { endsSentence, headingLike, lineStats } from './stats'

describe('lineStats', () => {
  it('counts words as runs of non-space text holding a letter or digit; punctuation alone is no word', () => {
    expect(lineStats('The port — by 2030 — will be “fully” electric.').words).toBe(8)
    expect(lineStats('- · | » ...').words).toBe(0)
  })

  it('treats every kind of white space as a word break (no-break, thin and ideographic spaces)', () => {
    expect(lineStats('one\u00a0two\u2009three\u3000four\tfive').words).toBe(5)
  })

  it('counts letters beyond Latin and digits in other scripts as words', () => {
    expect(lineStats('Café Ünal résumé ١٢٣').words).toBe(4)
    expect(lineStats('Café Ünal résumé ١٢٣').cjkShare).toBe(0)
  })

  it('counts each CJK character as a word and splits Latin words at CJK characters', () => {
    const s = lineStats('深圳app下载中心')
    expect(s.words).toBe(7) // six characters and "app"
    expect(s.cjkShare).toBeCloseTo(6 / 9)
  })

  it('classes English prose good by length and function words, and a menu short', () => {
    const prose = 'The ministry said on Tuesday that the new berths would be ready for the first ships by the end of the year, ahead of the plan.'
    expect(lineStats(prose)).toMatchObject({ cls: 'good', endsSentence: true })
    expect(lineStats(prose).stopDensity).toBeGreaterThan(0.3)
    expect(lineStats('Home News Business Sport').cls).toBe('short')
  })

  it('counts function words only as whole runs of letters and apostrophes', () => {
    // "the" inside "theatre" and "of" inside "office" are not function words.
    expect(lineStats('theatre office').stopDensity).toBe(0)
    expect(lineStats('THE OF AND IT').stopDensity).toBe(1)
  })

  it('classes Chinese by characters and commas', () => {
    const zh = '深圳市人民政府近日印发通知，要求各区加快建设创新中心，推动产业升级和城市更新，并在年底前完成首批项目的验收工作。'
    expect(lineStats(zh).cls).toBe('good')
    expect(lineStats('首页 新闻 政务公开').cls).toBe('short')
  })
})

describe('endsSentence and headingLike', () => {
  it('sees sentence ends through closing quotes and brackets', () => {
    expect(endsSentence('He said “no.”')).toBe(true)
    expect(endsSentence('（完）。')).toBe(true)
    expect(endsSentence('Port electrification')).toBe(false)
  })

  it('takes a short unpunctuated phrase as a heading, not a sentence or a bullet', () => {
    expect(headingLike('Why the berths matter')).toBe(true)
    expect(headingLike('The berths matter.')).toBe(false)
    expect(headingLike('• Berths')).toBe(false)
  })
})
