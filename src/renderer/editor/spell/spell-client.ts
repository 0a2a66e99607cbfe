import type { SpellLanguage, SpellRequest, SpellResponse } from './spell-protocol'

const PERSONAL_KEY = 'briefwright.personalDictionary'

function loadPersonal(): Set<string> {
  try {
    const raw = localStorage.getItem(PERSONAL_KEY)
    const list: unknown = raw ? JSON.parse(raw) : []
    return new Set(Array.isArray(list) ? list.filter((w): w is string => typeof w === 'string') : [])
  } catch {
    return new Set()
  }
}

/**
 * The renderer's side of the spell worker: batches words, caches verdicts per language (so
 * re-checking a paragraph asks only about new words) and keeps the user's own word list.
 */
export class SpellClient {
  private worker: Worker | null = null
  private nextId = 1
  private readonly pending = new Map<number, (r: SpellResponse) => void>()
  private readonly verdicts = new Map<SpellLanguage, Map<string, boolean>>()
  private readonly personal = loadPersonal()
  private readonly ignored = new Set<string>()
  private sourceWords: ReadonlySet<string> = new Set()

  private send(request: SpellRequest): Promise<SpellResponse> {
    if (!this.worker) {
      this.worker = new Worker(new URL('./spell-worker.ts', import.meta.url), { type: 'module' })
      this.worker.onmessage = (event: MessageEvent<SpellResponse>) => {
        const resolve = this.pending.get(event.data.id)
        this.pending.delete(event.data.id)
        resolve?.(event.data)
      }
    }
    return new Promise((resolve) => {
      this.pending.set(request.id, resolve)
      this.worker!.postMessage(request)
    })
  }

  private cache(lang: SpellLanguage): Map<string, boolean> {
    let map = this.verdicts.get(lang)
    if (!map) this.verdicts.set(lang, (map = new Map()))
    return map
  }

  /**
   * Accepts the words the briefing's sources use: the names, places and terms of the articles it
   * cites ("Shenzhen", "Harbourton") are not misspellings. A capitalised word is also accepted when
   * a source has it in lowercase (scraped text often is); a lowercase one needs the exact form.
   */
  setSourceWords(words: ReadonlySet<string>): void {
    this.sourceWords = words
  }

  /** True when the word is known to be wrong (false while unknown or accepted by the user). */
  isMisspelled(lang: SpellLanguage, word: string): boolean {
    if (this.personal.has(word) || this.ignored.has(word)) return false
    if (this.sourceWords.has(word) || this.sourceWords.has(word.toLowerCase())) return false
    return this.cache(lang).get(word) === false
  }

  /** Makes sure every word has a verdict; resolves when the worker has answered. */
  async check(lang: SpellLanguage, words: Iterable<string>): Promise<void> {
    const cache = this.cache(lang)
    const unknown = [...new Set(words)].filter((w) => !cache.has(w))
    if (unknown.length === 0) return
    const response = await this.send({ type: 'check', id: this.nextId++, lang, words: unknown })
    if (response.type !== 'checked') throw new Error(response.type === 'failed' ? response.message : 'Unexpected spell-check answer')
    const wrong = new Set(response.misspelled)
    for (const w of unknown) cache.set(w, !wrong.has(w))
  }

  /** Suggested corrections for a word, best first. */
  async suggest(lang: SpellLanguage, word: string): Promise<string[]> {
    const response = await this.send({ type: 'suggest', id: this.nextId++, lang, word })
    return response.type === 'suggested' ? response.suggestions : []
  }

  /** Accepts a word for this session only. */
  ignore(word: string): void {
    this.ignored.add(word)
  }

  /** Accepts a word from now on (kept in the user's own word list on this machine). */
  addToDictionary(word: string): void {
    this.personal.add(word)
    try {
      localStorage.setItem(PERSONAL_KEY, JSON.stringify([...this.personal]))
    } catch {
      // Storage unavailable: the word stays accepted for this session.
    }
  }
}

/** The one spell client of the window. */
export const spellClient = new SpellClient()
