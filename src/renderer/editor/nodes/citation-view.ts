import { Citation } from '../../../shared/editor'
import type { Decoration } from '@tiptap/pm/view'
import type { Node as PmNode } from '@tiptap/pm/model'
import { noteNumberOf } from './note-number'

/**
 * The citation as a superscript footnote number. A plain DOM node view (no React): its number
 * comes from the note-numbers decorations and changes without re-creating the node.
 */
export const CitationView = Citation.extend({
  addNodeView() {
    return ({ node, decorations }) => {
      const dom = document.createElement('sup')
      dom.className = 'note-ref citation-ref'
      dom.setAttribute('role', 'doc-noteref')
      const paint = (n: PmNode, decos: readonly Decoration[]) => {
        const number = noteNumberOf(decos)
        dom.textContent = number === null ? '*' : String(number)
        dom.dataset['sourceId'] = String(n.attrs['sourceId'] ?? '')
        dom.dataset['blockId'] = String(n.attrs['blockId'] ?? '')
        dom.dataset['citeId'] = String(n.attrs['id'] ?? '')
        dom.classList.toggle('is-quote', Boolean(n.attrs['quote']))
        dom.title = `${n.attrs['quote'] ? 'Quotation' : 'Paraphrase'}${n.attrs['locator'] ? `, ${String(n.attrs['locator'])}` : ''}. Click to show the source passage.`
        dom.setAttribute('aria-label', `Citation ${number ?? ''}`.trim())
      }
      paint(node, decorations)
      return {
        dom,
        update: (updated, decos) => {
          if (updated.type !== node.type) return false
          paint(updated, decos)
          return true
        },
        // Atom: ProseMirror handles selection and deletion; the view has nothing to edit.
        ignoreMutation: () => true,
      }
    }
  },
})
