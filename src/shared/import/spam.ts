/** Words that give away gambling or app-download spam spliced into page titles by hijacked sites. */
const LURES = /(app\b|apk\b|下载|官方|官网|体育|娱乐|彩票|棋牌|真人|电竞|casino|betting|\bbet\b|slots?\b|poker|bonus)/i
const CJK = /[\u3400-\u9fff]/
const LATIN_WORD = /[a-z]{2,}/i

/**
 * True when a line carries SEO spam: an app/gambling lure, or a foreign-script brand glued onto
 * a Latin-script title (e.g. "…advance high-m6米乐app").
 */
export function isSpam(text: string): boolean {
  if (!CJK.test(text)) return false // every pattern below needs a CJK run; most lines have none
  const latin = (text.match(/[a-z]/gi)?.length ?? 0)
  const cjk = (text.match(/[\u3400-\u9fff]/g)?.length ?? 0)
  const mixedBrand = /[a-z0-9][\u3400-\u9fff]|[\u3400-\u9fff][a-z0-9]/i.test(text)
  if (latin > cjk * 2 && cjk > 0 && mixedBrand) return true
  if (LURES.test(text) && mixedBrand) return true
  return cjk > 0 && LURES.test(text) && /app/i.test(text) && text.length < 60
}

/** Removes spam segments ("Title - m6米乐app", "Title_体育官方下载") from a title; keeps it otherwise. */
export function stripSpam(title: string): string {
  const parts = title.split(/\s*(?:[|_]|\s[-–—]\s)\s*/)
  const clean = parts.filter((p) => !isSpam(p))
  if (clean.length && clean.length < parts.length) return clean.join(' - ').trim()
  return title
}

/** True if the text mixes scripts in a way no headline does (for the title-choice heuristics). */
export function mixedScript(text: string): boolean {
  return CJK.test(text) && LATIN_WORD.test(text) && isSpam(text)
}
