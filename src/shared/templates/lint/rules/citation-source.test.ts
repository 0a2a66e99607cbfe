import { describe, expect, it } from 'vitest'
import { citationSource } from './citation-source'
import { briefingOf, cite, contextOf, ol, p, source } from '../test-briefing'

describe('citation-source', () => {
  it('flags citations to a removed source or a missing block, wherever they sit', () => {
    const b = briefingOf(
      'general',
      [p('a', cite({ id: 'c1', sourceId: 's1', blockId: 'b1' })), ol([p('b', cite({ id: 'c2', sourceId: 's1', blockId: 'b9' }))]), p(cite({ id: 'c3', sourceId: 'gone' }))],
      { sources: [source('s1', { b1: 'text' }, 'Port report')] },
    )
    expect(citationSource.check(contextOf(b))).toEqual([
      { rule: 'citation-source', severity: 'error', message: 'A citation points to a passage that is no longer in "Port report".', target: { kind: 'node', path: [1, 0, 0, 1] } },
      { rule: 'citation-source', severity: 'error', message: 'A citation points to a source that is no longer in the briefing.', target: { kind: 'node', path: [2, 0] } },
    ])
  })
})
