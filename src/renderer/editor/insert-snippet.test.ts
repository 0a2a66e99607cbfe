// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest'
import { Editor, type JSONContent } from '@tiptap/core'
import { briefingExtensions } from '../../shared/editor'
import { insertSnippet, parseSnippet } from './insert-snippet'

let editor: Editor | null = null
afterEach(() => {
  editor?.destroy()
  editor = null
})

function make(content: JSONContent, cursorAt: number): Editor {
  editor = new Editor({ element: document.createElement('div'), extensions: briefingExtensions(), content })
  editor.commands.setTextSelection(cursorAt)
  return editor
}

/** The editor's document as plain JSON content. */
const json = (e: Editor): JSONContent => e.getJSON() as JSONContent
const doc = (...content: JSONContent[]): JSONContent => ({ type: 'doc', content })
const p = (text?: string): JSONContent => (text ? { type: 'paragraph', attrs: { guidance: null }, content: [{ type: 'text', text }] } : { type: 'paragraph', attrs: { guidance: null } })
const snippet = { sourceId: 's1', blockId: 'b3', text: '  Output rose\n 8%. ', locator: 'para. 3' }

describe('insertSnippet', () => {
  it('quotes inline, between curly quotation marks, when the paragraph already has text', () => {
    const e = make(doc(p('Growth: ')), 9)
    const id = insertSnippet(e, { ...snippet, mode: 'quote' })
    const para = json(e).content![0]!
    expect(para.type).toBe('paragraph')
    expect(para.content!.map((n) => n.text ?? n.type)).toEqual(['Growth: \u201c', 'Output rose 8%.', '\u201d', 'citation'])
    // The quoted mark covers exactly the source words (whitespace normalised), and points at the citation.
    expect(para.content![1]!.marks).toEqual([{ type: 'quoted', attrs: { citeId: id } }])
    expect(para.content![3]!.attrs).toEqual({ id, sourceId: 's1', blockId: 'b3', quote: 'Output rose 8%.', locator: 'para. 3' })
  })

  it('makes a block quotation in place of an empty paragraph', () => {
    const e = make(doc(p('Before'), p()), 9)
    const id = insertSnippet(e, { ...snippet, mode: 'quote' })
    const [first, second] = json(e).content!
    expect(first).toMatchObject({ type: 'paragraph', content: [{ text: 'Before' }] })
    expect(second!.type).toBe('blockquote')
    const inner = second!.content![0]!.content!
    expect(inner[0]).toMatchObject({ text: 'Output rose 8%.', marks: [{ type: 'quoted', attrs: { citeId: id } }] })
    expect(inner[1]).toMatchObject({ type: 'citation', attrs: { id, quote: 'Output rose 8%.' } })
    // The cursor ends after the citation, ready to carry on writing.
    expect(e.state.selection.$from.nodeBefore?.type.name).toBe('citation')
  })

  it('adds only a citation, with an empty quote, for a paraphrase, keeping a selected phrase', () => {
    const e = make(doc(p('Output rose fast.')), 1)
    e.commands.setTextSelection({ from: 1, to: 12 })
    const id = insertSnippet(e, { ...snippet, mode: 'paraphrase' })
    const para = json(e).content![0]!
    expect(para.content!.map((n) => n.text ?? n.type)).toEqual(['Output rose', 'citation', ' fast.'])
    expect(para.content![1]!.attrs).toMatchObject({ id, quote: '', blockId: 'b3' })
  })

  it('refuses a snippet without a source', () => {
    const e = make(doc(p('x')), 2)
    expect(insertSnippet(e, { ...snippet, sourceId: '', mode: 'quote' })).toBeNull()
    expect(e.getText()).toBe('x')
    expect(json(e).content).toHaveLength(1)
  })
})

describe('parseSnippet', () => {
  it('reads the sources pane drag payload and rejects malformed ones', () => {
    expect(parseSnippet(JSON.stringify({ sourceId: 's', blockId: 'b', text: 't', mode: 'quote', locator: null }))).toEqual({ sourceId: 's', blockId: 'b', text: 't', mode: 'quote', locator: null })
    expect(parseSnippet(JSON.stringify({ sourceId: 's', blockId: 'b', text: 't', mode: 'paraphrase' }))?.locator).toBeNull()
    expect(parseSnippet(JSON.stringify({ sourceId: 's', blockId: 'b', text: 't', mode: 'copy' }))).toBeNull()
    expect(parseSnippet(JSON.stringify({ sourceId: 1, blockId: 'b', text: 't', mode: 'quote' }))).toBeNull()
    expect(parseSnippet('not json')).toBeNull()
  })
})
