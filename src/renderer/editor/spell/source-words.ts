import { getEditor, session } from '../../state/session'
import { spellClient } from './spell-client'
import { recheckSpelling } from './spell-plugin'
import { wordsOfSources } from './spell-words'

/**
 * Keeps the spell checker's accepted source words in step with the briefing's sources, and checks
 * the visible text again when they change (an import can clear underlines on its names).
 * Returns a disposer.
 */
export function connectSourceWords(): () => void {
  let shown: unknown = null
  const sync = () => {
    const { sources } = session.get().briefing
    if (sources === shown) return
    shown = sources
    spellClient.setSourceWords(wordsOfSources(sources))
    const editor = getEditor()
    if (editor && !editor.isDestroyed) recheckSpelling(editor)
  }
  sync()
  return session.subscribe(sync)
}
