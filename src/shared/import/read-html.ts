import { parseHTML } from 'linkedom'
import { Readability } from '@mozilla/readability'
import { htmlBlocks, collapse } from './html-blocks'
import { htmlMeta } from './meta-html'
import { matchRule, WEAK_RULES, ZONE_RULES } from './classify'
import { headingLike, lineStats } from './stats'
import { readText } from './read-text'
import { cleanTitle } from './metadata'
import { htmlDepth, MAX_HTML_DEPTH, stripTags } from './html-depth'
import type { DraftBlock, DraftRemoved, Reading } from './types'
import { normaliseForMatch } from './normalise'
import { fragmentBlocks, isHtmlFragment } from './html-fragment'
import { pruneChrome } from './prune-chrome'
import { stripInert } from './strip-inert'
import { isAboutBlurb } from './end-matter'

/** Header lines whose presence just below a short paragraph marks it as a standfirst. */
const HEADER_FOLLOWS = new Set(['byline', 'dateline', 'meta-line', 'share', 'read-time'])


function similar(a: string, b: string): boolean {
  const x = normaliseForMatch(a)
  const y = normaliseForMatch(b)
  if (!x || !y) return false
  if (x === y) return true
  const [short, long] = x.length <= y.length ? [x, y] : [y, x]
  return short.length >= 12 && long.startsWith(short) && short.length >= long.length * 0.5
}

/** Picks the headline: an <h1> that agrees with the page's declared titles, else the cleanest title. */
function chooseTitle(h1s: string[], rawTitles: string[], publisher: string | undefined, fallback: string | null, postTitles: string[] = []): string | null {
  // A heading that is one of the declared titles; then one that every declared title contains
  // ("Headline | Site"). A blog's name in its <h1> is contained in "Blog: Post" but not in og:title.
  for (const h of [...h1s, ...postTitles]) if (rawTitles.some((t) => similar(h, t))) return h
  for (const h of h1s) if (rawTitles.length && rawTitles.every((t) => similar(h, t) || normaliseForMatch(t).includes(normaliseForMatch(h)))) return h
  // An <h1> that is not the site's name beats a declared title that does not match it: such
  // titles are often stuffed with SEO keywords or are the site's generic title.
  const pub = publisher ? normaliseForMatch(publisher) : ''
  const headline = h1s.find((h) => normaliseForMatch(h) !== pub && (h.split(/\s+/).length >= 3 || (h.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= 6))
  if (headline) return headline
  if (rawTitles.length) return cleanTitle(rawTitles[0]!, publisher ?? null)
  return h1s[0] ?? fallback
}

/** A short unpunctuated paragraph right above a table is its caption (Word and PDF lose the link). */
export function attachCaptions(blocks: DraftBlock[]): DraftBlock[] {
  blocks.forEach((b, i) => {
    const next = blocks[i + 1]
    if (next?.type === 'table' && !next.caption && (b.type === 'paragraph' || b.type === 'quote') && b.text.length < 100 && !/[.!?:。]$/.test(b.text)) {
      next.caption = b.text
      b.text = ''
    }
  })
  return blocks.filter((b) => b.text || b.rows)
}

/**
 * Drops boilerplate that readability lets through (share bars, meta lines, media contacts,
 * related-link lists), and the headline repeated as the first heading. Every drop has a reason.
 */
export function filterArticleBlocks(blocks: DraftBlock[], title: string | null): { kept: DraftBlock[]; removed: DraftRemoved[] } {
  const kept: DraftBlock[] = []
  const removed: DraftRemoved[] = []
  let zone: { id: string; untilProse: boolean } | null = null
  let blurbUntil = -1
  const stats = blocks.map((b) => lineStats(b.text))
  // Each block's rule is needed again by the blocks above it, so it is found once.
  const rules = blocks.map((b) => matchRule(b.text))
  const isProse = (i: number) => blocks[i]!.type !== 'heading' && stats[i]!.cls === 'good'
  const firstProse = blocks.findIndex((_, i) => isProse(i))
  let lastProse = -1
  blocks.forEach((_, i) => {
    if (isProse(i) || blocks[i]!.type === 'table' || blocks[i]!.type === 'listItem') lastProse = i
  })
  blocks.forEach((block, i) => {
    const drop = (reason: string) => removed.push({ text: block.text, reason, at: block.at })
    if (block.type === 'table') {
      zone = null
      if (isMetadataTable(block)) return drop('meta-line')
      kept.push(block)
      return
    }
    const st = stats[i]!
    if (zone && zone.untilProse && st.cls === 'good') zone = null
    if (zone) return drop(zone.id)
    if (i < 4 && title && block.type === 'heading' && similar(block.text, title)) return drop('title')
    // "About Corlan Materials Inc." over "Corlan Materials Inc. develops…": a press release's organisation blurb.
    if (aboutBlurbAt(blocks, i)) {
      blurbUntil = i + 1
      return drop('boilerplate')
    }
    if (i <= blurbUntil) return drop('boilerplate')
    if (block.text.length <= 160) {
      const z = ZONE_RULES.find((r) => r.start.test(block.text))
      if (z && (block.type === 'heading' || st.cls === 'short') && i > firstProse) {
        zone = z
        return drop(z.id)
      }
    }
    const rule = rules[i]
    const next = blocks[i + 1]
    const nextStats = stats[i + 1]
    const beforeProse = !!next && next.type !== 'heading' && (nextStats!.cls !== 'short' || next.type === 'listItem')
    if (rule) {
      const headingBeforeProse = headingLike(block.text, st) && beforeProse
      if (!WEAK_RULES.has(rule) || !headingBeforeProse) return drop(rule)
    }
    // Above the first paragraph: counters, labels and a subtitle between headline and byline.
    const headerFollows = rules.slice(i + 1, i + 4).some((r) => r !== null && HEADER_FOLLOWS.has(r))
    if (i < 3 && block.type === 'paragraph' && st.cls !== 'good' && headerFollows && kept.every((k) => k.type === 'heading')) return drop('standfirst')
    if (firstProse >= 0 && i < firstProse) {
      if (block.type === 'paragraph' && st.cls === 'short' && !beforeProse) return drop('page-header')
      if (block.type === 'heading' && !beforeProse && st.words >= 6) return drop('standfirst')
    }
    // Below the last paragraph: follower counts and similar short unpunctuated lines.
    if (i > lastProse && block.type === 'paragraph' && st.cls === 'short' && !st.endsSentence && (/\s[·•|]\s|\d[kKmM]\b/.test(block.text) || (st.words <= 3 && st.cjkShare < 0.3))) return drop('page-footer')
    kept.push(block)
  })
  return { kept, removed }
}

/** True when block i reads "About <Name>" and the next block opens by naming the same organisation. */
function aboutBlurbAt(blocks: readonly DraftBlock[], i: number): boolean {
  const next = blocks[i + 1]
  return !!next && next.type !== 'heading' && blocks[i]!.text.length <= 90 && isAboutBlurb(blocks[i]!.text, next.text)
}

/** Labels of the key/value tables research-news and repository pages append (Journal, DOI, Article Title…). */
const METADATA_LABEL = /^(journal|doi|article title|title|publication date|article publication date|method of research|subject of research|coi statement|competing interests|funding|funder|keywords|published|publisher|issn|isbn|volume|issue|pages|authors?|citation|license|licence)\s*:?$/i

/** A two-column table whose row labels are mostly bibliographic fields: metadata, not article text. */
export function isMetadataTable(block: DraftBlock): boolean {
  const rows = block.rows ?? []
  if (rows.length < 2 || rows.some((r) => r.length !== 2)) return false
  return rows.filter((r) => METADATA_LABEL.test(r[0]!.trim())).length >= Math.max(2, Math.ceil(rows.length * 0.6))
}

/** A heading that reads as a section heading of the article: not boilerplate, not the headline. */
function isSectionHeading(block: DraftBlock, title: string | null): boolean {
  return block.type === 'heading' && !(title && similar(block.text, title)) && !matchRule(block.text) && headingLike(block.text) && !ZONE_RULES.some((z) => z.start.test(block.text))
}

/**
 * Drops a paragraph that repeats an earlier one word for word (live blogs pin an entry at the top
 * and show it again in place; pages repeat a pull quote). Short lines may repeat legitimately.
 */
export function dropRepeats(blocks: DraftBlock[]): { kept: DraftBlock[]; removed: DraftRemoved[] } {
  const seen = new Set<string>()
  const kept: DraftBlock[] = []
  const removed: DraftRemoved[] = []
  for (const b of blocks) {
    // Copies of an entry are the same markup, so the same text: no need to normalise.
    const key = b.type === 'table' ? '' : b.text
    if (key.length >= 40) {
      if (seen.has(key)) {
        removed.push({ text: b.text, reason: 'duplicate', at: b.at })
        continue
      }
      seen.add(key)
    }
    kept.push(b)
  }
  return { kept, removed }
}

/** Where each text occurs among the page's blocks, in order. */
function positionsByText(texts: readonly string[]): Map<string, number[]> {
  const at = new Map<string, number[]>()
  texts.forEach((text, i) => {
    const list = at.get(text)
    if (list) list.push(i)
    else at.set(text, [i])
  })
  return at
}

/** The first entry of an ascending list that is at least `from`, or -1. */
function firstFrom(list: readonly number[] | undefined, from: number): number {
  if (list) for (const i of list) if (i >= from) return i
  return -1
}

// Matches readability's blocks to the page's blocks in order, so dropped page text can be shown in
// place. Most blocks come out of readability with their text unchanged and are found by an exact
// lookup; the rest are compared in normalised form.
function align(page: DraftBlock[], article: DraftBlock[], title: string | null): { placed: DraftBlock[]; outside: DraftRemoved[] } {
  const placed: DraftBlock[] = []
  const outside: DraftRemoved[] = []
  const exact = positionsByText(page.map((b) => b.text))
  let normalised: Map<string, number[]> | null = null
  let p = 0
  // Page blocks passed over lie outside the article; the headline among them is the title.
  const reasonFor = (b: DraftBlock) => (b.type === 'heading' && title && similar(b.text, title) ? 'title' : (matchRule(b.text) ?? 'outside-article'))
  const skipTo = (end: number) => {
    for (let j = p; j < end; j++) {
      const b = page[j]!
      // Readability drops headings whose class says "header" (entry headers of live blogs, headings
      // carrying an anchor-link widget). A heading right above the next article block, after the
      // article has begun, belongs to it.
      if (placed.length && end < page.length && j === end - 1 && isSectionHeading(b, title)) placed.push({ ...b })
      else outside.push({ text: b.text, reason: reasonFor(b), at: b.at })
    }
  }
  for (const block of article) {
    let found = firstFrom(exact.get(block.text), p)
    if (found < 0) {
      normalised ??= positionsByText(page.map((b) => normaliseForMatch(b.text)))
      found = firstFrom(normalised.get(normaliseForMatch(block.text)), p)
    }
    if (found < 0) {
      placed.push({ ...block, at: p - 0.25 })
      continue
    }
    skipTo(found)
    placed.push({ ...block, at: page[found]!.at })
    p = found + 1
  }
  skipTo(page.length)
  return { placed, outside }
}

type Page = ReturnType<typeof parseHTML>['document']
type PageNode = Page['documentElement']

/** Moves whatever the parser left beside <head> and <body> into <body>, in document order. */
function gatherIntoBody(doc: Page): void {
  const root = doc.documentElement
  const children = Array.from(root.childNodes) as PageNode[]
  let body = children.find((c) => c.nodeName === 'BODY') ?? null
  const strays = children.filter((c) => c.nodeName !== 'HEAD' && c.nodeName !== 'BODY')
  if (!strays.length) return
  if (!body) {
    body = doc.createElement('body') as PageNode
    root.appendChild(body)
  }
  const bodyAt = children.indexOf(body)
  const firstOwn = body.firstChild
  for (const node of strays) {
    if (bodyAt >= 0 && children.indexOf(node) < bodyAt) body.insertBefore(node, firstOwn)
    else body.appendChild(node)
  }
}

/**
 * Parses HTML as a page. HTML lets a page leave out <html>, <head> and <body>, and browsers copy a
 * selection to the clipboard without them (`<meta charset><ul>…`), but linkedom takes the first
 * element it meets as the root and leaves the body empty. Such input is parsed again inside the
 * skeleton it implies, and anything left outside <body> is moved into it.
 */
function parsePage(html: string): Page {
  const doc = parseHTML(html).document
  if (doc.documentElement?.nodeName === 'HTML') {
    gatherIntoBody(doc)
    return doc
  }
  const rest = html.replace(/^\s*(<\?xml[^>]*>\s*)?(<!doctype[^>]*>\s*)?/i, '')
  const hasBody = /<body[\s>]/i.test(rest.slice(0, 65536))
  const page = parseHTML(hasBody ? `<!doctype html><html>${rest}</html>` : `<!doctype html><html><head></head><body>${rest}</body></html>`).document
  gatherIntoBody(page)
  return page
}

/** Reads an HTML page: metadata from the head, the article via readability, then our own filters. */
export function readHtml(source: string): Reading {
  const html = stripInert(source)
  if (htmlDepth(html) > MAX_HTML_DEPTH) {
    const reading = readText(stripTags(html))
    return { ...reading, warnings: [`The page's elements are nested more than ${MAX_HTML_DEPTH} deep, so it was read as plain text.`, ...reading.warnings] }
  }
  const page = parsePage(html)
  const meta = htmlMeta(page)
  const h1s = Array.from(page.querySelectorAll('h1')).map((h) => collapse(h.textContent ?? '')).filter(Boolean)
  // Blog engines put the post's title in an h2/h3 marked as the entry's title, and the blog's name in the h1.
  const postTitles = Array.from(page.querySelectorAll('.entry-title, .post-title, [itemprop="headline"]')).map((h) => collapse(h.textContent ?? '')).filter(Boolean)
  const pageBlocks = page.body ? htmlBlocks(page.body).blocks : []
  // The page's blocks are taken: furniture named by its markup can go before readability reads it.
  if (page.body) pruneChrome(page.body as unknown as Parameters<typeof pruneChrome>[0])
  const warnings: string[] = []

  let articleBlocks: DraftBlock[] | null = null
  try {
    // Readability edits the DOM it reads; that is safe because everything else read from the page
    // (metadata, headlines, the page's blocks) was taken above. The serializer hands back the element
    // itself, which saves printing the article as HTML and parsing it again.
    const article = new Readability(page as unknown as Document, { charThreshold: 300, serializer: (node: Node) => node }).parse()
    if (article?.content && (article.textContent ?? '').trim().length >= 200) articleBlocks = htmlBlocks(article.content as unknown as Parameters<typeof htmlBlocks>[0]).blocks
  } catch {
    warnings.push('The article extractor failed on this page; the text was cleaned line by line instead.')
  }
  const title = chooseTitle(h1s, meta.rawTitles ?? [], meta.publisher, null, postTitles)

  if ((!articleBlocks || !articleBlocks.length) && isHtmlFragment(html)) {
    // A copied passage too short for the article extractor: keep what the person chose, structure and all.
    const { kept, removed } = fragmentBlocks(pageBlocks)
    // The passage's own headline becomes the title rather than its first block.
    const head = kept[0]
    if (head && title && head.type === 'heading' && similar(head.text, title)) removed.push({ text: kept.shift()!.text, reason: 'title', at: head.at })
    return { blocks: kept, removed, meta, warnings, title, headerLines: [], footerLines: [] }
  }
  if (!articleBlocks || !articleBlocks.length) {
    // No article element found: treat the page's text as copied text.
    const text = pageBlocks.map((b) => b.text).join('\n\n')
    const reading = readText(text, title ? { knownTitle: title } : {})
    return { ...reading, meta, title: title ?? reading.title, warnings: [...warnings, ...reading.warnings] }
  }
  const { placed, outside } = align(pageBlocks, articleBlocks, title)
  const unique = dropRepeats(placed)
  const filtered = filterArticleBlocks(unique.kept, title)
  const kept = filtered.kept
  const removed = [...unique.removed, ...filtered.removed]
  const firstAt = kept[0]?.at ?? 0
  const lastAt = kept[kept.length - 1]?.at ?? 0
  return {
    blocks: kept,
    removed: [...outside, ...removed],
    meta,
    warnings,
    title,
    // Date and byline lines may sit after the lead paragraph (GOV.UK puts them there).
    headerLines: pageBlocks
      .filter((b) => b.at < firstAt)
      .map((b) => b.text)
      .concat([...outside, ...removed].filter((r) => r.at < lastAt && /^(dateline|meta-line|byline|source-line|view-count|font-size|share|page-header)$/.test(r.reason)).map((r) => r.text)),
    footerLines: pageBlocks.filter((b) => b.at > lastAt).map((b) => b.text),
  }
}
