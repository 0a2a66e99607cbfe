import { Mark, mergeAttributes } from '@tiptap/core'
import { dataAttr } from './data-attr'

export interface QuotedOptions {
  /**
   * HTML attributes added to the rendered `<span data-quoted>`.
   * @default {}
   */
  HTMLAttributes: Record<string, string>
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    quoted: {
      /** Marks the selection as text quoted from the citation `citeId`. */
      setQuoted: (citeId: string) => ReturnType
      /** Removes the quoted mark from the selection. */
      unsetQuoted: () => ReturnType
    }
  }
}

/**
 * Marks text quoted verbatim from a source; `citeId` names the citation whose `quote` it must match
 * (the drift lint compares the two).
 */
export const Quoted = Mark.create<QuotedOptions>({
  name: 'quoted',
  // Typing at the end of a quote is the author's own text, not more of the quotation.
  inclusive: false,

  addOptions() {
    return { HTMLAttributes: {} }
  },

  addAttributes() {
    return { citeId: dataAttr('citeId', '') }
  },

  parseHTML() {
    return [{ tag: 'span[data-quoted]' }]
  },

  renderHTML({ HTMLAttributes }) {
    return ['span', mergeAttributes({ 'data-quoted': '' }, this.options.HTMLAttributes, HTMLAttributes), 0]
  },

  addCommands() {
    return {
      setQuoted:
        (citeId) =>
        ({ commands }) =>
          commands.setMark(this.name, { citeId }),
      unsetQuoted:
        () =>
        ({ commands }) =>
          commands.unsetMark(this.name),
    }
  },
})
