import { mergeAttributes, Node } from '@tiptap/core'
import { dataAttr, dataListAttr } from './data-attr'

/** Attributes of the `decisionBlock` node. */
export interface DecisionBlockAttrs {
  /** The choices the reader marks, e.g. ['Agreed', 'Not agreed', 'Noted']. */
  options: string[]
  /** Optional caption, e.g. "Recommendation 2"; null when none. */
  label: string | null
}

export interface DecisionBlockOptions {
  /**
   * HTML attributes added to the rendered `<div data-type="decision-block">`.
   * @default {}
   */
  HTMLAttributes: Record<string, string>
}

declare module '@tiptap/core' {
  interface Commands<ReturnType> {
    decisionBlock: {
      /**
       * Inserts a decision block after the current block.
       * @example editor.commands.insertDecisionBlock({ options: ['Approve', 'Disapprove'], label: null })
       */
      insertDecisionBlock: (attrs: DecisionBlockAttrs) => ReturnType
    }
  }
}

/** A block the reader marks to record a decision (Agreed / Not agreed / Noted, Approve / Disapprove). */
export const DecisionBlock = Node.create<DecisionBlockOptions>({
  name: 'decisionBlock',
  group: 'block',
  atom: true,
  selectable: true,
  draggable: true,

  addOptions() {
    return { HTMLAttributes: {} }
  },

  addAttributes() {
    return {
      options: dataListAttr('options'),
      label: dataAttr('label', null),
    }
  },

  parseHTML() {
    return [{ tag: 'div[data-type="decision-block"]' }]
  },

  // The options are also written out as text so pasted HTML and screen readers show the choices.
  renderHTML({ node, HTMLAttributes }) {
    const options = (node.attrs.options as string[]).map((option) => ['span', { 'data-option': '' }, option])
    return ['div', mergeAttributes({ 'data-type': 'decision-block' }, this.options.HTMLAttributes, HTMLAttributes), ...options]
  },

  renderText({ node }) {
    return (node.attrs.options as string[]).join(' / ')
  },

  addCommands() {
    return {
      insertDecisionBlock:
        (attrs) =>
        ({ commands }) =>
          commands.insertContent({ type: this.name, attrs: { options: [...attrs.options], label: attrs.label } }),
    }
  },
})
