import * as chrono from 'chrono-node'
import { ZH_DATE } from './rules/zh'

function iso(y: number, m: number, d: number): string | null {
  if (y < 1900 || y > 2200 || m < 1 || m > 12 || d < 1 || d > 31) return null
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`
}

/**
 * Finds a calendar date in a short text and returns it as YYYY-MM-DD: Chinese forms
 * (2019年7月5日, 2019-07-05 09:15) by rule, English forms ("12 November 2026") via chrono.
 * A date without a year is not a date here: guessing the year would invent a fact.
 */
export function parseDate(text: string, ref: Date = new Date(0)): string | null {
  const zh = ZH_DATE.exec(text)
  if (zh) return iso(Number(zh[1]), Number(zh[2]), Number(zh[3]))
  const isoLike = /\b(\d{4})-(\d{2})-(\d{2})(?:[T\s]|$|\b)/.exec(text)
  if (isoLike) return iso(Number(isoLike[1]), Number(isoLike[2]), Number(isoLike[3]))
  for (const r of chrono.en.parse(text, ref)) {
    if (!r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day') || !/\d{4}/.test(r.text)) continue
    return iso(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!)
  }
  return null
}
