import { Heading } from '@tiptap/extension-heading'
import { Plugin, PluginKey } from '@tiptap/pm/state'
import { dataAttr } from './data-attr'

/** Key of the plugin that keeps each `sectionId` on one heading only. */
export const sectionIdGuardKey = new PluginKey('sectionIdGuard')

/**
 * StarterKit's heading plus `sectionId`, which ties a level-1 heading to its template section so
 * lint and export find sections even after the author renames them. Levels 1-3 only.
 */
export const SectionHeading = Heading.extend({
  addOptions() {
    return { ...this.parent!(), levels: [1, 2, 3] }
  },

  addAttributes() {
    return {
      ...this.parent?.(),
      // A heading split with Enter at its end starts a new, untied heading.
      sectionId: { ...dataAttr('sectionId', null), keepOnSplit: false },
    }
  },

  addProseMirrorPlugins() {
    return [
      ...(this.parent?.() ?? []),
      // Splitting a heading mid-text (or pasting a copy of one) duplicates its attrs; a section
      // must map to one heading, so later duplicates lose the id. Sections are top-level, so only
      // the doc's direct children are scanned.
      new Plugin({
        key: sectionIdGuardKey,
        appendTransaction: (transactions, _old, state) => {
          if (!transactions.some((tr) => tr.docChanged)) return null
          const seen = new Set<string>()
          let tr = null
          state.doc.forEach((node, offset) => {
            const id: unknown = node.type.name === this.name ? node.attrs.sectionId : null
            if (typeof id !== 'string') return
            if (!seen.has(id)) return void seen.add(id)
            tr ??= state.tr
            tr.setNodeAttribute(offset, 'sectionId', null)
          })
          return tr
        },
      }),
    ]
  },
})
