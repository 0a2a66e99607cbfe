import { session } from '../state/session'
import { notify } from '../state/notices'

/**
 * Shows the passage a citation points at: selects its source in the sources pane and sets
 * `highlightBlockId`, which the pane scrolls to and highlights.
 */
export function showSourcePassage(sourceId: string, blockId: string): void {
  const source = session.get().briefing.sources.find((s) => s.id === sourceId)
  if (!source) {
    notify('error', 'The source of this citation is no longer in the briefing.')
    return
  }
  // Clear first so clicking the same citation again scrolls back to its passage.
  session.set({ highlightBlockId: null })
  session.set({ activeSourceId: sourceId, highlightBlockId: blockId })
}
