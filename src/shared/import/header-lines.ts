import { EN_STOPWORDS } from './rules/en'
import { parseDate } from './dates'

// Line rules for the lines around a headline in copied page text: document-type labels with a
// date, author + date lines, "Interview by X" bylines, dates glued to the next span by innerText,
// and language selectors. They run after the shared rules, only on lines those leave unmatched.

const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?'
/** Dates as header lines print them; no boundary after the year (innerText glues the next span on). */
const DATE = `(?:\\d{1,2}(?:st|nd|rd|th)?[ -]${MONTH}[ ,-]+\\d{4}|${MONTH} \\d{1,2}(?:st|nd|rd|th)?,? \\d{4}|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4})`
const DATE_RE = new RegExp(DATE, 'i')

/** Kinds of official or corporate document that pages print, with a date, above the headline. */
const DOC_TYPE = '(?:(?:joint |daily )?(?:press|media|news) (?:release|statement|briefing|advisory|note)|statement|announcement|speech|readout|notice|circular|news|daily news|media advisory|fact ?sheet|news story|press notice|publication|policy paper|guidance|open letter)'
/** "Press release 18 March 2026 Brussels", "NEWS RELEASE 5-FEB-2026", "Media release · 17 March 2026". */
const DOC_LABEL = new RegExp(`^${DOC_TYPE}\\s*(?:[·|•–—:,-]\\s*)?(?:published\\s*:?\\s*)?${DATE}(?:\\s*(?:[·|•–—,-]\\s*)?[\\p{L}' .-]{1,40})?$`, 'iu')

/** "Interview by Jo Bloggs", "Words by …", "Photos by …": a byline whose first word names the work. */
const KIND_BYLINE = /^(?:interview|interviews|words|text|photos?|photographs?|photography|pictures|reporting|analysis|review|story|essay|column|profile|feature|report|q&a)(?: and (?:photos?|words|pictures))? by \p{L}[\p{L}.'’-]*(?: \p{L}[\p{L}.'’-]*){0,4}$/iu

/** A date first, then times and labels glued on: "September 4, 20261:42 PM GMTUpdated 2 hours ago". */
const DATE_FIRST = new RegExp(`^(?:(?:published|updated|posted)\\s*:?\\s*)?${DATE}`, 'i')

const DATE_ALL = new RegExp(DATE, 'gi')
const DATE_WORD = /^(?:(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?|first|last|published|updated|posted|on|at)$/i
const NAME_WORD = /^\p{L}[\p{L}.'’-]*,?$/u

/**
 * "Nadia Okafor 4 November 2026", "By J. Smith and K. Li | March 3, 2026": a few name words and a
 * date, nothing that reads as a sentence (no function words, no closing full stop).
 */
export function isNameDateLine(text: string): boolean {
  if (text.length > 200 || /[.!?]$/.test(text) || !DATE_RE.test(text)) return false
  const rest = text
    .replace(DATE_ALL, ' ')
    .replace(/\b\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s*[a-z]{2,4})?\b/gi, ' ')
    .split(/[\s|·•,]+/)
    .filter(Boolean)
  // "…Thursday 22 October 2026 13.58 BST First published on Thursday …": date words are not names.
  const words = rest.filter((w, i) => !(i === 0 && /^by$/i.test(w)) && !/^(and|&)$/i.test(w) && !DATE_WORD.test(w))
  if (words.length < 1 || words.length > 8) return false
  return words.every((w) => NAME_WORD.test(w) && !EN_STOPWORDS.has(w.toLowerCase()))
}

/** The header-line rule a line matches, or null. */
export function headerRule(text: string): string | null {
  if (text.length > 200) return null
  if (DOC_LABEL.test(text) && parseDate(text)) return 'doc-label'
  if (isNameDateLine(text) && parseDate(text)) return 'dateline'
  if (text.length > 120) return null
  // "6m agoStorm closes ferries", "2 hours ago": a key-events or teaser entry stamped with its age.
  if (!/[.!?]$/.test(text) && /^(?:\d+\s?(?:s|m|mins?|h|hrs?|d)|\d+ (?:seconds?|minutes?|hours?|days?)) ago(?![a-z])/i.test(text) || /^(?:\d+\s?(?:m|mins?|h|hrs?|d)|\d+ (?:minutes?|hours?|days?)) ago\p{Lu}/u.test(text)) return 'timestamp'
  // "原标题：…": a portal's note of the headline the source printed, not this page's headline.
  if (/^(?:原标题|原標題)\s*[:：]/.test(text)) return 'original-title'
  if (KIND_BYLINE.test(text)) return 'byline'
  if (text.length <= 90 && !/[.!?]$/.test(text) && DATE_FIRST.test(text) && parseDate(text)) return 'dateline'
  return null
}

/** Names of languages in their own language, as language selectors list them. */
const AUTONYMS = new Set(
  'български español čeština cestina dansk deutsch eesti ελληνικά english français francais gaeilge hrvatski italiano latviešu lietuvių magyar malti nederlands polski português portugues română slovenčina slovenščina suomi svenska norsk íslenska türkçe русский українська עברית العربية فارسی हिन्दी 中文 简体中文 繁體中文 日本語 한국어 bahasa indonesia bahasa melayu tiếng việt ไทย català euskara galego shqip srpski српски македонски bosanski lëtzebuergesch'
    .split(' '),
)
const TWO_WORD_AUTONYMS = new Set(['bahasa indonesia', 'bahasa melayu', 'tiếng việt'])

function isAutonym(text: string): boolean {
  const t = text.trim().toLowerCase()
  if (AUTONYMS.has(t) || TWO_WORD_AUTONYMS.has(t)) return true
  // "de - Deutsch", "FR | français": a code before the name.
  const coded = /^[a-z]{2}(?:-[a-z]{2})?\s*[-–|:]\s*(\p{L}+)$/iu.exec(t)
  return !!coded && AUTONYMS.has(coded[1]!)
}

/** Marks the lines in runs of five or more language names: a language selector, never article text. */
export function languageSelectorLines(texts: readonly string[]): boolean[] {
  const out = texts.map(() => false)
  let i = 0
  while (i < texts.length) {
    let j = i
    while (j < texts.length && isAutonym(texts[j]!)) j++
    if (j - i >= 5) for (let k = i; k < j; k++) out[k] = true
    i = Math.max(j, i + 1)
  }
  return out
}
