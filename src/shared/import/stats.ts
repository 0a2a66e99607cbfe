import { EN_STOPWORDS, } from './rules/en'
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

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g
const SENTENCE_END = /[.!?:;…。！？：；]["'”’)\]）」』]*$/

/** True if the text ends the way sentences end. */
export function endsSentence(text: string): boolean {
  return SENTENCE_END.test(text)
}

/** Measures a line and classes it good/near/short/bad from length, punctuation and function words. */
export function lineStats(text: string): LineStats {
  const cjk = text.match(CJK)?.length ?? 0
  const latinWords = text.replace(CJK, ' ').split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w))
  const letters = cjk + latinWords.join('').length
  const cjkShare = letters ? cjk / letters : 0
  const ends = endsSentence(text)
  if (cjkShare >= 0.3) {
    let fn = 0
    for (const ch of text) if (ZH_FUNCTION_CHARS.has(ch)) fn++
    const words = cjk + latinWords.length
    const density = cjk ? fn / cjk : 0
    const commas = (text.match(/[，。、；！？]/g)?.length ?? 0)
    let cls: LineClass = 'short'
    if (cjk >= 30 && commas >= 1) cls = 'good'
    else if (cjk >= 12 && commas >= 1) cls = 'near'
    else if (words >= 30 && commas === 0) cls = 'bad'
    return { chars: text.length, words, cjkShare, stopDensity: density, endsSentence: ends, cls }
  }
  const words = latinWords.length
  let stops = 0
  for (const w of text.toLowerCase().match(/[a-z']+/g) ?? []) if (EN_STOPWORDS.has(w)) stops++
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
