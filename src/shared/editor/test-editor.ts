import { Editor, type JSONContent } from '@tiptap/core'
import { briefingExtensions } from '.'

/**
 * A real headless editor over the full briefing extension list, for tests. ProseMirror runs without
 * a DOM as long as content is JSON (HTML parsing needs one: those tests use jsdom).
 */
export function testEditor(content: JSONContent): Editor {
  return new Editor({ element: null, extensions: briefingExtensions(), content })
}

/** A doc holding one paragraph of text. */
export function paragraphDoc(text: string): JSONContent {
  return { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] }
}
