import { LONGEST_STOPWORD, STOPWORD_LANGS, STOPWORD_LANGUAGES } from './rules/stopwords'
import { ZH_FUNCTION_CHARS } from './rules/zh'

/** How a line reads on its own, in jusText's terms. */
export type LineClass = 'good' | 'near' | 'short' | 'bad'

/** Measurements of one line of text. */
export interface LineStats {
  chars: number
  /** Words for alphabetic text; CJK characters count one each. */
  words: number
  /** Share of CJK characters among letters. */
  cjkShare: number
  /** Share of words that are function words (en) or function characters (zh). */
  stopDensity: number
  /** Ends like a sentence (. ! ? 。 ！ ？ : … with closing quotes). */
  endsSentence: boolean
  cls: LineClass
}

const SENTENCE_END = /[.!?:;…。！？：；]["'”’)\]）」』]*$/
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u

/** True if the text ends the way sentences end. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text)
}

// Kana count with the Han characters: Japanese is set, and measured, like Chinese.
const isCjk = (c: number) => (c >= 0x3040 && c <= 0x30ff) || (c >= 0x3400 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff)

/** The characters `\s` matches. */
function isSpace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d)
  if (c < 0xa0) return false
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
}

function isLetterOrDigit(text: string, i: number, c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39)
  return LETTER_OR_DIGIT.test(String.fromCodePoint(text.codePointAt(i)!))
}

/**
 * Counts CJK characters, and the words between them: runs of other non-space characters that hold
 * a letter or digit, with their total length. One pass over the text, since every line of every
 * page is measured.
 */
function countScripts(text: string): { cjk: number; words: number; wordChars: number } {
  let cjk = 0
  let words = 0
  let wordChars = 0
  let runLength = 0
  let runHasLetter = false
  const endRun = () => {
    if (runHasLetter) {
      words++
      wordChars += runLength
    }
    runLength = 0
    runHasLetter = false
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (isCjk(c)) {
      cjk++
      endRun()
    } else if (isSpace(c)) endRun()
    else {
      runLength++
      if (!runHasLetter && isLetterOrDigit(text, i, c)) runHasLetter = true
    }
  }
  endRun()
  return { cjk, words, wordChars }
}

/** A letter of a Latin-script word in lowercase text: a–z, the Latin-1 and Latin Extended-A letters, and the apostrophe. */
const isWordChar = (c: number) => (c >= 0x61 && c <= 0x7a) || c === 0x27 || c === 0x2019 || (c >= 0xdf && c <= 0x17f && c !== 0xf7)

const LANGUAGE_COUNT = STOPWORD_LANGUAGES.length
const counts = new Uint16Array(LANGUAGE_COUNT)
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019

/**
 * Counts function words among the runs of letters, for each language with a list, and returns the
 * highest count: a French paragraph is as dense in French function words as an English one is in
 * English. Only runs short enough to be one are sliced. A French elision ("l'article", "d'un") counts
 * its article. Runs on every line of every page, so it avoids regexes and closures.
 */
function countStopwords(text: string): number {
  const lower = text.toLowerCase()
  counts.fill(0)
  let start = -1
  for (let i = 0; i <= lower.length; i++) {
    const c = i < lower.length ? lower.charCodeAt(i) : 0
    if (isWordChar(c)) {
      if (start < 0) start = i
      continue
    }
    if (start < 0) continue
    let word: string | null = null
    const q = isApostrophe(lower.charCodeAt(start + 1)) ? 1 : isApostrophe(lower.charCodeAt(start + 2)) ? 2 : 0
    if (q && start + q < i - 1) word = `${lower.slice(start, start + q)}'` // l'article → l'
    else if (i - start <= LONGEST_STOPWORD) word = lower.slice(start, i)
    start = -1
    if (word === null) continue
    if (word.includes('\u2019')) word = word.replace('\u2019', "'")
    const langs = STOPWORD_LANGS.get(word)
    if (langs) for (let b = 0; b < LANGUAGE_COUNT; b++) if (langs & (1 << b)) counts[b]!++
  }
  let best = 0
  for (let b = 0; b < LANGUAGE_COUNT; b++) if (counts[b]! > best) best = counts[b]!
  return best
}

/** Letters of scripts other than Latin and CJK (Cyrillic, Greek, Hangul, Arabic…), whose prose no list here knows. */
const OTHER_SCRIPT = /[\u0370-\u03ff\u0400-\u04ff\u0590-\u06ff\u0e00-\u0e7f\uac00-\ud7af]/g

/** Measures a line and classes it good/near/short/bad from length, punctuation and function words. */
export function lineStats(text: string): LineStats {
  const { cjk, words: latinWords, wordChars } = countScripts(text)
  const letters = cjk + wordChars
  const cjkShare = letters ? cjk / letters : 0
  const ends = endsSentence(text)
  if (cjkShare >= 0.3) {
    let fn = 0
    for (const ch of text) if (ZH_FUNCTION_CHARS.has(ch)) fn++
    const words = cjk + latinWords
    const density = cjk ? fn / cjk : 0
    const commas = (text.match(/[，。、；！？]/g)?.length ?? 0)
    let cls: LineClass = 'short'
    if (cjk >= 30 && commas >= 1) cls = 'good'
    else if (cjk >= 12 && commas >= 1) cls = 'near'
    else if (words >= 30 && commas === 0) cls = 'bad'
    return { chars: text.length, words, cjkShare, stopDensity: density, endsSentence: ends, cls }
  }
  const words = latinWords
  const other = text.match(OTHER_SCRIPT)?.length ?? 0
  if (wordChars && other / wordChars >= 0.5) {
    // No function-word list for this script: judge by length and sentence punctuation alone.
    const cls: LineClass = words >= 12 && ends ? 'good' : words >= 6 && ends ? 'near' : 'short'
    return { chars: text.length, words, cjkShare, stopDensity: 0, endsSentence: ends, cls }
  }
  const stops = countStopwords(text)
  const density = words ? stops / words : 0
  let cls: LineClass = 'short'
  if ((words >= 20 && density >= 0.18) || (words >= 10 && density >= 0.22 && ends)) cls = 'good'
  else if (words >= 6 && density >= 0.12 && (ends || words >= 12)) cls = 'near'
  else if (words >= 10 && density < 0.1) cls = 'bad'
  return { chars: text.length, words, cjkShare, stopDensity: density, endsSentence: ends, cls }
}

/** A line that could be a headline or section heading: a phrase, not a sentence or a menu word. */
export function headingLike(text: string, stats: LineStats = lineStats(text)): boolean {
  if (/[.;:,，。；：、]["'”’)]?$/.test(text) || /^[-*•·▪●]/.test(text)) return false
  if (stats.cjkShare >= 0.3) return stats.words >= 2 && stats.words <= 40
  return stats.words >= 1 && stats.words <= 20
}
