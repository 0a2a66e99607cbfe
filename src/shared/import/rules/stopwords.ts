import { EN_STOPWORDS } from './en'

/**
 * Function words of the Latin-script languages staff meet most (jusText keeps such lists per
 * language): a line of prose is dense in them whatever its topic, a menu is not. English is the
 * list in en.ts; the others are short lists of their commonest articles, pronouns, prepositions,
 * conjunctions and auxiliaries.
 */
const OTHER_STOPWORDS: Record<string, string> = {
  fr: "le la les l' un une des du de d' et ou mais donc car ni que qui quoi dont où ce cet cette ces son sa ses leur leurs il elle ils elles on nous vous je tu se en dans sur sous par pour avec sans entre vers chez au aux est sont été être a ont avait était sera plus pas ne moins très aussi comme si y tout tous toute toutes même après avant depuis pendant selon lors",
  de: 'der die das den dem des ein eine einen einem einer eines und oder aber denn sondern dass daß ist sind war waren wird werden wurde wurden hat haben hatte sein ihr ihre er sie es wir man sich nicht auch noch nur schon mit von zu zum zur im in an am auf aus bei nach über unter vor für um durch gegen ohne als wie wenn so doch mehr sehr dieser diese dieses kann soll muss',
  es: 'el la los las un una unos unas y o pero ni que quien cual cuyo de del al a en con sin por para sobre entre hasta desde hacia su sus se lo le les es son fue fueron ser está están ha han había como más muy también no ya este esta estos estas ese esa cuando donde porque si',
  it: "il lo la i gli le un uno una l' e o ma che chi cui di del della dei delle degli a al alla ai agli in nel nella con su sul sulla per tra fra da dal dalla è sono era erano essere ha hanno aveva come più molto anche non si questo questa questi quello quella se quando dove perché",
  pt: 'o a os as um uma uns umas e ou mas que quem qual cujo de do da dos das ao aos à em no na nos nas com sem por pelo pela para sobre entre até desde seu sua seus suas se é são foi foram ser está estão tem têm como mais muito também não já este esta isso esse essa quando onde porque',
  nl: 'de het een en of maar dat die wie wat waar van voor naar met op in aan bij door over onder uit tot om als dan is zijn was waren wordt worden werd heeft hebben had hij zij ze het wij we u zich niet ook nog wel al meer zeer deze dit die',
}

/** Languages with a function-word list, English first. */
export const STOPWORD_LANGUAGES = ['en', ...Object.keys(OTHER_STOPWORDS)]

/** Each function word with a bit per language that has it (bit i = STOPWORD_LANGUAGES[i]). */
export const STOPWORD_LANGS = new Map<string, number>()
const add = (word: string, bit: number) => STOPWORD_LANGS.set(word, (STOPWORD_LANGS.get(word) ?? 0) | (1 << bit))
for (const w of EN_STOPWORDS) add(w, 0)
STOPWORD_LANGUAGES.slice(1).forEach((lang, i) => {
  for (const w of OTHER_STOPWORDS[lang]!.split(/\s+/)) add(w, i + 1)
})

/** The longest function word, in UTF-16 units: longer runs need no lookup. */
export const LONGEST_STOPWORD = Math.max(...Array.from(STOPWORD_LANGS.keys(), (w) => w.length))
