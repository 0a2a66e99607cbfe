import { Citation } from '../../../shared/editor'
import { noteRefView } from './note-ref-view'

/**
 * The citation as a superscript footnote number. A plain DOM node view (no React): its number
 * comes from the note-numbers decorations and changes without re-creating the node.
 */
export const CitationView = Citation.extend({
  addNodeView() {
    return noteRefView('citation-ref', (dom, n, number) => {
      dom.dataset['sourceId'] = String(n.attrs['sourceId'] ?? '')
      dom.dataset['blockId'] = String(n.attrs['blockId'] ?? '')
      dom.dataset['citeId'] = String(n.attrs['id'] ?? '')
      dom.classList.toggle('is-quote', Boolean(n.attrs['quote']))
      dom.title = `${n.attrs['quote'] ? 'Quotation' : 'Paraphrase'}${n.attrs['locator'] ? `, ${String(n.attrs['locator'])}` : ''}. Click to show the source passage.`
      dom.setAttribute('aria-label', `Citation ${number ?? ''}`.trim())
    })
  },
})
