// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor, type JSONContent } from '@tiptap/core'
import { briefingExtensions } from '.'

// Copy and paste between editors goes through HTML: every custom attribute must survive it.
describe('HTML round trip (data-* attributes)', () => {
  const editors: Editor[] = []
  afterEach(() => editors.splice(0).forEach((e) => e.destroy()))
  const make = (content: JSONContent | string) => {
    const editor = new Editor({ element: null, extensions: briefingExtensions(), content })
    editors.push(editor)
    return editor
  }

  it('keeps citation, quoted, footnote, decision block, sectionId and guidance', () => {
    const doc: JSONContent = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 1, sectionId: 'bluf' }, content: [{ type: 'text', text: 'BLUF' }] },
        { type: 'paragraph', attrs: { guidance: 'At most four lines.' } },
        {
          type: 'paragraph',
          attrs: { guidance: null },
          content: [
            { type: 'text', text: 'Output rose.', marks: [{ type: 'quoted', attrs: { citeId: 'c1' } }] },
            { type: 'citation', attrs: { id: 'c1', sourceId: 's1', blockId: 'b2', quote: 'Output rose.', locator: 'p. 3' } },
            { type: 'footnote', attrs: { id: 'f1', text: 'Provisional "figures" & <estimates>.' } },
          ],
        },
        { type: 'decisionBlock', attrs: { options: ['Approve', 'Disapprove'], label: null } },
      ],
    }
    const html = make(doc).getHTML()
    expect(html).toContain('<cite data-id="c1" data-source-id="s1" data-block-id="b2" data-quote="Output rose." data-locator="p. 3"></cite>')
    expect(make(html).getJSON()).toEqual(doc)
  })

  it('reads a pasted citation without a locator as locator null', () => {
    const json = make('<p>x<cite data-source-id="s9" data-block-id="b1" data-id="c9" data-quote=""></cite></p>').getJSON()
    expect(json.content?.[0]?.content?.[1]).toEqual({ type: 'citation', attrs: { id: 'c9', sourceId: 's9', blockId: 'b1', quote: '', locator: null } })
  })
})
