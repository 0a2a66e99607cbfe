import * as chrono from 'chrono-node'
import { ZH_DATE } from './rules/zh'

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec']
/**
 * "July 3, 2026" where a browser's innerText glued the next span on both sides: "LindqvistAug 27,
 * 20267 min read", "July 3, 2026Updated". The comma-year shape is strict enough to need no word
 * boundaries: exactly four digits after "<Month> <D>, " are the year.
 */
const GLUED_MONTH_DAY_YEAR = /(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.? (\d{1,2})(?:st|nd|rd|th)?, (\d{4})/i

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
  const glued = GLUED_MONTH_DAY_YEAR.exec(text)
  if (glued) {
    const d = iso(Number(glued[3]), MONTHS.indexOf(glued[1]!.slice(0, 3).toLowerCase()) + 1, Number(glued[2]))
    if (d) return d
  }
  // Dots between day, month and year are European order, never American: 12.03.2026 is 12 March.
  const dotted = /\b(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text)
  if (dotted) return iso(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]))
  // Taiwan's official pages count years from 1912 (民國): 115-06-03 is 2026-06-03.
  const roc = /(?:^|[^\d])(1[0-4]\d)[-/.](\d{1,2})[-/.](\d{1,2})(?!\d)/.exec(text)
  if (roc && /[\u3400-\u9fff]/.test(text)) return iso(Number(roc[1]) + 1911, Number(roc[2]), Number(roc[3]))
  // English first, then the other languages chrono knows whose month names pages print.
  for (const parser of DATE_PARSERS) {
    for (const r of parser.parse(text, ref)) {
      if (!r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day') || !/\d{4}/.test(r.text)) continue
      return iso(r.start.get('year')!, r.start.get('month')!, r.start.get('day')!)
    }
  }
  return null
}

const DATE_PARSERS = [chrono.en, chrono.fr, chrono.de, chrono.es, chrono.nl]
