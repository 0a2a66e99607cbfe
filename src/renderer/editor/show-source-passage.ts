import { session } from '../state/session'
import { notify } from '../state/notices'

/**
 * Shows the passage a citation points at: selects its source in the sources pane and asks the pane
 * to scroll to and highlight the block (`highlightBlockId`). Also scrolls the block into view
 * itself once the pane has rendered, so this works whatever the pane does with the field.
 */
export function showSourcePassage(sourceId: string, blockId: string): void {
  const source = session.get().briefing.sources.find((s) => s.id === sourceId)
  if (!source) {
    notify('error', 'The source of this citation is no longer in the briefing.')
    return
  }
  session.set({ activeSourceId: sourceId, highlightBlockId: blockId })
  requestAnimationFrame(() =>
    requestAnimationFrame(() => {
      const el = document.querySelector<HTMLElement>(`.sources-pane [data-block-id="${CSS.escape(blockId)}"]`)
      if (!el) return
      el.scrollIntoView({ block: 'center' })
      document.querySelectorAll('.sources-pane .is-cited-passage').forEach((x) => x.classList.remove('is-cited-passage'))
      el.classList.add('is-cited-passage')
    }),
  )
}
