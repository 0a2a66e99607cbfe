import { parseHTML } from 'linkedom'
import { describe, expect, it } from 'vitest'
import { htmlBlocks } from './html-blocks'

const blocksOf = (body: string) => htmlBlocks(parseHTML(`<!doctype html><html><head></head><body>${body}</body></html>`).document.body).blocks.map((b) => `${b.type}: ${b.text}`)

describe('htmlBlocks', () => {
  it('splits paragraphs separated by <br><br> (old CMSs and blogs), keeping a single <br> as a line break', () => {
    expect(blocksOf('<div>First paragraph.<br><br>Second paragraph.<br>\n<br>Third<br>line.</div>')).toEqual(['paragraph: First paragraph.', 'paragraph: Second paragraph.', 'paragraph: Third line.'])
    expect(blocksOf('<p>One.<br><br>Two.</p>')).toEqual(['paragraph: One.', 'paragraph: Two.'])
  })

  it('splits Chinese paragraphs at <br> followed by an ideographic-space indent', () => {
    expect(blocksOf('<p>　　第一段内容。<br>　　第二段内容。<br>　　第三段内容。</p>')).toEqual(['paragraph: 第一段内容。', 'paragraph: 第二段内容。', 'paragraph: 第三段内容。'])
  })

  it('keeps headings, list nesting and order, table header rows and bold-run subheadings', () => {
    const html = '<h2>Plan</h2><p><strong>Next steps</strong></p><ol><li>Fund it<ul><li>by levy</li></ul></li><li>Build it</li></ol><table><tr><th>Year</th><th>MW</th></tr><tr><td>2026</td><td>40</td></tr></table>'
    const blocks = htmlBlocks(parseHTML(`<html><body>${html}</body></html>`).document.body).blocks
    expect(blocks.map((b) => [b.type, b.text, b.level ?? b.depth ?? null, b.ordered ?? null])).toEqual([
      ['heading', 'Plan', 2, null],
      ['heading', 'Next steps', 3, null],
      ['listItem', 'Fund it', 0, true],
      ['listItem', 'by levy', 1, false],
      ['listItem', 'Build it', 0, true],
      ['table', 'Year\tMW\n2026\t40', null, null],
    ])
    expect(blocks[5]).toMatchObject({ rows: [['Year', 'MW'], ['2026', '40']], header: true })
  })

  it('skips scripts, hidden elements and buttons, and sends figure captions to removed', () => {
    const r = htmlBlocks(parseHTML('<html><body><script>x()</script><p hidden>secret</p><button>Share</button><figure><figcaption>A ship at berth.</figcaption></figure><p>Text.</p></body></html>').document.body)
    expect(r.blocks.map((b) => b.text)).toEqual(['Text.'])
    expect(r.removed).toMatchObject([{ text: 'A ship at berth.', reason: 'caption' }])
  })
})
