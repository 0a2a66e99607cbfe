import { afterEach, describe, expect, it } from 'vitest'
import type { Editor } from '@tiptap/core'
import { paragraphDoc, testEditor } from './test-editor'

describe('Footnote', () => {
  let editor: Editor | undefined
  afterEach(() => editor?.destroy())

  it('insertFootnote adds an inline atom carrying its id and text', () => {
    editor = testEditor(paragraphDoc('Figures are provisional'))
    editor.chain().setTextSelection(editor.state.doc.content.size - 1).insertFootnote({ id: 'f1', text: 'Source: ONS, 2025.' }).run()
    expect(editor.getJSON().content?.[0]?.content?.[1]).toEqual({ type: 'footnote', attrs: { id: 'f1', text: 'Source: ONS, 2025.' } })
    expect(editor.getText()).toBe('Figures are provisional')
  })
})
