import { mergeAttributes, Node } from '@tiptap/core'
import type { FootnoteAttrs } from '../model/doc'
import { dataAttr } from './data-attr'

export type { FootnoteAttrs }

export interface FootnoteOptions {
  /**
   * HTML attributes added to the rendered `<sup>`.
   * @default {}
   */
  HTMLAttributes: Record<string, string>
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    footnote: {
      /**
       * Inserts an author's footnote at the selection.
       * @example editor.commands.insertFootnote({ id: 'f1', text: 'Figures are for 2025.' })
       */
      insertFootnote: (attrs: FootnoteAttrs) => ReturnType
    }
  }
}

/** An inline, atomic footnote the author wrote; numbered together with citations when rendered and exported. */
export const Footnote = Node.create<FootnoteOptions>({
  name: 'footnote',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,

  addOptions() {
    return { HTMLAttributes: {} }
  },

  addAttributes() {
    return {
      id: dataAttr('id', '', 'data-footnote-id'),
      text: dataAttr('text', ''),
    }
  },

  parseHTML() {
    return [{ tag: 'sup[data-footnote-id]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['sup', mergeAttributes(this.options.HTMLAttributes, HTMLAttributes)]
  },

  // The note's text lives at the foot of the page, not in the running text.
  renderText() {
    return ''
  },

  addCommands() {
    return {
      insertFootnote:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { ...attrs } }),
    }
  },
})
