import { describe, expect, it } from 'vitest'
import { Node } from '@tiptap/pm/model'
import { briefingSchema } from '../../../shared/editor'
import { findMatches } from './find-matches'

const doc = Node.fromJSON(briefingSchema(), {
  type: 'doc',
  content: [
    { type: 'paragraph', content: [{ type: 'text', text: 'The port ' }, { type: 'text', text: 'Port', marks: [{ type: 'bold' }] }, { type: 'text', text: 'land levy' }] },
    { type: 'paragraph', content: [{ type: 'text', text: 'por' }, { type: 'citation', attrs: { id: 'c', sourceId: 's', blockId: 'b', quote: '', locator: null } }, { type: 'text', text: 't and PORT' }] },
  ],
})

describe('findMatches', () => {
  it('finds matches across mark boundaries, case-insensitively by default', () => {
    const found = findMatches(doc, 'portland', false)
    expect(found).toHaveLength(1)
    expect(doc.textBetween(found[0]!.from, found[0]!.to)).toBe('Portland')
  })

  it('never matches across an inline node or a paragraph break, and respects case when asked', () => {
    expect(findMatches(doc, 'port', false).map((m) => doc.textBetween(m.from, m.to))).toEqual(['port', 'Port', 'PORT'])
    expect(findMatches(doc, 'PORT', true)).toHaveLength(1)
    expect(findMatches(doc, 'levypor', false)).toEqual([])
  })

  it('treats the query literally, not as a pattern', () => {
    expect(findMatches(doc, 'p.rt', false)).toEqual([])
    expect(findMatches(doc, '', false)).toEqual([])
  })
})
