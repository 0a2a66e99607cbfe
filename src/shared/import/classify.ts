import type { Line } from './segment'
import { headingLike, lineStats, type LineStats } from './stats'
import { EN_RULES, EN_ZONES } from './rules/en'
import { ZH_RULES, ZH_ZONES } from './rules/zh'
import { INTL_RULES, INTL_ZONES } from './rules/intl'
import { ruleMatches, type LineRule, type ZoneRule } from './rules/types'
import { isSpam } from './spam'
import { parseDate as parseLooseDate } from './dates'
import { normaliseForMatch } from './normalise'
import { headerRule, languageSelectorLines } from './header-lines'
import { findLiveBlog } from './live-blog'
import { dropEndMatter } from './end-matter'

/** A line with its verdict: kept as article text, taken as the title, or dropped with a reason. */
export interface ClassifiedLine extends Line {
  stats: LineStats
  /** The rule that matched, if any (kept lines may carry a weak one). */
  rule: string | null
  verdict: 'keep' | 'title' | 'drop'
  reason: string | null
}

/** Every line rule, English and Chinese (pages mix them: English menus on Chinese sites and back). */
export const LINE_RULES: readonly LineRule[] = [...ZH_RULES, ...EN_RULES, ...INTL_RULES]
/** Every zone rule. */
export const ZONE_RULES: readonly ZoneRule[] = [...EN_ZONES, ...ZH_ZONES, ...INTL_ZONES]

/** The issuing body at the foot of a Chinese official document. */
const SIGNATURE = /(人民政府|办公室|办公厅|委员会|局|厅|部|署|中心|协会|学会|研究院|公司)$/

/** Rules whose hits inside the article body may still be a heading or short paragraph ("Home", "Tags: …"). */
export const WEAK_RULES = new Set(['menu', 'image-credit', 'tags', 'search', 'welcome'])
/** Header lines that sit between a headline and the article: they end the header zone. */
const HEADER_RULES = new Set(['doc-label', 'byline', 'dateline', 'read-time', 'share', 'source-line', 'font-size', 'print', 'view-count', 'editor', 'image-credit', 'meta-line', 'caption'])

/** Lines that carry the article's own date or authorship: what follows them is headline or text. */
const DATED_LABELS = new Set(['doc-label', 'dateline', 'meta-line'])
/** Header lines that name the author or date; a standfirst stands above them. */
const BYLINE_RULES = new Set(['byline', 'dateline', 'doc-label', 'read-time'])
/** Interface words that make up a site menu, with the rules that name them. */
const MENU_RULES = new Set(['menu', 'search', 'login', 'skip-link'])

/** The first rule a line matches, or null. */
export function matchRule(text: string, rules: readonly LineRule[] = LINE_RULES): string | null {
  for (const rule of rules) if (ruleMatches(rule, text)) return rule.id
  if (isSpam(text) && text.length < 120) return 'seo-spam'
  return null
}

// Weights for the max-sum span that finds the article body (Finn's body-text extraction idea):
// prose adds, everything else costs.
function weight(line: ClassifiedLine, zone: string | null): number {
  if (zone) return -8
  if (line.cells) return 3 // table rows are content, however short their cells
  if (line.rule) return WEAK_RULES.has(line.rule) ? -2 : -5
  const { cls, words, cjkShare } = line.stats
  const size = cjkShare >= 0.3 ? words / 2 : words
  if (cls === 'good') return size
  if (cls === 'near') return size / 2
  if (cls === 'bad') return -4
  return headingLike(line.text, line.stats) ? -0.5 : -1.5
}

function zonesOf(lines: ClassifiedLine[], zones: readonly ZoneRule[]): (string | null)[] {
  const out: (string | null)[] = lines.map(() => null)
  let open: ZoneRule | null = null
  let seenProse = false
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    // Comment and related-link regions follow an article; before any prose the same words are menu items.
    if (!line.rule && line.stats.cls === 'good') seenProse = true
    if (!seenProse) continue
    if (open && open.untilProse && line.stats.cls === 'good' && !line.rule) open = null
    const start = line.text.length <= 160 ? zones.find((z) => z.start.test(line.text)) : undefined
    if (start) {
      open = start
      continue // the opening line itself is dropped by its own line rule or as the zone's label
    }
    if (open) out[i] = open.id
  }
  return out
}

function bestSpan(weights: number[]): [number, number] {
  let best = -Infinity
  let span: [number, number] = [0, -1]
  let sum = 0
  let start = 0
  for (let i = 0; i < weights.length; i++) {
    if (sum <= 0) {
      sum = 0
      start = i
    }
    sum += weights[i]!
    if (sum > best) {
      best = sum
      span = [start, i]
    }
  }
  return span
}

/**
 * Cuts small islands of prose off the span: a footer blurb or a teaser far below the article
 * (behind four or more lines of non-prose) that is much lighter than the article itself.
 */
function trimSpan([s, e]: [number, number], weights: number[]): [number, number] {
  const isContent = (i: number) => weights[i]! > 0
  for (;;) {
    let cut = false
    // Find gaps of 4+ consecutive non-content lines inside the span.
    let i = s
    while (i <= e) {
      if (isContent(i)) {
        i++
        continue
      }
      let j = i
      while (j <= e && !isContent(j)) j++
      if (j - i >= 4 && i > s && j <= e) {
        const sum = (a: number, b: number) => weights.slice(a, b + 1).reduce((t, w) => t + Math.max(0, w), 0)
        const before = sum(s, i - 1)
        const after = sum(j, e)
        if (after < before * 0.3) {
          e = i - 1
          cut = true
          break
        }
        if (before < after * 0.3) {
          s = j
          cut = true
          break
        }
      }
      i = j
    }
    if (!cut) return [s, e]
    while (e > s && !isContent(e)) e--
  }
}


/** How many leading characters two titles share (normalised). */
function sharedPrefix(a: string, b: string): number {
  let i = 0
  while (i < a.length && i < b.length && a[i] === b[i]) i++
  return i
}

/** "Energy & Climate · Report", "News | Local": section labels joined by separators, not a headline. */
function labelLike(text: string): boolean {
  const parts = text.split(/\s+[·|•›»/]\s+/)
  return parts.length >= 2 && parts.every((p) => p.split(/\s+/).length <= 3)
}

/** How many site-menu lines (short, unpunctuated, rule-free or menu words) directly follow line i. */
function menuRunAfter(lines: ClassifiedLine[], i: number): number {
  let n = 0
  for (let j = i + 1; j < lines.length; j++) {
    const l = lines[j]!
    if ((l.rule && !MENU_RULES.has(l.rule)) || l.cells || l.stats.words > 3 || l.stats.endsSentence || l.stats.cjkShare >= 0.3) break
    n++
  }
  return n
}

/** True if every word of a short line is a word of the one-to-three-word menu lines above it. */
function menuEcho(lines: ClassifiedLine[], keys: string[], i: number): boolean {
  const words = keys[i]!.split(' ')
  if (words.length < 2 || words.length > 6) return false
  const menu = new Set<string>()
  for (let j = Math.max(0, i - 40); j < i; j++) {
    const l = lines[j]!
    if ((!l.rule || MENU_RULES.has(l.rule)) && l.stats.words <= 3 && !l.stats.endsSentence) for (const w of keys[j]!.split(' ')) menu.add(w)
  }
  return words.every((w) => menu.has(w))
}

/** Chooses the headline among the lines above the body; returns its index or -1. */
export function findTitle(lines: ClassifiedLine[], firstBody: number): number {
  // In a text that uses capitals, a headline does not start with a lowercase letter.
  const cased = lines.some((l) => /\p{Lu}/u.test(l.text))
  let bestIndex = -1
  let bestScore = -Infinity
  const lo = Math.max(0, firstBody - 40)
  const keys = lines.map((l) => normaliseForMatch(l.text))
  // A language selector is one widget, however many names it lists: it does not push a headline away.
  const selectorBelow: number[] = new Array<number>(firstBody + 1).fill(0)
  for (let i = firstBody - 1; i >= 0; i--) selectorBelow[i] = selectorBelow[i + 1]! + (lines[i]!.rule === 'language-selector' ? 1 : 0)
  for (let i = lo; i < firstBody; i++) {
    const line = lines[i]!
    if ((line.rule && line.rule !== 'seo-spam') || line.cells || labelLike(line.text)) continue
    if (!headingLike(line.text, line.stats) && line.stats.cls !== 'near' && !(line.stats.cls === 'good' && line.stats.words <= 25)) continue
    const n = keys[i]!
    const big = line.stats.cjkShare >= 0.3 ? line.stats.words >= 8 : line.stats.words >= 3
    let score = big ? 2 : 0
    score -= (firstBody - i - selectorBelow[i + 1]!) * 0.15
    const prevLine = lines[i - 1]
    // "Press release 18 March 2026" or a date line stands right above the headline it dates.
    // A bare date does so only right above the text (a blog post's date, title, first paragraph); a
    // date that closes a byline block (By X / Published …) dates the headline above that block.
    const bylineAbove = lines.slice(Math.max(0, i - 4), i - 1).some((l) => l.rule === 'byline')
    const next = lines[i + 1]
    const proseNext = !!next && !next.rule && next.stats.cls === 'good'
    if (big && prevLine?.rule && DATED_LABELS.has(prevLine.rule) && (prevLine.rule === 'doc-label' || (proseNext && !bylineAbove)) && parseLooseDate(prevLine.text)) score += 2.5
    // "News Local News": menu items above run together by innerText (a breadcrumb), not a headline.
    if (menuEcho(lines, keys, i)) score -= 3
    // Branding (site name, tagline) sits above the site menu; a headline does not.
    if (menuRunAfter(lines, i) >= 4) score -= 3
    // A heading whose copy elsewhere is followed by prose heads an entry (a live-blog post, a pinned
    // copy of it); the page's own headline repeats, if at all, in title bars and link lists.
    // A cut-off snippet ("…") under a copy is a popular-posts teaser for this very article.
    const entryCopy = keys.some((k, j) => j !== i && k === n && lines[j + 1] !== undefined && !lines[j + 1]!.rule && lines[j + 1]!.stats.cls === 'good' && !/(\.\.\.|…)$/.test(lines[j + 1]!.text))
    if (entryCopy) score -= 4
    if (line.stats.words > (line.stats.cjkShare >= 0.3 ? 60 : 25)) score -= 3
    if (/\d{4}/.test(line.text) && parseLooseDate(line.text)) score -= 2
    if (line.rule === 'seo-spam' || isSpam(line.text)) score -= 6
    // Headlines sit just above the byline/date/share lines.
    if (lines.slice(i + 1, i + 7).some((l) => l.rule !== null && HEADER_RULES.has(l.rule))) score += 2
    if (cased && /^\p{Ll}/u.test(line.text)) score -= 1.5
    // A headline usually appears twice: in the page title above, and again over the article.
    // Only earlier copies count: site names repeat below, in footers and copyright lines.
    // Identical short repeats are interface text ("Here's how you know"), not a headline.
    const words = line.stats.cjkShare >= 0.3 ? line.stats.words / 2 : line.stats.words
    for (let j = 0; j < i && words >= 5 && !entryCopy; j++) {
      const m = keys[j]!
      const shared = sharedPrefix(n, m)
      if (shared >= Math.min(n.length, m.length) * 0.7 && shared >= 12) score += 4
    }
    const prev = lines[i - 1]
    // A line under another headline-like line is a subtitle; a line after "From:" is a value.
    const prevCandidate = prev && !prev.rule && !prev.cells && !labelLike(prev.text) && !menuEcho(lines, keys, i - 1) && prev.stats.words >= 3 && (headingLike(prev.text, prev.stats) || (prev.stats.cls === 'good' && prev.stats.words <= 25))
    if (prevCandidate) score -= 1.5
    if (prev && /[:：]$/.test(prev.text)) score -= 3
    if (line.stats.cjkShare < 0.3 && line.stats.words > 14) score -= 1
    // "Jane Doe, Senior Fellow": a person and a role, not a headline.
    if (/^(dr\.? |prof\.? )?\p{Lu}[\p{L}.'’-]+( \p{Lu}[\p{L}.'’-]+){0,3}, /u.test(line.text)) score -= 2
    score += Math.min(line.stats.cjkShare >= 0.3 ? line.stats.words / 2 : line.stats.words, 12) * 0.12
    if (score > bestScore) {
      bestScore = score
      bestIndex = i
    }
  }
  return bestScore > -2 ? bestIndex : -1
}

/** Options for text classification. */
export interface ClassifyOptions {
  /** A title already known (e.g. from HTML metadata), to recognise its line. */
  knownTitle?: string
}

/**
 * Classifies text lines as article, title or boilerplate: rules per line and zone first, then the
 * densest run of prose as the body, the headline above it, the header lines between them dropped.
 */
export function classify(input: readonly Line[], opts: ClassifyOptions = {}): ClassifiedLine[] {
  const selector = languageSelectorLines(input.map((l) => l.text))
  const lines: ClassifiedLine[] = input.map((l, i) => ({ ...l, stats: lineStats(l.text), rule: l.cells ? null : selector[i] ? 'language-selector' : (matchRule(l.text) ?? headerRule(l.text)), verdict: 'drop', reason: null }))
  if (!lines.length) return lines
  // A live blog's entries are the article; their time stamps, names and share bars are furniture.
  const live = findLiveBlog(lines)
  if (live) {
    for (const i of live.chrome) lines[i]!.rule = lines[i]!.rule ?? 'live-entry-meta'
    for (const i of live.repeats) lines[i]!.rule = 'repeated-entry'
  }
  const zones = zonesOf(lines, ZONE_RULES)
  const weights = lines.map((l, i) => weight(l, zones[i]!))
  // The entries run from the first to the last, however much furniture sits between them.
  const [s, e] = live ? [live.start, live.end] : trimSpan(bestSpan(weights), weights)
  const firstGood = s + Math.max(0, lines.slice(s, e + 1).findIndex((l) => !l.rule && l.stats.cls === 'good'))

  let titleIndex = -1
  if (opts.knownTitle) {
    const t = normaliseForMatch(opts.knownTitle)
    titleIndex = lines.findIndex((l, i) => i <= firstGood && normaliseForMatch(l.text) === t)
  }
  // A headline written as a sentence reads as prose; if header lines follow it, it is still the headline.
  let titleLimit = live ? live.start : firstGood
  while (!live && titleLimit < lines.length && lines[titleLimit]!.stats.cls === 'good' && lines[titleLimit]!.stats.words <= 25 && lines.slice(titleLimit + 1, titleLimit + 6).some((l) => l.rule !== null && HEADER_RULES.has(l.rule))) {
    titleLimit++
    while (titleLimit < lines.length && (lines[titleLimit]!.rule || lines[titleLimit]!.stats.cls !== 'good')) titleLimit++
  }
  if (titleIndex < 0) titleIndex = findTitle(lines, titleLimit)

  // The header zone: after the headline, standfirst/byline/date/share lines before the article.
  let bodyStart = titleIndex >= 0 ? Math.max(titleIndex + 1, s) : s
  if (live && titleIndex < live.start) bodyStart = live.start
  else if (titleIndex >= 0) {
    bodyStart = titleIndex + 1
    // Header lines may follow one standfirst paragraph; the second paragraph is the article.
    // A standfirst comes before the byline; prose after the byline and date lines is the article.
    let prose = 0
    let bylineSeen = false
    for (let i = titleIndex + 1; i <= Math.min(lines.length - 1, titleIndex + 15); i++) {
      const line = lines[i]!
      if (line.rule && HEADER_RULES.has(line.rule)) {
        bodyStart = i + 1
        if (BYLINE_RULES.has(line.rule)) bylineSeen = true
      } else if (!line.rule && line.stats.cls === 'good' && (bylineSeen || ++prose >= 2)) break
    }
    // Skip leading non-prose left between the header and the first paragraph.
    while (bodyStart < firstGood && bodyStart <= e && (lines[bodyStart]!.rule || lines[bodyStart]!.stats.cls === 'short') && !headingLikeBetween(lines, bodyStart)) bodyStart++
  }
  let bodyEnd = Math.max(e, bodyStart - 1)
  // A Chinese official document ends with its issuing body and date: keep them with the text.
  for (let k = 0; k < 2; k++) {
    const next = lines[bodyEnd + 1]
    if (next && !next.rule && !zones[bodyEnd + 1] && next.stats.cjkShare >= 0.3 && next.text.length <= 30 && (SIGNATURE.test(next.text) || /^\d{4}年\d{1,2}月\d{1,2}日$/.test(next.text))) bodyEnd++
  }

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!
    if (i === titleIndex) {
      line.verdict = 'title'
      continue
    }
    if (i < bodyStart || i > bodyEnd) {
      line.verdict = 'drop'
      line.reason = line.rule ?? zones[i] ?? (i < bodyStart ? (line.stats.cls === 'good' && titleIndex >= 0 && i > titleIndex ? 'standfirst' : 'page-header') : 'page-footer')
      continue
    }
    if (zones[i]) {
      line.verdict = 'drop'
      line.reason = line.rule ?? zones[i]!
    } else if (line.rule && !(WEAK_RULES.has(line.rule) && headingLikeBetween(lines, i))) {
      line.verdict = 'drop'
      line.reason = line.rule
    } else line.verdict = 'keep'
  }
  dropLinkLists(lines)
  dropTeaserCards(lines, bodyStart, bodyEnd)
  dropEndMatter(lines)
  return lines
}

// In the lower half of the body, a headline and a one-line blurb followed by a date or read-time
// line are a teaser card for another article.
function dropTeaserCards(lines: ClassifiedLine[], start: number, end: number): void {
  const half = start + Math.floor((end - start) / 2)
  for (let k = half; k <= Math.min(end + 1, lines.length - 1); k++) {
    const card = lines[k]!
    if (!card.rule || !['dateline', 'read-time', 'meta-line'].includes(card.rule)) continue
    // The article's own "Published 4 March 2026" is not a card; a card shows a read time, or repeats.
    const cardLike = /min(ute)?s? read|[·•]/i.test(card.text) || lines.slice(k + 1, k + 5).some((l) => l.rule === card.rule)
    if (/^(published|updated|posted|last updated)/i.test(card.text) || !cardLike) continue
    for (const j of [k - 1, k - 2]) {
      const line = lines[j]
      if (!line || j <= half || line.verdict !== 'keep' || line.stats.words > 30) continue
      line.verdict = 'drop'
      line.reason = 'teaser'
    }
  }
}

// A short line followed by prose may be a section heading even when it looks like a menu word.
function headingLikeBetween(lines: ClassifiedLine[], i: number): boolean {
  const next = lines[i + 1]
  return headingLike(lines[i]!.text, lines[i]!.stats) && !!next && !next.rule && next.stats.cls === 'good'
}

// Three or more short, unpunctuated lines in a row inside the body are a list of links
// (related stories, tags) unless a colon introduced them as a list.
function dropLinkLists(lines: ClassifiedLine[]): void {
  let i = 0
  while (i < lines.length) {
    if (lines[i]!.verdict !== 'keep' || !isLinkish(lines[i]!)) {
      i++
      continue
    }
    let j = i
    while (j < lines.length && lines[j]!.verdict === 'keep' && isLinkish(lines[j]!)) j++
    const prev = lines.slice(0, i).reverse().find((l) => l.verdict === 'keep')
    if (j - i >= 3 && !(prev && /[:：]$/.test(prev.text))) {
      for (let k = i; k < j; k++) {
        lines[k]!.verdict = 'drop'
        lines[k]!.reason = 'link-list'
      }
    }
    i = j
  }
}

function isLinkish(line: ClassifiedLine): boolean {
  return line.stats.cls === 'short' && !line.stats.endsSentence && line.cells === null && !/^[-*•·▪●\d]/.test(line.text)
}
