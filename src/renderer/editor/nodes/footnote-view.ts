import { Footnote } from '../../../shared/editor'
import { noteRefView } from './note-ref-view'

/** The author's footnote as a superscript number; its text is edited in the footnotes area. */
export const FootnoteView = Footnote.extend({
  addNodeView() {
    return noteRefView('footnote-ref', (dom, n, number) => {
      dom.dataset['footnoteId'] = String(n.attrs['id'] ?? '')
      const text = String(n.attrs['text'] ?? '')
      dom.title = text || 'Empty footnote: write it in the footnotes below the page.'
      dom.setAttribute('aria-label', `Footnote ${number ?? ''}`.trim())
    })
  },
})
