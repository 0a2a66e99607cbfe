/** Makes short random ids for blocks, sources and citations. Injected where results must repeat. */
export type NewId = () => string

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'
const ID_LENGTH = 12
// Random bytes are drawn a few hundred ids at a time: an import makes hundreds of ids at once, and
// one call to the platform's crypto source per id costs more than the rest of the id's making.
const POOL_IDS = 256

let pool = new Uint8Array(0)
let used = 0

/** A 12-character id from the platform's crypto source (Node and browsers both have it). */
export const newId: NewId = () => {
  if (used + ID_LENGTH > pool.length) {
    pool = new Uint8Array(ID_LENGTH * POOL_IDS)
    globalThis.crypto.getRandomValues(pool)
    used = 0
  }
  let id = ''
  // 252 of the 256 byte values map evenly onto the 36 letters; the slight bias of the top four does
  // not matter for ids that only need to be unique.
  for (let i = used; i < used + ID_LENGTH; i++) id += ALPHABET[pool[i]! % ALPHABET.length]
  used += ID_LENGTH
  return id
}

/** Deterministic ids for tests and benchmarks: `prefix1`, `prefix2`, … */
export function sequentialIds(prefix = 'id'): NewId {
  let n = 0
  return () => `${prefix}${++n}`
}
