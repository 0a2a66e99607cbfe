import { createStore } from '../state/store'

/** Which modal is open (one at a time). */
export type DialogId = 'newBriefing' | 'shortcuts' | 'link' | 'palette' | null

/** State of the editor's panels and dialogs; kept out of the session so it never marks the file dirty. */
export interface UiState {
  dialog: DialogId
  /** The find bar: closed, find only, or find and replace. */
  find: 'closed' | 'find' | 'replace'
  /** Text selected when find was last opened (a fresh object each time, so the bar sees each opening). */
  findSeed: { text: string } | null
  /** A footnote whose text input should take focus (set right after inserting one). */
  focusFootnoteId: string | null
  /** Editor zoom factor (CSS var --zoom). */
  zoom: number
  /** Whether the header-fields form above the page is expanded. */
  headerOpen: boolean
  /** Spell-check language. */
  spellLanguage: 'en-GB' | 'en-US'
  spellEnabled: boolean
  /** Panes the user hid (View → Sources Pane / Outline and Checks). */
  sourcesHidden: boolean
  outlineHidden: boolean
}

const storedLanguage = (() => {
  try {
    const v = localStorage.getItem('briefwright.spellLanguage')
    return v === 'en-US' || v === 'en-GB' ? v : null
  } catch {
    return null
  }
})()

export const ui = createStore<UiState>({
  dialog: null,
  find: 'closed',
  findSeed: null,
  focusFootnoteId: null,
  zoom: 1,
  headerOpen: true,
  spellLanguage: storedLanguage ?? 'en-GB',
  spellEnabled: true,
  sourcesHidden: false,
  outlineHidden: false,
})

/** Opens a dialog (closing any other). */
export function openDialog(dialog: DialogId): void {
  ui.set({ dialog })
}

/** Closes the open dialog and gives the editor its focus back when asked. */
export function closeDialog(): void {
  ui.set({ dialog: null })
}

/** Chooses the spell-check language and remembers it for next time. */
export function setSpellLanguage(lang: UiState['spellLanguage']): void {
  ui.set({ spellLanguage: lang })
  try {
    localStorage.setItem('briefwright.spellLanguage', lang)
  } catch {
    // Storage unavailable (private mode): the choice lasts for this session only.
  }
}
