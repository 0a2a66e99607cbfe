import { describe, expect, it } from 'vitest'
import { htmlDepth, stripTags } from './html-depth'
import { readHtml } from './read-html'

describe('htmlDepth', () => {
  it('measures element nesting, ignoring void and self-closed elements', () => {
    expect(htmlDepth('<html><body><p>a<br>b<img src=x></p><div/></body></html>')).toBe(3)
    expect(htmlDepth('<div><div><div></div></div><div></div></div>')).toBe(3)
  })

  it('stops counting once the limit is reached (a cheap guard on huge pages)', () => {
    expect(htmlDepth('<div>'.repeat(100_000), 1001)).toBe(1001)
  })
})

describe('a page nested far deeper than any real one', () => {
  it('is read as text, keeps its words, and says why', () => {
    const html = '<html><body>' + '<div>'.repeat(50_000) + '<p>The council approved the plan on Monday after a long debate about the harbour.</p>' + '</div>'.repeat(50_000) + '</body></html>'
    const reading = readHtml(html)
    expect(reading.blocks.map((b) => b.text).join(' ')).toContain('The council approved the plan on Monday')
    expect(reading.warnings.join(' ')).toMatch(/nested/)
  })

  it('stripTags keeps text and line breaks of block elements', () => {
    const text = stripTags('<p>One &amp; two</p><script>x()</script><div>Three</div>')
    expect(text.split('\n').map((l) => l.trim()).filter(Boolean)).toEqual(['One & two', 'Three'])
  })
})
