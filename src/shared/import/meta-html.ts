import type { MetaHints } from './types'
import { collapse } from './html-blocks'

/** The DOM queries metadata extraction needs. */
interface MetaDocument {
  querySelector(selector: string): { getAttribute(name: string): string | null; textContent: string | null } | null
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>
  documentElement: { getAttribute(name: string): string | null } | null
}

type MetaElement = { getAttribute(name: string): string | null }

/**
 * The page's <meta> elements indexed by property, name and itemprop, first one winning as with
 * querySelector. One walk of the page instead of three queries per name looked up.
 */
class MetaIndex {
  readonly all: MetaElement[]
  private readonly byAttr = new Map<string, MetaElement>()

  constructor(doc: MetaDocument) {
    this.all = Array.from(doc.querySelectorAll('meta'))
    for (const el of this.all) {
      for (const attr of ['property', 'name', 'itemprop']) {
        const value = el.getAttribute(attr)
        const key = `${attr}=${value}`
        if (value !== null && !this.byAttr.has(key)) this.byAttr.set(key, el)
      }
    }
  }

  /** The content of the first name that has a meta tag with content (property, then name, then itemprop). */
  content(names: string[]): string | undefined {
    for (const name of names) {
      const el = this.byAttr.get(`property=${name}`) ?? this.byAttr.get(`name=${name}`) ?? this.byAttr.get(`itemprop=${name}`)
      const v = el?.getAttribute('content')?.trim()
      if (v) return collapse(v)
    }
    return undefined
  }
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json }

function nameOf(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v
  if (Array.isArray(v)) {
    const names = v.map(nameOf).filter((n): n is string => !!n)
    return names.length ? names.join(', ') : undefined
  }
  if (v && typeof v === 'object' && typeof v.name === 'string') return v.name
  return undefined
}

const ARTICLE_TYPES = /^(NewsArticle|Article|BlogPosting|ReportageNewsArticle|AnalysisNewsArticle|OpinionNewsArticle|WebPage|ScholarlyArticle|Report|GovernmentService|PressRelease|TechArticle|Blog|LiveBlogPosting)$/

function jsonLd(doc: MetaDocument): { [k: string]: Json } | undefined {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    let parsed: Json
    try {
      parsed = JSON.parse(script.textContent ?? '') as Json
    } catch {
      continue // a broken JSON-LD block is common and not worth a warning
    }
    const queue: Json[] = [parsed]
    while (queue.length) {
      const item = queue.shift()!
      if (Array.isArray(item)) queue.push(...item)
      else if (item && typeof item === 'object') {
        const type = item['@type']
        const types = Array.isArray(type) ? type : [type]
        if (types.some((t) => typeof t === 'string' && ARTICLE_TYPES.test(t)) && (item.headline || item.datePublished)) return item
        if (item['@graph']) queue.push(item['@graph'])
      }
    }
  }
  return undefined
}

/** Metadata from <meta>, JSON-LD, <time>, canonical link, og:site_name and the html lang. */
export function htmlMeta(doc: MetaDocument): MetaHints {
  const ld = jsonLd(doc)
  const metas = new MetaIndex(doc)
  const hints: MetaHints = {}
  const str = (v: Json | undefined) => (typeof v === 'string' && v.trim() ? collapse(v) : undefined)
  const docTitle = doc.querySelector('title')?.textContent
  const rawTitles = [metas.content(['og:title', 'twitter:title', 'ArticleTitle', 'title']), str(ld?.headline), docTitle ? collapse(docTitle) : undefined].filter((t): t is string => !!t)
  hints.rawTitles = rawTitles
  hints.title = str(ld?.headline) ?? rawTitles[0]
  hints.publisher = metas.content(['og:site_name', 'application-name', 'SiteName', 'sitename', 'publisher', 'ContentSource', 'source']) ?? nameOf(ld?.publisher)
  hints.author = nameOf(ld?.author) ?? metas.content(['author', 'article:author', 'byl', 'parsely-author', 'sailthru.author', 'dc.creator', 'DC.creator', 'Author'])
  const time = doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? doc.querySelector('time[pubdate]')?.getAttribute('datetime') ?? undefined
  hints.date = str(ld?.datePublished) ?? metas.content(['article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'publishdate', 'PubDate', 'publish-date', 'date', 'dc.date', 'DC.date', 'dcterms.created', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date', 'firstpublishedtime']) ?? time ?? undefined
  // Any other meta tag that names a publication date (govuk:first-published-at, DC.Date.Created…).
  hints.date ??= metas.all
    .filter((m) => /publish|pubdate|created|issued/i.test(`${m.getAttribute('name') ?? ''} ${m.getAttribute('property') ?? ''}`))
    .map((m) => m.getAttribute('content')?.trim())
    .find((v): v is string => !!v && /\d{4}/.test(v))
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ?? undefined
  hints.url = [canonical, metas.content(['og:url']), str(ld?.url)].find((u) => !!u && /^https?:\/\//i.test(u))
  const lang = doc.documentElement?.getAttribute('lang') ?? metas.content(['og:locale', 'language', 'content-language'])
  if (lang) hints.language = lang.toLowerCase().split(/[-_]/)[0]
  for (const key of Object.keys(hints) as (keyof MetaHints)[]) if (hints[key] === undefined) delete hints[key]
  return hints
}
