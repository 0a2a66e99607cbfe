import { describe, expect, it } from 'vitest'
import { classify, matchRule } from './classify'
import { segment } from './segment'

function verdicts(text: string) {
  return classify(segment(text)).map((l) => ({ text: l.text, verdict: l.verdict, reason: l.reason }))
}

const PROSE = [
  'The council approved the budget on Tuesday after a debate that lasted more than four hours and drew a large crowd of residents to the chamber.',
  'Councillors voted by eleven to four to raise the rates by three per cent, which the treasurer said was needed to keep the library and pool open.',
  'Residents who spoke at the meeting were divided, with several warning that the increase would hurt pensioners on fixed incomes in the older suburbs.',
]

describe('classify', () => {
  it('drops a breadcrumb and says why', () => {
    const [crumb, , body] = verdicts(['首页 > 新闻 > 正文', '国务院今日印发通知', '国务院今日印发《关于进一步优化营商环境的通知》，要求各地在今年年底前全面推行企业开办一网通办，压缩审批时限。'].join('\n'))
    expect(crumb).toMatchObject({ verdict: 'drop', reason: 'breadcrumb' })
    expect(body!.verdict).toBe('keep')
  })

  it('recognises breadcrumbs with » and non-breaking spaces, and 当前位置', () => {
    expect(matchRule('Home\u00a0»\u00a0News\u00a0»\u00a0Local'.replace(/\u00a0/g, ' '))).toBe('breadcrumb')
    expect(matchRule('当前位置：首页 > 政务公开')).toBe('breadcrumb')
  })

  it('names the reason for each kind of page furniture', () => {
    const cases: [string, string][] = [
      ['Advertisement', 'advertisement'],
      ['We use cookies to improve your experience. Accept all cookies or manage your preferences.', 'cookie'],
      ['Sign up for our weekly newsletter', 'newsletter'],
      ['© 2026 Example Media Ltd. All rights reserved.', 'copyright'],
      ['粤ICP备19022168号', 'icp'],
      ['粤公网安备 44030402000000号', 'icp'],
      ['浏览次数：1024', 'view-count'],
      ['上一篇：深圳市举办外贸政策宣讲会', 'prev-next'],
      ['Next article: Budget passes', 'prev-next'],
      ['【字体：大 中 小】', 'font-size'],
      ['Share on Facebook', 'share'],
      ['Listen Share Save', 'share'],
      ['welcome to commerce bureau of shenzhen municipality', 'welcome'],
      ['By Jane Smith and Ali Khan', 'byline'],
      ['12 November 2026', 'dateline'],
      ['Read more: Why the grid is full', 'related'],
      ['m6米乐app-米乐体育官方下载', 'app-lure'],
    ]
    for (const [text, reason] of cases) expect([text, matchRule(text)]).toEqual([text, reason])
  })

  it('does not drop prose that merely mentions cookies or copyright', () => {
    const text = 'The regulator said websites must ask before they set advertising cookies, and that a banner which hides the reject button breaks the law, according to guidance published on Monday.'
    expect(matchRule(text)).toBeNull()
  })

  it('keeps prose, drops the menu above it and the footer below it', () => {
    const lines = verdicts(['Home', 'News', 'Sport', 'Business', 'Council approves rates rise', ...PROSE, 'About us', 'Contact us', '© 2026 Town Crier'].join('\n'))
    expect(lines.filter((l) => l.verdict === 'keep').map((l) => l.text)).toEqual(PROSE)
    expect(lines.find((l) => l.verdict === 'title')?.text).toBe('Council approves rates rise')
    expect(lines.filter((l) => l.verdict === 'drop').every((l) => l.reason)).toBe(true)
  })

  it('drops a comments section after the article, even when comments are full sentences', () => {
    const lines = verdicts(['Rates rise approved', ...PROSE, '12 comments', 'Jo B · 2 hours ago', 'I think the council should have cut spending on consultants instead of raising the rates again this year.', 'Reply'].join('\n'))
    const comment = lines.find((l) => l.text.startsWith('I think the council'))
    expect(comment).toMatchObject({ verdict: 'drop', reason: 'comments' })
  })

  it('treats a standfirst between headline and byline as header, not body', () => {
    const lines = verdicts(['Rates rise approved', 'The town will pay more for its pool and library, and some say pensioners will pay the most of all.', 'By Sam Lee', '3 March 2026', ...PROSE].join('\n'))
    expect(lines[1]).toMatchObject({ verdict: 'drop', reason: 'standfirst' })
    expect(lines[2]).toMatchObject({ verdict: 'drop', reason: 'byline' })
  })

  it('classifies lowercased text the same way', () => {
    const text = ['home', 'news', 'council approves rates rise', ...PROSE, 'about us', 'contact us'].join('\n').toLowerCase()
    expect(verdicts(text).filter((l) => l.verdict === 'keep')).toHaveLength(3)
  })
})
