/** The slice of a DOM element pruning needs (linkedom and browsers both provide it). */
interface PruneNode {
  nodeType: number
  nodeName: string
  textContent: string | null
  firstChild: PruneNode | null
  nextSibling: PruneNode | null
  getAttribute(name: string): string | null
  // getElementsByTagName rather than querySelector: linkedom compiles a selector on every query.
  getElementsByTagName(name: string): ArrayLike<{ textContent: string | null }>
  remove(): void
}

/**
 * Words in class names, ids and test ids that mark page furniture: ads, newsletter and subscription
 * boxes, share bars, related and trending lists, comments, author bios, captions, tag lists, tables
 * of contents, kickers, deks, and footnote lists with their markers in the text. Matched as whole words, so "shadow" is not "ad".
 */
const CHROME_WORDS = new Set([
  'ad', 'ads', 'adslot', 'advert', 'adverts', 'advertisement', 'sponsor', 'sponsored', 'promo', 'promos',
  'newsletter', 'newsletters', 'signup', 'subscribe', 'subscription',
  'share', 'sharing', 'sharebar', 'social',
  'related', 'recommended', 'recommendations', 'trending', 'popular', 'mostread', 'outbrain', 'taboola',
  'comments', 'disqus', 'bio', 'authorbio',
  'caption', 'tags', 'toc', 'kicker', 'eyebrow', 'dek', 'standfirst', 'footnote', 'footnotes',
  'breadcrumb', 'breadcrumbs', 'cookie', 'cookies', 'consent', 'gdpr',
])
/** Elements that never hold article text. AMP's ad and analytics elements carry fallback text ("Ad failed to load"). */
const CHROME_TAGS = new Set(['NAV', 'AMP-AD', 'AMP-EMBED', 'AMP-STICKY-AD', 'AMP-ANALYTICS', 'AMP-SIDEBAR', 'AMP-CONSENT'])
/**
 * Elements never pruned by their class: the page, its main region, the article itself, and tables
 * (a data table's class, "rates-caption" or "share-prices", says nothing about whether it is content).
 */
const KEEP_TAGS = new Set(['HTML', 'BODY', 'MAIN', 'ARTICLE', 'TABLE'])
/** An element holding more than this share of the page's text is content, whatever its class says. */
const MAX_TEXT_SHARE = 0.25
/** Paragraphs of this many words are prose; an element with two of them is not furniture. */
const PROSE_WORDS = 25

/**
 * True when an element holds running prose, whatever its markup says: class and id words can
 * mislead (a body column with id "after-story-ad-2" follows an ad, it is not one).
 */
function holdsProse(el: PruneNode): boolean {
  let prose = 0
  for (const p of Array.from(el.getElementsByTagName('p'))) {
    if ((p.textContent ?? '').trim().split(/\s+/).length >= PROSE_WORDS && ++prose >= 2) return true
  }
  return false
}

/** The words of an element's class, id and test id: `InlineNewsletter_box__Kc21b` → inline, newsletter, box, kc21b. */
export function markupWords(el: { getAttribute(name: string): string | null }): string[] {
  const raw = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('data-testid') ?? ''} ${el.getAttribute('data-component-name') ?? ''}`
  if (raw.length === 3) return []
  return raw
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean)
}

function isChrome(el: PruneNode): boolean {
  const tag = el.nodeName.toUpperCase()
  if (CHROME_TAGS.has(tag)) return true
  if (KEEP_TAGS.has(tag)) return false
  return markupWords(el).some((w) => CHROME_WORDS.has(w))
}

/**
 * Removes page furniture that its markup names (by tag, class, id or test id) before the article
 * extractor runs, which judges by text and would otherwise let newsletter boxes, ad labels, bios and
 * tag lists through. Never removes an element that holds the headline, a large share of the text,
 * or paragraphs of prose.
 * Returns how many elements it removed.
 */
export function pruneChrome(body: PruneNode): number {
  const total = (body.textContent ?? '').length || 1
  const doomed: PruneNode[] = []
  const visit = (node: PruneNode) => {
    for (let c = node.firstChild; c; c = c.nextSibling) {
      if (c.nodeType !== 1) continue
      if (isChrome(c) && c.getElementsByTagName('h1').length === 0 && (c.textContent ?? '').length / total <= MAX_TEXT_SHARE && !holdsProse(c)) doomed.push(c)
      else visit(c)
    }
  }
  visit(body)
  for (const el of doomed) el.remove()
  return doomed.length
}
