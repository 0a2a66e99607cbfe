import { franc } from 'franc-min'
import { parseDate } from './dates'
import { stripSpam } from './spam'
import type { MetaHints } from './types'

/** The article's metadata as the importer settles it. */
export interface ArticleMeta {
  title: string
  publisher: string | null
  author: string | null
  date: string | null
  url: string | null
  language: string | null
}

const ISO3_TO_1: Record<string, string> = { eng: 'en', cmn: 'zh', zho: 'zh', spa: 'es', fra: 'fr', deu: 'de', por: 'pt', rus: 'ru', jpn: 'ja', kor: 'ko', ita: 'it', nld: 'nl', arb: 'ar', hin: 'hi', ind: 'id', vie: 'vi', tha: 'th', tur: 'tr', pol: 'pl', ukr: 'uk', swe: 'sv' }

/** The language of a text as an ISO 639-1 code where one exists (franc-min; CJK by script). */
export function detectLanguage(text: string): string | null {
  const sample = text.slice(0, 4000)
  const cjk = sample.match(/[\u3400-\u9fff]/g)?.length ?? 0
  const kana = sample.match(/[\u3040-\u30ff]/g)?.length ?? 0
  const hangul = sample.match(/[\uac00-\ud7af]/g)?.length ?? 0
  const letters = sample.match(/\p{L}/gu)?.length ?? 0
  if (letters === 0) return null
  if (kana > letters * 0.05) return 'ja'
  if (hangul > letters * 0.3) return 'ko'
  if (cjk > letters * 0.3) return 'zh'
  const code = franc(sample, { minLength: 10 })
  return code === 'und' ? null : ISO3_TO_1[code] ?? code
}

const SEPARATORS = /\s+[|｜·•–—-]\s+|\s*_\s*|\s+::\s+/

/**
 * Removes a site name and spam from a title: " - Site", " | Site", "_网站" parts that name the
 * publisher or are much shorter than the headline part.
 */
export function cleanTitle(title: string, publisher: string | null): string {
  const despammed = stripSpam(title.replace(/\s+/g, ' ').trim())
  const parts = despammed.split(SEPARATORS).map((p) => p.trim()).filter(Boolean)
  if (parts.length < 2) return despammed
  const pub = publisher?.toLowerCase() ?? ''
  const words = (s: string) => s.split(/\s+/).length + (s.match(/[\u3400-\u9fff]/g)?.length ?? 0) / 2
  const keep = parts.filter((p, i) => {
    const l = p.toLowerCase()
    if (pub && (l === pub || pub.includes(l) || l.includes(pub))) return false
    const longest = Math.max(...parts.map(words))
    const edge = i === 0 || i === parts.length - 1
    return !(edge && words(p) <= 4 && longest >= 2 * words(p) && longest >= 5 && /[|｜_]/.test(despammed) )
  })
  if (!keep.length) return parts[0]!
  // Only drop whole separator-delimited parts; a title with a dash inside stays intact otherwise.
  return keep.length === parts.length ? despammed : keep.join(' - ')
}

/** Publisher named in page lines: "来源：X", "welcome to X", "© 2026 X. All rights reserved", "主办单位：X". */
export function publisherFromLines(lines: readonly string[]): string | null {
  const patterns: RegExp[] = [
    /^(?:来源|信息来源|文章来源|稿源)\s*[:：]\s*([^\s\u3000|｜]+)/,
    /^welcome to (?:the )?(?:official (?:website|site) of (?:the )?)?(.+?)(?:'s| official)?(?: website| web site| portal| site)?[.!]?$/i,
    /^欢迎(?:访问|来到|光临)(.+?)(?:官方网站|网站|门户网站)?[!！。]?$/,
    /(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*)?([^.,|©]+?)\s*[.,|]?\s*all rights reserved/i,
    /(?:icp\s*\d+\s+)([^,.|]+?)\s*[,，.]\s*all rights reserved/i,
    /^(.+?)\s*[,，.]?\s*all rights reserved/i,
    /主办单位\s*[:：]\s*([^\s\u3000|｜]+)/,
    /(?:©\s*)?(?:\d{4}\s*)?([^\s\u3000|｜©]{2,30})\s*版权所有/,
    /版权所有\s*(?:[:：]|©)\s*([^\s\u3000|｜]+)/,
  ]
  for (const re of patterns) {
    for (const line of lines) {
      const m = re.exec(line.trim())
      // "copyright © 2000-2026 Example News" → "Example News"
      const name = m?.[1]?.trim().replace(/^((copyright|©|\(c\)|\d{4}(\s*[-–]\s*\d{4})?)\s*)+/i, '').trim()
      if (name && name.length >= 2 && name.length <= 80 && !/^\d+$/.test(name)) return name
    }
  }
  return null
}

/** Author named in a byline ("By A and B", "作者：X"). */
export function authorFromLines(lines: readonly string[]): string | null {
  for (const line of lines) {
    const en = /^(?:by|written by|words by|authors?:|reporting by|posted by|story by)\s+(.+?)(?:\s*[|·•]\s*.*)?$/i.exec(line)
    if (en && en[1]!.split(/\s+/).length <= 12) return en[1]!.replace(/\s+(and|&)\s+/gi, ', ').trim()
    const zh = /(?:作者|记者|文)\s*[:：/]\s*([^\s\u3000|｜]+)/.exec(line)
    if (zh) return zh[1]!
  }
  return null
}

/** First date in the header lines, as YYYY-MM-DD. */
export function dateFromLines(lines: readonly string[]): string | null {
  // Publication dates first: a page also shows dates of writing, events and updates.
  const published = lines.filter((l) => /(发布|published|posted|pubdate)/i.test(l))
  for (const line of [...published, ...lines]) {
    if (line.length > 160) continue
    const d = parseDate(line)
    if (d) return d
  }
  return null
}

/** Settles metadata: reader hints first (HTML meta, JSON-LD), then what the page lines say. */
export function settleMeta(input: { hints: MetaHints; title: string; headerLines: string[]; footerLines: string[]; body: string }): ArticleMeta {
  const { hints } = input
  const publisher = hints.publisher ?? publisherFromLines([...input.headerLines, ...input.footerLines])
  const title = cleanTitle(input.title, publisher)
  const date = (hints.date && parseDate(hints.date)) || dateFromLines(input.headerLines)
  const urlLine = [...input.headerLines, ...input.footerLines].map((l) => /^(?:(?:source|url|link|original|原文链接|网址)\s*[:：]\s*)?(https?:\/\/\S+)$/i.exec(l.trim())?.[1]).find(Boolean)
  return {
    title,
    publisher: publisher ?? null,
    author: hints.author ?? authorFromLines(input.headerLines),
    date: date ?? null,
    url: hints.url ?? urlLine ?? null,
    language: hints.language ?? detectLanguage(input.body || title),
  }
}
