import type { Figure } from '../model/source'

type Kind = Figure['kind']

const NUM = String.raw`\d+(?:[,，]\d{3})*(?:\.\d+)?`
const SCALE = String.raw`(?:\s?(?:thousand|million|billion|trillion|mn|bn|m|b|k)\b)?`
/** Figure patterns, most specific first; each match is reported once with its kind. */
const PATTERNS: { kind: Kind; re: RegExp }[] = [
  { kind: 'percentage', re: new RegExp(String.raw`(?:百分之[零一二三四五六七八九十百点\d.]+|${NUM}\s?(?:%|％|per ?cent\b|percentage points?\b|个百分点))`, 'gi') },
  { kind: 'amount', re: new RegExp(String.raw`(?:(?:US|A|AU|C|NZ|HK|S)?[$€£¥₹]|(?:USD|EUR|GBP|CNY|RMB|AUD|JPY)\s?)${NUM}${SCALE}`, 'gi') },
  { kind: 'amount', re: new RegExp(String.raw`${NUM}${SCALE}\s?(?:dollars|euros?|pounds|yuan|renminbi|yen|rupees|usd|eur|gbp|cny|rmb)\b`, 'gi') },
  { kind: 'amount', re: new RegExp(String.raw`${NUM}\s?(?:万亿|亿|万)?(?:元|美元|欧元|英镑|日元|港元)`, 'g') },
  { kind: 'date', re: /\d{4}年\d{1,2}月(?:\d{1,2}日)?|\b\d{1,2}(?:st|nd|rd|th)?\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+\d{4}\b|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)(?:\s+\d{1,2},)?\s+\d{4}\b/gi },
  { kind: 'number', re: new RegExp(String.raw`${NUM}\s?(?:万亿|亿|万)?(?:${SCALE.slice(0, -1)})?\s?(?:km|kilometres|kilometers|miles|kwh|mwh|gwh|twh|kw|mw|gw|megawatts?|gigawatts?|kilowatts?|tonnes|tons|litres|liters|hectares|square metres|sq m|m2|mm|cm|people|jobs|workers|residents|households|homes|units|containers|vehicles|sheets|companies|firms|projects|centers|centres|家|个|人|吨|公里|千瓦|万千瓦|辆|片|项|户)`, 'gi') },
]

/** Splits a block's text into sentences (English and Chinese punctuation). */
export function sentences(text: string): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = []
  const re = /[^.!?。！？]+(?:[.!?。！？]+["'”’)]*|$)/g
  for (const m of text.matchAll(re)) {
    // "1.5" and "Co." do not end sentences: merge pieces that end inside a number or abbreviation.
    const prev = out[out.length - 1]
    if (prev && (/\d\.$/.test(prev.text) && /^\d/.test(m[0]) || /\b(co|ltd|inc|mr|mrs|ms|dr|no|st|vs|e\.g|i\.e|u\.s)\.$/i.test(prev.text))) prev.text += m[0]
    else out.push({ text: m[0], start: m.index })
  }
  return out
}

/** Finds the key figures (amounts, percentages, numbers with units, dates) in blocks, with their sentence. */
export function findFigures(blocks: readonly { id: string; type: string; text: string }[]): Figure[] {
  const figures: Figure[] = []
  for (const block of blocks) {
    // Every pattern needs a digit, bar written-out Chinese percentages: most prose has neither.
    if (block.type === 'heading' || (!/\d/.test(block.text) && !block.text.includes('百分之'))) continue
    const taken: [number, number][] = []
    const found: { at: number; figure: Figure }[] = []
    let sents: ReturnType<typeof sentences> | null = null // split only when the block has a figure
    for (const { kind, re } of PATTERNS) {
      for (const m of block.text.matchAll(re)) {
        const start = m.index
        const end = start + m[0].length
        if (taken.some(([a, b]) => start < b && end > a)) continue
        taken.push([start, end])
        sents ??= sentences(block.text)
        const sentence = sents.filter((s) => s.start <= start).pop()?.text.trim() ?? block.text
        found.push({ at: start, figure: { text: m[0].trim(), kind, sentence, blockId: block.id } })
      }
    }
    figures.push(...found.sort((a, b) => a.at - b.at).map((f) => f.figure))
  }
  return figures
}
