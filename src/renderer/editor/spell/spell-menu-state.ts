import { createStore } from '../../state/store'

/** The word the spelling menu is open for, and where to show it. */
export interface SpellMenuTarget {
  from: number
  to: number
  word: string
  x: number
  y: number
}

/** Open spelling menu (null when closed). */
export const spellMenu = createStore<{ target: SpellMenuTarget | null }>({ target: null })
