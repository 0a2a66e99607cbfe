import { DecisionBlock } from '../../../shared/editor'
import type { Node as PmNode } from '@tiptap/pm/model'

function paint(dom: HTMLElement, node: PmNode): void {
  dom.replaceChildren()
  const label = node.attrs['label'] as string | null
  const caption = document.createElement('div')
  caption.className = 'decision-caption'
  caption.textContent = label ? `Decision: ${label}` : 'Decision'
  dom.append(caption)
  const options = document.createElement('div')
  options.className = 'decision-options'
  for (const option of node.attrs['options'] as string[]) {
    const line = document.createElement('span')
    line.className = 'decision-option'
    line.textContent = option
    options.append(line)
  }
  dom.append(options)
}

/** The decision block as a visual block: the options as lines the reader marks. Not editable text. */
export const DecisionBlockView = DecisionBlock.extend({
  addNodeView() {
    return ({ node }) => {
      const dom = document.createElement('div')
      dom.className = 'decision-block'
      dom.dataset['type'] = 'decision-block'
      dom.setAttribute('role', 'group')
      dom.setAttribute('aria-label', `Decision block: ${(node.attrs['options'] as string[]).join(', ')}`)
      dom.contentEditable = 'false'
      paint(dom, node)
      return {
        dom,
        update: (updated) => {
          if (updated.type !== node.type) return false
          paint(dom, updated)
          return true
        },
        ignoreMutation: () => true,
      }
    }
  },
})
