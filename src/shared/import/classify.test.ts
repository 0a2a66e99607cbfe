import { describe, expect, it } from 'vitest'
import { classify, matchRule } from './classify'
import { segment } from './segment'

function verdicts(text: string) {
  return classify(segment(text)).map((l) => ({ text: l.text, verdict: l.verdict, reason: l.reason }))
}

const MORE_PROSE = [
  'The path climbs steadily out of the village past two farms, and after the second gate the wall on your left is the only guide when the cloud comes down.',
  'Beyond the old sheepfold the track splits; the left branch is drier in winter, though it adds almost a mile and a steep descent into the next valley.',
  'There is a bus back from Kettleby twice a day on weekdays, and the pub by the green will call a taxi if you ask at the bar before six in the evening.',
]
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
  it('never takes a document-type + date label as the headline; the line after it is the headline', () => {
    const lines = verdicts(['Newsroom', 'Media statement 2 June 2025 Luxembourg', 'Agency proposes shared register of river pollution permits', 'Download as PDF', ...PROSE].join('\n'))
    expect(lines[1]).toMatchObject({ verdict: 'drop', reason: 'doc-label' })
    expect(lines.find((l) => l.verdict === 'title')?.text).toBe('Agency proposes shared register of river pollution permits')
  })

  it('takes the headline over a site tagline that stands above the menu', () => {
    const head = 'Seagrass meadows recover faster where anchoring is banned, survey finds'
    const text = ['Your Daily Window on Coastal Science', 'Journals', 'Podcasts', 'Webinars', 'Jobs', 'Sign in Register', 'Go', 'PRESS STATEMENT 9-MAR-2025', head, 'Divers counted shoots at 40 bays over five years, with and without mooring buoys', 'Peer-Reviewed Publication', 'SOUTHPORT MARINE INSTITUTE', 'Share Print E-Mail', ...PROSE].join('\n')
    expect(verdicts(text).find((l) => l.verdict === 'title')?.text).toBe(head)
    expect(verdicts(text.toLowerCase()).find((l) => l.verdict === 'title')?.text).toBe(head.toLowerCase())
  })

  it('does not let a run of language names push the headline away or swallow it', () => {
    const langs = ['български', 'čeština', 'dansk', 'Deutsch', 'eesti', 'español', 'français', 'italiano', 'magyar', 'Nederlands', 'polski', 'português', 'română', 'suomi', 'svenska']
    const text = ['Press corner', 'Latest', 'Statement 4 April 2025 Strasbourg', 'Commission sets out plan for cross-border rail ticketing', 'Available languages', ...langs, 'Share this page', ...PROSE].join('\n')
    const lines = verdicts(text)
    expect(lines.find((l) => l.verdict === 'title')?.text).toBe('Commission sets out plan for cross-border rail ticketing')
    expect(lines.find((l) => l.text === 'dansk')).toMatchObject({ verdict: 'drop', reason: 'language-selector' })
  })

  it('keeps a blog post title between its date and first paragraph, though the archive lists it again', () => {
    const title = 'Walking the drovers road to Kettleby'
    const text = ['Muddy Boots', 'Notes from the high ground, one gate at a time', 'Pages', 'Home', 'About', 'Route maps and GPX downloads', 'Saturday, 7 June 2025', title, ...PROSE, ...MORE_PROSE, 'Posted by Ruth Penhale at 19:04', 'Blog Archive', '▼ 2025 (4)', 'Bluebell woods in the rain', title, '► 2024 (19)'].join('\n')
    expect(verdicts(text).find((l) => l.verdict === 'title')?.text).toBe(title)
  })

  it('does not take as title an entry heading that a pinned copy repeats', () => {
    const entry = 'Coastguard closes the northern beaches'
    const text = [
      'Valley Herald', 'News', 'Sport', 'Weather', 'Opinion',
      'Heatwave live: record temperature expected as schools shut early',
      'Key events', '5m agoWater companies ask customers to cut use', '1h ago' + entry, 'Show key events only',
      'Pinned post', '14:10 BST', 'Kit Aldous', entry, PROSE[0], PROSE[1], 'ShareFacebookX',
      '14:30 BST', 'Kit Aldous', 'Water companies ask customers to cut use', PROSE[2], 'ShareFacebookX',
      '14:10 BST', 'Kit Aldous', entry, PROSE[0], PROSE[1], 'ShareFacebookX',
    ].join('\n')
    expect(verdicts(text).find((l) => l.verdict === 'title')?.text).not.toBe(entry)
  })

  it('keeps an intro paragraph that comes after the byline as article text', () => {
    const intro = 'Marta Quell has repaired church organs across the valley for thirty years. We met her in her workshop, between a dismantled bellows and a box of pipes.'
    const lines = verdicts(['"Every pipe has a voice": an organ builder on her trade', 'Interview by Colm Rafferty', intro, 'Marta Quell in her workshop. Photo: Ana Belk', ...PROSE].join('\n'))
    expect(lines[1]).toMatchObject({ verdict: 'drop', reason: 'byline' })
    expect(lines[2]).toMatchObject({ verdict: 'keep' })
  })

  it('drops an author + date line at the top of the article', () => {
    const lines = verdicts(['Survey finds bus use back to pre-pandemic levels', 'Tomasz Ekwueme 8 May 2025', ...PROSE].join('\n'))
    expect(lines[1]).toMatchObject({ verdict: 'drop', reason: 'dateline' })
  })
  it('does not take menu items run together by innerText ("News Local News") as the headline', () => {
    const head = 'Town hall to reopen its doors to weddings after a ten-year gap'
    const text = ['Close', 'News', 'Local News', 'Politics', 'Sport', 'Menu', 'News Local News', head, 'The council says the ballroom has been restored and licensed again for civil ceremonies.', 'Reporter Name', '10:05, 3 JUN 2025', ...PROSE].join('\n')
    expect(verdicts(text).find((l) => l.verdict === 'title')?.text).toBe(head)
  })
  it('gives the line under a label the headline bonus only when the label carries a date', () => {
    const head = 'Agency publishes annual water quality report for the lower valley'
    const text = ['Newsroom', head, 'Press release No. 45-2025', 'To all members of the regional committee and partner agencies', ...PROSE].join('\n')
    expect(verdicts(text).find((l) => l.verdict === 'title')?.text).toBe(head)
  })
  it('keeps the headline when a popular-posts teaser repeats it with a cut-off snippet', () => {
    const head = 'Walking the drovers road to Kettleby'
    const text = ['Muddy Boots', 'Home', 'About', head, ...PROSE, 'Popular Posts', head, 'The council approved the budget on Tuesday after a debate that lasted more than four hours...', 'Bluebell woods in the rain'].join('\n')
    expect(verdicts(text).find((l) => l.verdict === 'title')?.text).toBe(head)
  })
})
