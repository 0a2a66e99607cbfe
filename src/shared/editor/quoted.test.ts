import { afterEach, describe, expect, it } from 'vitest'
import type { Editor } from '@tiptap/core'
import { paragraphDoc, testEditor } from './test-editor'

describe('Quoted', () => {
  let editor: Editor | undefined
  afterEach(() => editor?.destroy())

  it('setQuoted marks the selection with the citation id and unsetQuoted removes it', () => {
    editor = testEditor(paragraphDoc('He said output rose.'))
    editor.chain().setTextSelection({ from: 9, to: 21 }).setQuoted('c7').run()
    expect(editor.getJSON().content?.[0]?.content).toEqual([
      { type: 'text', text: 'He said ' },
      { type: 'text', text: 'output rose.', marks: [{ type: 'quoted', attrs: { citeId: 'c7' } }] },
    ])
    editor.chain().setTextSelection({ from: 9, to: 21 }).unsetQuoted().run()
    expect(editor.getJSON().content?.[0]?.content).toEqual([{ type: 'text', text: 'He said output rose.' }])
  })

  it('is not inclusive: text typed right after a quote is not part of it', () => {
    editor = testEditor({
      type: 'doc',
      content: [{ type: 'paragraph', content: [{ type: 'text', text: 'quote', marks: [{ type: 'quoted', attrs: { citeId: 'c1' } }] }] }],
    })
    // tr.insertText takes the marks at the cursor, as typing does.
    editor.chain().setTextSelection(6).command(({ tr }) => (tr.insertText(' mine'), true)).run()
    expect(editor.getJSON().content?.[0]?.content?.[1]).toEqual({ type: 'text', text: ' mine' })
  })
})
