import { describe, expect, it } from 'vitest'
import { matchRule } from '../classify'

/** Each line with the reason it must be removed for; lowercased copies must match the same way. */
const BOILERPLATE: [string, string][] = [
  ['SKIP ADVERTISEMENT', 'advertisement'],
  ['Advertisement · Scroll to continue', 'advertisement'],
  ['Ad failed to load', 'advertisement'],
  ['A version of this article appears in print on May 4, 2026, Section B, Page 2 of the national edition.', 'credits'],
  ['Reporting from Port Talbot', 'byline'],
  ['This interview has been edited for length and clarity.', 'credits'],
  ['Journal reference: Smith, J. et al. Echoes in the dark. Journal of Sound 12, 1–9 (2026).', 'citation-line'],
  ['Jones, A. & Ruiz, B. (2026) Tidal mixing in estuaries. Marine Letters 4: 55–61. DOI: 10.1234/ml.2026.004', 'citation-line'],
  ['Disclaimer: the publisher is not responsible for the accuracy of news releases posted by contributing institutions.', 'disclosure'],
  ['The quay at dawn. Harbour Wire/Jan Holm/File Photo Purchase Licensing Rights, opens new tab', 'caption'],
  ['Workers on the new line. Credit...Ana Li for The Courier', 'caption'],
  ['IMAGE: A heron takes off from the reed bed at the northern end of the estuary, where the new sensors were fixed. view more', 'caption'],
  ['The Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a subscriber.', 'newsletter'],
  ['Thanks for reading The Ledger! Subscribe for free to receive new posts.', 'newsletter'],
  ['Get the morning briefing in your inbox every day. Sign up here.', 'newsletter'],
  ['CREDIT: Harbour Authority / J. Holm', 'caption'],
  ['Share full article74', 'share'],
  ['Jo Lee covers transport and the ports. More about Jo Lee', 'bio'],
  ['(Updates with comment from the utility group in seventh paragraph.)', 'credits'],
  ['With assistance from Priya Castellanos.', 'credits'],
  ['To contact the reporters on this story: Ana Li in London at ali@example.com', 'credits'],
  ["Editor's note: This story has been updated with comment from the union.", 'credits'],
  ['Go deeper: Ridership nears pre-pandemic levels', 'related'],
  ['View original content to download multimedia:https://www.example.com/news/release.html', 'credits'],
  ["The new coating line (PRNewsfoto/Corlan Materials Inc.)", 'caption'],
  ['Get more local stories in your inbox with Pivot.', 'newsletter'],
  ['Lire aussi | Les villes moyennes misent sur le vélo', 'related'],
  ['Lesen Sie auch: Freibad öffnet schon im April', 'related'],
  ['Temps de lecture 4 min.', 'read-time'],
  ['Anzeige', 'advertisement'],
  ['この記事の著作権はみなと新報社に帰属します。無断転載を禁じます。', 'copyright'],
  ['Von Jonas Kessler 12.03.2026, 14:05 Uhr', 'dateline'],
  ['379', 'view-count'],
  ['1.2k', 'view-count'],
  ['11:05, 9 JUN 2026', 'dateline'],
  ['Updated 12:30 BST, 9 June 2026', 'dateline'],
  ['About Harwick Institute Harwick Institute is an independent research centre with 300 staff in four cities.', 'boilerplate'],
  ['廣告', 'advertisement'],
  ['發布單位：海岸發展署海岸保育組', 'source-line'],
  ['解读机关：青川省发展和改革委员会', 'source-line'],
  ['改修工事が進む旧校舎（4月10日、山根町で）＝矢島奈緒撮影', 'caption'],
  ['新浪声明：此消息系转载自合作媒体，登载此文出于传递更多信息之目的。', 'disclosure'],
  ['海川市政办发〔2026〕12号', 'meta-line'],
  ['（此件公开发布）', 'meta-line'],
  ['延伸閱讀：電車加價申請獲批', 'related'],
  ['▼▼▼ 點擊圖輯 ▼▼▼', 'caption'],
  ['8月18日晚，滨河路夜市人头攒动。本报记者 唐敏 摄', 'caption'],
]

/** Lines of article text that look a little like boilerplate and must stay. */
const PROSE = [
  'Le conseil a voté mardi un budget de 12 millions pour les pistes cyclables, selon la maire.',
  'Die Stadt hat am Dienstag beschlossen, das Hallenbad bis zum Sommer zu sanieren.',
  'Credit card debt rose for the third quarter running, the central bank said.',
  'The council said more about the plan would be published in the spring.',
  'The advertisement campaign failed to load the public with enthusiasm, the minister admitted on Tuesday.',
  'Reporting from the front line was dangerous, she said, and many correspondents left within weeks.',
  'The study, published in the journal on Monday, found that echoes carry further in warm air.',
  '2026 will be the year the port finally opens its second terminal, officials believe.',
  '记者从市交通局获悉，夜市周边将新增停车位两百个。',
  'About the study: the team recorded calls at eighteen sites over two summers.',
  'About half of the Harwick Institute staff work remotely, the institute says.',
  // The date under an official document's signature is part of the document.
  '2026年6月25日',
]

describe('line rules', () => {
  it.each(BOILERPLATE)('removes "%s" as %s, in lowercase too', (line, reason) => {
    expect(matchRule(line)).toBe(reason)
    expect(matchRule(line.toLowerCase())).toBe(reason)
  })

  it.each(PROSE)('keeps prose: "%s"', (line) => {
    expect(matchRule(line)).toBeNull()
  })
})

describe('run-together labels', () => {
  it('knows a related-link label glued to its headline by a copy (lowercase copies lose the seam)', () => {
    expect(matchRule('RelatedHow second-life batteries power allotment sheds')).toBe('related')
    expect(matchRule('Relatedness between the two studies was low, the authors said')).toBeNull()
  })
})

describe('zones', () => {
  it('ends a press-wire release at its SOURCE line', async () => {
    const { ZONE_RULES } = await import('../classify')
    const zone = (line: string) => ZONE_RULES.find((z) => z.start.test(line))?.id ?? null
    expect(zone('SOURCE Corlan Materials Inc.')).toBe('end-mark')
    expect(zone('Also from this source')).toBe('end-mark')
    expect(zone('Source: Office for National Statistics')).toBeNull()
    expect(zone('Source Amount Share')).toBeNull()
  })
})
