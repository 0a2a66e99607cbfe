import { describe, expect, it } from 'vitest'
import { Node as PMNode } from '@tiptap/pm/model'
import { briefingSchema } from '.'

const citation = { id: 'c1', sourceId: 's1', blockId: 'b1', quote: 'Output rose.', locator: null }

/** A body that uses every node and mark of the vocabulary in src/shared/model/doc.ts. */
const everyNode = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 1, sectionId: 'issue' }, content: [{ type: 'text', text: 'Issue' }] },
    { type: 'paragraph', attrs: { guidance: 'Say what the decision is.' } },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'b', marks: [{ type: 'bold' }] },
        { type: 'text', text: 'i', marks: [{ type: 'italic' }] },
        { type: 'text', text: 'u', marks: [{ type: 'underline' }] },
        { type: 'text', text: 's', marks: [{ type: 'strike' }] },
        { type: 'text', text: 'c', marks: [{ type: 'code' }] },
        { type: 'text', text: 'l', marks: [{ type: 'link', attrs: { href: 'https://example.org' } }] },
        { type: 'hardBreak' },
        { type: 'text', text: 'Output rose.', marks: [{ type: 'quoted', attrs: { citeId: 'c1' } }] },
        { type: 'citation', attrs: citation },
        { type: 'footnote', attrs: { id: 'f1', text: 'A note.' } },
      ],
    },
    { type: 'heading', attrs: { level: 3 }, content: [{ type: 'text', text: 'Sub' }] },
    { type: 'blockquote', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'q' }] }] },
    { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] }] },
    {
      type: 'orderedList',
      attrs: { start: 1 },
      content: [
        {
          type: 'listItem',
          content: [
            { type: 'paragraph', content: [{ type: 'text', text: 'That you agree.' }] },
            { type: 'decisionBlock', attrs: { options: ['Agreed', 'Not agreed', 'Noted'], label: null } },
          ],
        },
      ],
    },
    {
      type: 'table',
      content: [
        { type: 'tableRow', content: [{ type: 'tableHeader', attrs: { colspan: 1, rowspan: 1, colwidth: [120] }, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'H' }] }] }] },
        { type: 'tableRow', content: [{ type: 'tableCell', attrs: { colspan: 1, rowspan: 1, colwidth: null }, content: [{ type: 'paragraph' }] }] },
      ],
    },
    { type: 'horizontalRule' },
    { type: 'decisionBlock', attrs: { options: ['Approve', 'Disapprove'], label: 'Recommendation' } },
  ],
}

describe('briefingSchema', () => {
  it('accepts a document using every node and mark of the vocabulary', () => {
    const doc = PMNode.fromJSON(briefingSchema(), everyNode)
    expect(() => doc.check()).not.toThrow()
    // Round trip: nothing is dropped or renamed on the way through the schema (defaults are added).
    const back = doc.toJSON() as typeof everyNode
    expect(back.content.map((n) => n.type)).toEqual(everyNode.content.map((n) => n.type))
    expect(back.content[2]).toMatchObject(everyNode.content[2]!)
    expect(back.content[0]).toEqual(everyNode.content[0])
    expect(back.content[6]).toMatchObject(everyNode.content[6]!)
    expect(back.content[9]).toEqual(everyNode.content[9])
  })

  it('defines exactly the vocabulary names (no code blocks, headings 1-3)', () => {
    const schema = briefingSchema()
    expect(Object.keys(schema.nodes).sort()).toEqual(
      ['blockquote', 'bulletList', 'citation', 'decisionBlock', 'doc', 'footnote', 'hardBreak', 'heading', 'horizontalRule', 'listItem', 'orderedList', 'paragraph', 'table', 'tableCell', 'tableHeader', 'tableRow', 'text'].sort(),
    )
    expect(Object.keys(schema.marks).sort()).toEqual(['bold', 'code', 'italic', 'link', 'quoted', 'strike', 'underline'].sort())
  })

  it('rejects content outside the vocabulary', () => {
    expect(() => PMNode.fromJSON(briefingSchema(), { type: 'doc', content: [{ type: 'codeBlock' }] })).toThrow()
    const inlineInDoc = PMNode.fromJSON(briefingSchema(), { type: 'doc', content: [{ type: 'citation', attrs: citation }] })
    expect(() => inlineInDoc.check()).toThrow()
  })
})
