import type { NodeViewRenderer } from '@tiptap/core'
import type { Decoration } from '@tiptap/pm/view'
import type { Node as PmNode } from '@tiptap/pm/model'
import { noteNumberOf } from './note-number'

/**
 * A node view for an inline note reference (citation or footnote): a plain-DOM superscript whose
 * number comes from the note-numbers decorations, repainted in place when the number or attributes
 * change. `describe` sets what differs per kind (data attributes, title, label).
 */
export function noteRefView(className: string, describe: (dom: HTMLElement, node: PmNode, number: number | null) => void): NodeViewRenderer {
  return ({ node, decorations }) => {
    const dom = document.createElement('sup')
    dom.className = `note-ref ${className}`
    dom.setAttribute('role', 'doc-noteref')
    const paint = (n: PmNode, decos: readonly Decoration[]) => {
      const number = noteNumberOf(decos)
      dom.textContent = number === null ? '*' : String(number)
      describe(dom, n, number)
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
}
