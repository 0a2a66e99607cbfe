/** Spell-check languages with a bundled dictionary. */
export type SpellLanguage = 'en-GB' | 'en-US'

/** Messages to the spell worker. */
export type SpellRequest =
  | { type: 'check'; id: number; lang: SpellLanguage; words: string[] }
  | { type: 'suggest'; id: number; lang: SpellLanguage; word: string }

/** Answers from the spell worker. */
export type SpellResponse =
  | { type: 'checked'; id: number; misspelled: string[] }
  | { type: 'suggested'; id: number; suggestions: string[] }
  | { type: 'failed'; id: number; message: string }
