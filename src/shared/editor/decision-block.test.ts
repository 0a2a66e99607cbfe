import { afterEach, describe, expect, it } from 'vitest'
import type { Editor } from '@tiptap/core'
import { paragraphDoc, testEditor } from './test-editor'

describe('DecisionBlock', () => {
  let editor: Editor | undefined
  afterEach(() => editor?.destroy())

  it('insertDecisionBlock adds a block atom after the current paragraph with its options', () => {
    editor = testEditor(paragraphDoc('That you agree to fund the pilot.'))
    editor.chain().setTextSelection(editor.state.doc.content.size - 1).insertDecisionBlock({ options: ['Agreed', 'Not agreed', 'Noted'], label: 'Recommendation 1' }).run()
    const blocks = editor.getJSON().content ?? []
    expect(blocks[0]?.type).toBe('paragraph')
    expect(blocks[1]).toEqual({ type: 'decisionBlock', attrs: { options: ['Agreed', 'Not agreed', 'Noted'], label: 'Recommendation 1' } })
  })
})
