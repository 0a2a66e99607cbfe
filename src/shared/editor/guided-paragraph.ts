import { Paragraph } from '@tiptap/extension-paragraph'
import { dataAttr } from './data-attr'

/**
 * StarterKit's paragraph plus `guidance`: the template's hint, shown as placeholder text while the
 * paragraph is empty and never exported.
 */
export const GuidedParagraph = Paragraph.extend({
  addAttributes() {
    return {
      ...this.parent?.(),
      // Only the section's first paragraph carries the hint; new paragraphs start without it.
      guidance: { ...dataAttr('guidance', null), keepOnSplit: false },
    }
  },
})
