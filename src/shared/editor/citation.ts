import { mergeAttributes, Node } from '@tiptap/core'
import type { CitationAttrs } from '../model/doc'
import { dataAttr } from './data-attr'

export type { CitationAttrs }

export interface CitationOptions {
  /**
   * HTML attributes added to the rendered `<cite>`.
   * @default {}
   * @example { class: 'citation' }
   */
  HTMLAttributes: Record<string, string>
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    citation: {
      /**
       * Inserts a citation (a paraphrase when `quote` is '') at the selection.
       * @example editor.commands.insertCitation({ id: 'c1', sourceId: 's1', blockId: 'b4', quote: '', locator: 'para. 4' })
       */
      insertCitation: (attrs: CitationAttrs) => ReturnType
      /**
       * Inserts the quoted text under a `quoted` mark followed by its citation: "Insert as quote".
       * @example editor.commands.insertQuote({ id: 'c1', sourceId: 's1', blockId: 'b4', quote: 'Output rose 8%.', locator: null })
       */
      insertQuote: (attrs: CitationAttrs) => ReturnType
    }
  }
}

/**
 * An inline, atomic reference to one block of an imported source. Headless: the renderer adds the
 * footnote-number node view with `Citation.extend({ addNodeView })`.
 */
export const Citation = Node.create<CitationOptions>({
  name: 'citation',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addOptions() {
    return { HTMLAttributes: {} }
  },

  addAttributes() {
    return {
      id: dataAttr('id', ''),
      sourceId: dataAttr('sourceId', ''),
      blockId: dataAttr('blockId', ''),
      quote: dataAttr('quote', ''),
      locator: dataAttr('locator', null),
    }
  },

  parseHTML() {
    return [{ tag: 'cite[data-source-id]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['cite', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes)]
  },

  // Citations add no words: plain text, word counts and the lint see only the author's text.
  renderText() {
    return ''
  },

  addCommands() {
    return {
      insertCitation:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { ...attrs } }),
      insertQuote:
        (attrs) =>
        ({ commands }) => {
          const citation = { type: this.name, attrs: { ...attrs } }
          if (attrs.quote === '') return commands.insertContent(citation)
          return commands.insertContent([{ type: 'text', text: attrs.quote, marks: [{ type: 'quoted', attrs: { citeId: attrs.id } }] }, citation])
        },
    }
  },
})
