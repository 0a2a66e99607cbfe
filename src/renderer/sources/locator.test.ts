import { describe, expect, it } from 'vitest'
import type { SourceBlock } from '../../shared/model/source'
import { locatorFor } from './locator'

const blocks: SourceBlock[] = [
  { id: 'h1', type: 'heading', text: 'a world-class cluster' },
  { id: 'p1', type: 'paragraph', text: 'One.' },
  { id: 'p2', type: 'paragraph', text: 'Two.' },
  { id: 'h2', type: 'heading', text: 'next steps' },
  { id: 't1', type: 'table', text: 'a b', rows: [['a', 'b']] },
  { id: 'q1', type: 'quote', text: 'Said.' },
  { id: 'l1', type: 'listItem', text: 'Item.' },
]

// Citations carry this locator into footnotes, so it must count the way a reader of the article would.
describe('locatorFor', () => {
  it('numbers paragraphs, quotes and list items together, skipping headings and tables', () => {
    expect(locatorFor(blocks, 'p1')).toBe('para. 1')
    expect(locatorFor(blocks, 'p2')).toBe('para. 2')
    expect(locatorFor(blocks, 'q1')).toBe('para. 3')
    expect(locatorFor(blocks, 'l1')).toBe('para. 4')
  })
  it('numbers tables on their own and names a heading by its text', () => {
    expect(locatorFor(blocks, 't1')).toBe('table 1')
    expect(locatorFor(blocks, 'h2')).toBe('section “next steps”')
  })
  it('is null for an unknown block', () => {
    expect(locatorFor(blocks, 'nope')).toBeNull()
  })
})
