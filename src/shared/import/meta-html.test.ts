import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { htmlMeta } from './meta-html'

const page = (head: string, body = '<p>Text</p>', lang = 'en') => parseHTML(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`).document

describe('htmlMeta', () => {
  it('prefers a meta property over a meta name of the same key, and the first of each', () => {
    const doc = page(`
      <meta name="og:site_name" content="By name">
      <meta property="og:site_name" content="By property">
      <meta property="og:site_name" content="Second property">`)
    expect(htmlMeta(doc).publisher).toBe('By property')
  })

  it('moves to the next key when the first key has no content', () => {
    const doc = page(`<meta property="og:site_name" content="  "><meta name="application-name" content="Ministry of Ports">`)
    expect(htmlMeta(doc).publisher).toBe('Ministry of Ports')
  })

  it('reads itemprop keys and collapses white space', () => {
    const doc = page(`<meta itemprop="datePublished" content=" 2026-03-17 ">`)
    expect(htmlMeta(doc).date).toBe('2026-03-17')
  })

  it('takes JSON-LD headline and publisher, then the canonical URL and the html lang', () => {
    const ld = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Ports go electric', publisher: { name: 'Harbour Times' }, datePublished: '2026-02-01' }
    const doc = page(`<script type="application/ld+json">${JSON.stringify(ld)}</script><link rel="canonical" href="https://example.org/ports"><title>Ports go electric | Harbour Times</title>`, '<p>x</p>', 'en-GB')
    expect(htmlMeta(doc)).toMatchObject({ title: 'Ports go electric', publisher: 'Harbour Times', date: '2026-02-01', url: 'https://example.org/ports', language: 'en' })
  })

  it('finds a date in any meta tag whose name speaks of publishing when the known keys are absent', () => {
    const doc = page(`<meta name="govuk:first-published-at" content="2025-11-03T10:00:00Z">`)
    expect(htmlMeta(doc).date).toBe('2025-11-03T10:00:00Z')
  })
})
