/** Makes short random ids for blocks, sources and citations. Injected where results must repeat. */
export type NewId = () => string

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz'

/** A 12-character id from the platform's crypto source (Node and browsers both have it). */
export const newId: NewId = () => {
  const bytes = new Uint8Array(12)
  globalThis.crypto.getRandomValues(bytes)
  let id = ''
  for (const b of bytes) id += ALPHABET[b % ALPHABET.length]
  return id
}

/** Deterministic ids for tests and benchmarks: `prefix1`, `prefix2`, … */
export function sequentialIds(prefix = 'id'): NewId {
  let n = 0
  return () => `${prefix}${++n}`
}
