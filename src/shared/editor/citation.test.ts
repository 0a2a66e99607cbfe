import { afterEach, describe, expect, it } from 'vitest'
import type { Editor } from '@tiptap/core'
import { paragraphDoc, testEditor } from './test-editor'

const attrs = { id: 'c1', sourceId: 's1', blockId: 'b4', quote: 'Output rose 8%.', locator: 'para. 4' }

describe('Citation', () => {
  let editor: Editor | undefined
  afterEach(() => editor?.destroy())

  it('insertCitation puts an atomic citation with all its attributes at the cursor', () => {
    editor = testEditor(paragraphDoc('Growth was strong.'))
    editor.chain().setTextSelection(editor.state.doc.content.size - 1).insertCitation(attrs).run()
    expect(editor.getJSON()).toEqual({
      type: 'doc',
      content: [{ type: 'paragraph', attrs: { guidance: null }, content: [{ type: 'text', text: 'Growth was strong.' }, { type: 'citation', attrs }] }],
    })
    // An atom: the citation is one position wide and contributes no text.
    expect(editor.state.doc.textContent).toBe('Growth was strong.')
  })

  it('insertQuote inserts the quote under a quoted mark pointing at the citation, then the citation', () => {
    editor = testEditor(paragraphDoc('He said '))
    editor.chain().setTextSelection(editor.state.doc.content.size - 1).insertQuote(attrs).run()
    const para = editor.getJSON().content?.[0]
    expect(para?.content).toEqual([
      { type: 'text', text: 'He said ' },
      { type: 'text', text: 'Output rose 8%.', marks: [{ type: 'quoted', attrs: { citeId: 'c1' } }] },
      { type: 'citation', attrs },
    ])
  })

  it('insertQuote with an empty quote inserts a paraphrase citation only', () => {
    editor = testEditor(paragraphDoc('Output rose'))
    editor.chain().setTextSelection(editor.state.doc.content.size - 1).insertQuote({ ...attrs, quote: '' }).run()
    expect(editor.getJSON().content?.[0]?.content?.map((n) => n.type)).toEqual(['text', 'citation'])
  })
})
