import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { markupWords, pruneChrome } from './prune-chrome'

const prose = (n: number) => `Paragraph ${n} says the harbour authority will electrify every berth by 2030, at a cost the council has agreed to share with the port's operators over the next ten years.`
const bodyOf = (html: string) => parseHTML(`<!doctype html><html><body>${html}</body></html>`).document.body

describe('markupWords', () => {
  it('splits class names, ids and test ids into words, CSS-module and camelCase names too', () => {
    const el = bodyOf('<div class="InlineNewsletter_box__Kc21b share-bar" id="story-ad-1" data-testid="AuthorBio"></div>').firstChild as unknown as Element
    expect(markupWords(el)).toEqual(['inline', 'newsletter', 'box', 'kc21b', 'share', 'bar', 'story', 'ad', '1', 'author', 'bio'])
  })
})

describe('pruneChrome', () => {
  it('removes furniture named by its markup: ad slots, newsletter boxes, bios, navs and AMP ads', () => {
    const body = bodyOf(`<article><h1>Berths</h1><p>${prose(1)}</p>
      <div data-testid="ResponsiveAdSlot">Advertisement · Scroll to continue</div>
      <div class="InlineNewsletter_box__Kc21b"><p>Our weekly briefing on ports.</p></div>
      <nav aria-label="Tags"><a>Business</a></nav>
      <amp-ad><div fallback><p>Ad failed to load</p></div></amp-ad>
      <p>${prose(2)}</p><div class="author-bio">Jo covers ports.</div></article>`)
    expect(pruneChrome(body as never)).toBe(5)
    expect(body.textContent).not.toMatch(/Advertisement|weekly briefing|Business|Ad failed|Jo covers/)
    expect(body.textContent).toContain('Paragraph 2')
  })

  it('never prunes a data table by its class', () => {
    const body = bodyOf(`<table class="share-prices has-caption"><tr><th>Stock</th><th>Price</th></tr><tr><td>Acme</td><td>12</td></tr></table>`)
    expect(pruneChrome(body as never)).toBe(0)
  })

  it('matches whole words only ("shadow" and "header" are not "ad")', () => {
    const body = bodyOf(`<div class="shadow header-box"><p>Kept text.</p></div>`)
    expect(pruneChrome(body as never)).toBe(0)
  })

  it('keeps an element whose markup misleads but which holds prose, the headline or much of the page', () => {
    const body = bodyOf(`<article><h1>Ferry</h1><p>${prose(1)}</p>
      <div id="after-story-ad-2" class="StoryBodyCompanionColumn"><p>${prose(2)}</p><p>${prose(3)}</p></div>
      <div class="related-wrapper"><h1>The headline sits here</h1></div></article>`)
    expect(pruneChrome(body as never)).toBe(0)
    const big = bodyOf(`<div class="share-and-content"><p>${prose(1)}</p></div><p>Short.</p>`)
    expect(pruneChrome(big as never)).toBe(0)
  })

  it('removes footnote lists and the note markers in the text', () => {
    const body = bodyOf(`<p>${prose(1)}<a class="footnote-anchor" href="#footnote-1">1</a></p><div class="footnote"><a class="footnote-number" href="#footnote-anchor-1">1</a><div class="footnote-content"><p>A note.</p></div></div>`)
    pruneChrome(body as never)
    expect(body.textContent).toBe(prose(1))
  })
})
