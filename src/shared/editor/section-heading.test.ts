// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { testEditor } from './test-editor'
import { briefingExtensions, briefingSchema } from '.'

describe('SectionHeading', () => {
  let editor: Editor | undefined
  afterEach(() => editor?.destroy())

  it('keeps sectionId on the heading and drops it from a heading split off it', () => {
    // Plugins only run in a mounted editor, hence jsdom and an element here.
    editor = new Editor({
      element: document.createElement('div'),
      extensions: briefingExtensions(),
      content: { type: 'doc', content: [{ type: 'heading', attrs: { level: 1, sectionId: 'issue' }, content: [{ type: 'text', text: 'IssueMore' }] }] },
    })
    // Split mid-heading: both halves stay headings, only the first keeps its section.
    editor.chain().setTextSelection(6).splitBlock().run()
    const headings = editor.getJSON().content?.filter((n) => n.type === 'heading')
    expect(headings?.map((n) => n.attrs)).toEqual([{ level: 1, sectionId: 'issue' }, { level: 1, sectionId: null }])
  })

  it('offers heading levels 1 to 3 only', () => {
    editor = testEditor({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x' }] }] })
    expect(editor.can().setHeading({ level: 3 })).toBe(true)
    expect(editor.can().setHeading({ level: 4 })).toBe(false)
    expect(briefingSchema().nodes.heading?.spec.attrs).toHaveProperty('sectionId')
  })
})
