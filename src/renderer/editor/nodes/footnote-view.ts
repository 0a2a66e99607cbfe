import { Footnote } from '../../../shared/editor'
import type { Decoration } from '@tiptap/pm/view'
import type { Node as PmNode } from '@tiptap/pm/model'
import { noteNumberOf } from './note-number'

/** The author's footnote as a superscript number; its text is edited in the footnotes area. */
export const FootnoteView = Footnote.extend({
  addNodeView() {
    return ({ node, decorations }) => {
      const dom = document.createElement('sup')
      dom.className = 'note-ref footnote-ref'
      dom.setAttribute('role', 'doc-noteref')
      const paint = (n: PmNode, decos: readonly Decoration[]) => {
        const number = noteNumberOf(decos)
        dom.textContent = number === null ? '*' : String(number)
        dom.dataset['footnoteId'] = String(n.attrs['id'] ?? '')
        const text = String(n.attrs['text'] ?? '')
        dom.title = text || 'Empty footnote: write it in the footnotes below the page.'
        dom.setAttribute('aria-label', `Footnote ${number ?? ''}`.trim())
      }
      paint(node, decorations)
      return {
        dom,
        update: (updated, decos) => {
          if (updated.type !== node.type) return false
          paint(updated, decos)
          return true
        },
        ignoreMutation: () => true,
      }
    }
  },
})
