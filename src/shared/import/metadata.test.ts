import { describe, expect, it } from 'vitest'
import { authorFromLines, cleanTitle, dateFromLines, detectLanguage, publisherFromLines } from './metadata'
import { parseDate } from './dates'

describe('metadata', () => {
  it('strips a site name suffix from a title', () => {
    expect(cleanTitle('Council approves $48 million port pilot | Harbourton City Council', 'Harbourton City Council')).toBe('Council approves $48 million port pilot')
    expect(cleanTitle('Grid battery boom leaves towns waiting - The Northern Ledger', 'The Northern Ledger')).toBe('Grid battery boom leaves towns waiting')
    expect(cleanTitle('前10个月我国新能源汽车出口同比增长31% _ 华南经济网', null)).toBe('前10个月我国新能源汽车出口同比增长31%')
    expect(cleanTitle('Brexit - what happens next', null)).toBe('Brexit - what happens next')
  })

  it('strips SEO spam spliced into a title', () => {
    expect(cleanTitle('Shenzhen plans 10 innovation centers_m6米乐app官方下载', null)).toBe('Shenzhen plans 10 innovation centers')
  })

  it('parses Chinese and English dates, and refuses dates without a year', () => {
    expect(parseDate('发布时间：2019-07-05 09:15')).toBe('2019-07-05')
    expect(parseDate('2026年5月18日')).toBe('2026-05-18')
    expect(parseDate('12 November 2026')).toBe('2026-11-12')
    expect(parseDate('Posted on January 18, 2026 by Tom')).toBe('2026-01-18')
    expect(parseDate('Published 3 hours ago')).toBeNull()
    expect(parseDate('on 12 November')).toBeNull()
  })

  it('prefers the publication date among header lines', () => {
    expect(dateFromLines(['成文日期：2026年05月18日', '发布日期：2026年05月20日'])).toBe('2026-05-20')
  })

  it('finds the publisher in source, welcome and copyright lines', () => {
    expect(publisherFromLines(['来源：深圳市商务局　　发布时间：2019-07-05'])).toBe('深圳市商务局')
    expect(publisherFromLines(['welcome to commerce bureau of shenzhen municipality'])).toBe('commerce bureau of shenzhen municipality')
    expect(publisherFromLines(['© 2026 Northbridge Policy Institute. All rights reserved.'])).toBe('Northbridge Policy Institute')
    expect(publisherFromLines(['华南经济网 版权所有 未经授权禁止转载'])).toBe('华南经济网')
    expect(publisherFromLines(['copyright © 2000-2026 example news network all rights reserved'])).toBe('example news network')
  })

  it('reads authors from a byline', () => {
    expect(authorFromLines(['By Mei Lin Ong and Daniel Okafor'])).toBe('Mei Lin Ong, Daniel Okafor')
    expect(authorFromLines(['2026-11-12 10:25　来源：华南经济网　作者：林晓'])).toBe('林晓')
  })

  it('detects English and Chinese', () => {
    expect(detectLanguage('The council approved the budget on Tuesday after a long debate about rates and services.')).toBe('en')
    expect(detectLanguage('深圳经济的平稳健康发展，得益于以工业生产为代表的实体经济的长期增长。')).toBe('zh')
  })
})
