import type { SpellLanguage } from './spell-protocol'

// English varieties that spell as British English does (colour, centre, organise). Canadian English
// writes colour but organize, which neither bundled dictionary accepts, so it is left to the user.
const BRITISH_SPELLING = new Set(['gb', 'uk', 'au', 'nz', 'ie', 'in', 'za', 'sg', 'hk'])

/**
 * The bundled dictionary for a document written in `language` (BCP-47, e.g. a template's "en-US"),
 * or null when the language names no English variety (plain "en", Chinese…): then the user's own
 * choice applies.
 */
export function dictionaryFor(language: string): SpellLanguage | null {
  const [base, region] = language.toLowerCase().split(/[-_]/)
  if (base !== 'en' || !region) return null
  if (region === 'us') return 'en-US'
  return BRITISH_SPELLING.has(region) ? 'en-GB' : null
}
