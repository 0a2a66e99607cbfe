// nspell ships no types; this is the part of its API the spell worker uses.
declare module 'nspell' {
  interface NSpell {
    correct(word: string): boolean
    suggest(word: string): string[]
    add(word: string): NSpell
  }
  function nspell(aff: string, dic: string): NSpell
  export default nspell
}
