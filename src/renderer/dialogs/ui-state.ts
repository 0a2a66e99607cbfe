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

/** The spelling language the user last chose in the status bar or palette (en-GB until they choose). */
export function preferredSpellLanguage(): UiState['spellLanguage'] {
  try {
    const v = localStorage.getItem('briefwright.spellLanguage')
    return v === 'en-US' || v === 'en-GB' ? v : 'en-GB'
  } catch {
    return 'en-GB'
  }
}

export const ui = createStore<UiState>({
  dialog: null,
  find: 'closed',
  findSeed: null,
  focusFootnoteId: null,
  zoom: 1,
  headerOpen: true,
  spellLanguage: preferredSpellLanguage(),
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

/**
 * Sets the spelling language for the document just opened: its template's English variety when it
 * names one (a US action memo checks American spelling), else the user's preferred language. Not
 * remembered: the user's own choice stays the default.
 */
export function applyDocumentSpellLanguage(lang: UiState['spellLanguage'] | null): void {
  ui.set({ spellLanguage: lang ?? preferredSpellLanguage() })
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
