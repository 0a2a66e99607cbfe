import { describe, expect, it } from 'vitest'
import type { SourceBlock } from '../../shared/model/source'
import { listMarkers } from './list-markers'

let n = 0
const item = (ordered: boolean, depth = 0): SourceBlock => ({ id: `b${++n}`, type: 'listItem', text: 'x', ordered, depth })
const para = (): SourceBlock => ({ id: `b${++n}`, type: 'paragraph', text: 'x' })

describe('listMarkers', () => {
  it('numbers ordered items and bullets the rest', () => {
    const blocks = [item(true), item(true), item(true), para(), item(false), item(false)]
    expect([...listMarkers(blocks).values()]).toEqual(['1.', '2.', '3.', '•', '•'])
  })

  it('restarts numbering after a paragraph, and counts nested levels on their own', () => {
    const blocks = [item(true), item(true, 1), item(true, 1), item(true), para(), item(true)]
    expect(blocks.map((b) => listMarkers(blocks).get(b.id) ?? '-')).toEqual(['1.', '1.', '2.', '2.', '-', '1.'])
  })

  it('starts a new sub-list at 1 after the parent level moves on', () => {
    const blocks = [item(true), item(true, 1), item(true), item(true, 1)]
    expect(blocks.map((b) => listMarkers(blocks).get(b.id))).toEqual(['1.', '1.', '2.', '1.'])
  })
})
