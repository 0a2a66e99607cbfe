import { describe, expect, it } from 'vitest'
import { Node } from '@tiptap/pm/model'
import { briefingSchema } from '../../../shared/editor'
import { wordsInBlock, wordsOfSources } from './spell-words'
import type { Source } from '../../../shared/model'

function block(content: object[]) {
  return Node.fromJSON(briefingSchema(), { type: 'paragraph', content })
}

describe('wordsInBlock', () => {
  it('returns checkable words with their document positions', () => {
    const p = block([{ type: 'text', text: "We don't recieve it." }])
    const words = wordsInBlock(p, 10)
    expect(words.map((w) => w.word)).toEqual(['We', "don't", 'recieve', 'it'])
    const w = words[2]!
    expect(w).toEqual({ word: 'recieve', from: 10 + 1 + 9, to: 10 + 1 + 16 })
  })

  it('skips quotations, links, acronyms, mixed case, CJK, single letters and words glued to digits', () => {
    const p = block([
      { type: 'text', text: 'NATO iPhone 深圳 a 3rd COVID19 ' },
      { type: 'text', text: 'recieved', marks: [{ type: 'quoted', attrs: { citeId: 'c' } }] },
      { type: 'text', text: ' wrnog', marks: [{ type: 'link', attrs: { href: 'https://x.org' } }] },
      { type: 'text', text: ' teh' },
    ])
    expect(wordsInBlock(p, 0).map((w) => w.word)).toEqual(['teh'])
  })

  it('normalises typographic apostrophes', () => {
    expect(wordsInBlock(block([{ type: 'text', text: 'minister\u2019s officials\u2019' }]), 0).map((w) => w.word)).toEqual(["minister's", 'officials'])
  })
})

describe('wordsOfSources', () => {
  it("collects the words of the sources' titles, publishers, text and table cells as the checker sees them", () => {
    const source = {
      title: 'Shenzhen opens innovation centres',
      publisher: 'Harbourton Gazette',
      author: null,
      blocks: [
        { id: 'b1', type: 'paragraph', text: 'The Qianhai zone\u2019s plan.' },
        { id: 'b2', type: 'table', text: '', rows: [['Nanshan', '12']] },
      ],
    } as unknown as Source
    const words = wordsOfSources([source])
    for (const w of ['Shenzhen', 'Harbourton', 'Gazette', 'Qianhai', "zone's", 'Nanshan']) expect(words.has(w)).toBe(true)
    expect(words.has('12')).toBe(false)
  })
})
