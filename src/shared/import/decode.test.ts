import { describe, expect, it } from 'vitest'
import iconv from 'iconv-lite'
import { declaredCharset, decode } from './decode'

const ZH = '深圳将建设10家制造业创新中心，推动高端制造业发展。今年前5个月，先进制造业增加值增长11.9%。'

describe('decode', () => {
  it('reads UTF-8 with and without a BOM', () => {
    expect(decode(new TextEncoder().encode('café')).text).toBe('café')
    expect(decode(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('café')])).text).toBe('café')
  })

  it('reads UTF-16 LE and BE by their BOM', () => {
    expect(decode(new Uint8Array([0xff, 0xfe, ...iconv.encode('Budget 2026 预算', 'utf-16le')])).text).toBe('Budget 2026 预算')
    expect(decode(new Uint8Array([0xfe, 0xff, ...iconv.encode('Budget 2026 预算', 'utf-16be')])).text).toBe('Budget 2026 预算')
  })

  it('guesses GB18030/GBK for Chinese text that is not UTF-8', () => {
    const result = decode(new Uint8Array(iconv.encode(ZH.repeat(3), 'gbk')))
    expect(result.text).toBe(ZH.repeat(3))
    expect(result.encoding).toBe('gb18030')
  })

  it('falls back to Windows-1252 for Western text with smart quotes', () => {
    const text = '“Council’s plan” costs €48 million — a record, the mayor said.'
    expect(decode(new Uint8Array(iconv.encode(text, 'windows-1252'))).text).toBe(text)
  })

  it('obeys a charset declared in a meta tag', () => {
    const html = `<html><head><meta charset="gb2312"></head><body><p>${ZH}</p></body></html>`
    const bytes = new Uint8Array(iconv.encode(html, 'gb2312'))
    expect(declaredCharset(bytes)).toBe('gb18030')
    expect(decode(bytes).text).toContain(ZH)
  })
})
