import { describe, expect, it } from 'vitest'
import type { DocNode } from '../../shared/model/doc'
import { citedSourceWarning, countCitations } from './citation-count'

// Removing a source asks first and warns when citations would break: the count must see nested citations.
describe('countCitations', () => {
  it('counts citations of one source anywhere in the document', () => {
    const cite = (sourceId: string): DocNode => ({ type: 'citation', attrs: { id: 'c', sourceId, blockId: 'b', quote: '', locator: null } })
    const doc: DocNode = {
      type: 'doc',
      content: [
        { type: 'paragraph', content: [{ type: 'text', text: 'x' }, cite('s1'), cite('s2')] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [cite('s1')] }] }] },
      ],
    }
    expect(countCitations(doc, 's1')).toBe(2)
    expect(countCitations(doc, 's2')).toBe(1)
    expect(countCitations(doc, 's3')).toBe(0)
  })
})

describe('citedSourceWarning', () => {
  it('agrees in number with one citation and with several', () => {
    expect(citedSourceWarning(1, 'Port pilot')).toBe('One citation in the briefing points at “Port pilot”. Removing the source will break it (the checks will list broken citations).')
    expect(citedSourceWarning(3, 'Port pilot')).toMatch(/^3 citations in the briefing point at “Port pilot”\. .* break them /)
  })
})
