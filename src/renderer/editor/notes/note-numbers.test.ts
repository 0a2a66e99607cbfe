// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor } from '@tiptap/core'
import { briefingExtensions } from '../../../shared/editor'
import { BriefingInteractions } from '../briefing-interactions'
import { CitationView } from '../nodes/citation-view'
import { FootnoteView } from '../nodes/footnote-view'
import { notesOf, notesVersion } from './note-numbers'

let editor: Editor | null = null
afterEach(() => {
  editor?.destroy()
  editor = null
})

const cite = (id: string) => ({ type: 'citation', attrs: { id, sourceId: 's', blockId: 'b', quote: '', locator: null } })
const note = (id: string) => ({ type: 'footnote', attrs: { id, text: `note ${id}` } })

function make(): Editor {
  editor = new Editor({
    element: document.createElement('div'),
    // The renderer's node views, so the numbers shown in the DOM are checked too.
    extensions: [...briefingExtensions().map((x) => (x.name === 'citation' ? CitationView : x.name === 'footnote' ? FootnoteView : x)), BriefingInteractions],
    content: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'One' }, cite('c1'), { type: 'text', text: ' two' }, note('f1')] }, { type: 'paragraph', content: [cite('c2')] }] },
  })
  return editor
}

const numbers = (e: Editor) => notesOf(e.state).map((n) => `${n.n}:${String(n.attrs['id'])}`)

describe('note numbers', () => {
  it('numbers citations and footnotes together in document order, and shows the number on the node', () => {
    const e = make()
    expect(numbers(e)).toEqual(['1:c1', '2:f1', '3:c2'])
    expect(Array.from(e.view.dom.querySelectorAll('.note-ref'), (el) => el.textContent)).toEqual(['1', '2', '3'])
  })

  it('renumbers at once when a note is inserted before others or deleted', () => {
    const e = make()
    e.chain().setTextSelection(1).insertFootnote({ id: 'f0', text: '' }).run()
    expect(numbers(e)).toEqual(['1:f0', '2:c1', '3:f1', '4:c2'])
    const c1 = notesOf(e.state).find((n) => n.attrs['id'] === 'c1')!
    e.commands.deleteRange({ from: c1.pos, to: c1.pos + 1 })
    expect(numbers(e)).toEqual(['1:f0', '2:f1', '3:c2'])
    expect(Array.from(e.view.dom.querySelectorAll('.note-ref'), (el) => el.textContent)).toEqual(['1', '2', '3'])
  })

  it('plain typing keeps the notes version (the footnotes area does not re-render) but moves positions', () => {
    const e = make()
    const version = notesVersion(e.state)
    const before = notesOf(e.state).map((n) => n.pos)
    e.chain().setTextSelection(1).insertContent('Abc ').run()
    expect(notesVersion(e.state)).toBe(version)
    expect(notesOf(e.state).map((n) => n.pos)).toEqual(before.map((p) => p + 4))
    // Editing a footnote's text is a change the notes area must show.
    const f1 = notesOf(e.state).find((n) => n.attrs['id'] === 'f1')!
    e.view.dispatch(e.state.tr.setNodeAttribute(f1.pos, 'text', 'changed'))
    expect(notesVersion(e.state)).toBeGreaterThan(version)
    expect(notesOf(e.state).find((n) => n.attrs['id'] === 'f1')!.attrs['text']).toBe('changed')
  })
})
