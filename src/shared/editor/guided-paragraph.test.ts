import { afterEach, describe, expect, it } from 'vitest'
import type { Editor } from '@tiptap/core'
import { testEditor } from './test-editor'

describe('GuidedParagraph', () => {
  let editor: Editor | undefined
  afterEach(() => editor?.destroy())

  it('keeps guidance on the section paragraph but not on a paragraph split from it', () => {
    editor = testEditor({ type: 'doc', content: [{ type: 'paragraph', attrs: { guidance: 'Say why.' }, content: [{ type: 'text', text: 'Because' }] }] })
    editor.chain().setTextSelection(8).splitBlock().run()
    expect(editor.getJSON().content?.map((n) => n.attrs)).toEqual([{ guidance: 'Say why.' }, { guidance: null }])
  })
})
