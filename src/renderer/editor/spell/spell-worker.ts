import nspell from 'nspell'
import type { SpellLanguage, SpellRequest, SpellResponse } from './spell-protocol'

// The dictionaries are bundled with the app (Vite `?raw` imports from node_modules) and loaded
// on first use, one language at a time: nothing is ever downloaded.
const LOADERS: Record<SpellLanguage, () => Promise<[string, string]>> = {
  'en-GB': async () =>
    Promise.all([
      import('../../../../node_modules/dictionary-en-gb/index.aff?raw').then((m) => m.default),
      import('../../../../node_modules/dictionary-en-gb/index.dic?raw').then((m) => m.default),
    ]),
  'en-US': async () =>
    Promise.all([
      import('../../../../node_modules/dictionary-en/index.aff?raw').then((m) => m.default),
      import('../../../../node_modules/dictionary-en/index.dic?raw').then((m) => m.default),
    ]),
}

const spellers = new Map<SpellLanguage, Promise<ReturnType<typeof nspell>>>()

function speller(lang: SpellLanguage): Promise<ReturnType<typeof nspell>> {
  let found = spellers.get(lang)
  if (!found) {
    found = LOADERS[lang]().then(([aff, dic]) => nspell(aff, dic))
    spellers.set(lang, found)
  }
  return found
}

// The project compiles against the DOM lib only; this is the slice of the worker scope used here.
interface WorkerScope {
  onmessage: ((event: MessageEvent<SpellRequest>) => void) | null
  postMessage(message: SpellResponse): void
}
const scope = self as unknown as WorkerScope

/**
 * nspell's suggestions, with swapped neighbouring letters ("teh" → "the", the commonest typing
 * slip, which nspell ranks low or misses) put first.
 */
function suggestions(spell: ReturnType<typeof nspell>, word: string): string[] {
  const swapped: string[] = []
  for (let i = 0; i + 1 < word.length; i++) {
    const candidate = word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
    // Keep the capital where the word had it: "Teh" → "The".
    const cased = /^\p{Lu}/u.test(word) ? candidate.charAt(0).toUpperCase() + candidate.slice(1).toLowerCase() : candidate
    if (cased !== word && spell.correct(cased) && !swapped.includes(cased)) swapped.push(cased)
  }
  return [...swapped, ...spell.suggest(word).filter((s) => !swapped.includes(s))].slice(0, 8)
}

scope.onmessage = async (event: MessageEvent<SpellRequest>) => {
  const request = event.data
  let response: SpellResponse
  try {
    const spell = await speller(request.lang)
    response =
      request.type === 'check'
        ? { type: 'checked', id: request.id, misspelled: request.words.filter((w) => !spell.correct(w)) }
        : { type: 'suggested', id: request.id, suggestions: suggestions(spell, request.word) }
  } catch (e) {
    response = { type: 'failed', id: request.id, message: e instanceof Error ? e.message : String(e) }
  }
  scope.postMessage(response)
}
