import type { LineRule, ZoneRule } from './types'

/**
 * Page furniture in the other languages staff import from (French, German, Spanish, Italian, Dutch,
 * Portuguese, Japanese): the same kinds of line as the English rules, in their own words. Checked
 * after the Chinese and English rules.
 */
export const INTL_RULES: LineRule[] = [
  { id: 'related', test: /^(lire aussi|à lire aussi|voir aussi|lesen sie auch|mehr zum thema|auch interessant|das könnte sie auch interessieren|lee también|leer más|te puede interesar|leggi anche|potrebbe interessarti|veja também|leia também|lees ook|lees meer|あわせて読みたい|関連記事|こちらもおすすめ)\b.{0,200}$/iu },
  { id: 'read-time', test: /^(temps de lecture|lesezeit|lesedauer|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd)\s*:?\s*\d+\s*(min\.?|minutes?|minuten|minutos|minuti)\.?$/i },
  { id: 'advertisement', test: /^(anzeige|werbung|publicité|publicidad|pubblicità|advertentie|publicidade|広告|\[pr\]|pr)$/i },
  { id: 'share', test: /^(partager|partager sur \S+|teilen|artikel teilen|compartir|condividi|delen|compartilhar|シェア|ツイート)(\s+(merken|kommentare|offrir l’article|offrir l'article|\S+)){0,3}$/i, maxLength: 60 },
  { id: 'copyright', test: /(無断転載を禁じ|無断転載禁止|著作権は.{1,30}に帰属|tous droits réservés|alle rechte vorbehalten|todos los derechos reservados|tutti i diritti riservati|alle rechten voorbehouden)/i, maxLength: 300 },
  { id: 'dateline', test: /^(von [\p{L} .'-]{2,40} )?\d{1,2}\.\d{1,2}\.\d{4},?\s*(\d{1,2}[:.]\d{2}\s*uhr)?.{0,20}$/iu },
  { id: 'dateline', test: /^(par [\p{L} .'’-]{2,60}\s*)?(\(.{2,60}\)\s*)?publié le \d{1,2}\s+\p{L}+\s+\d{4}\b/iu, maxLength: 250 },
  { id: 'byline', test: /^(par|von|por|di|door)\s+\p{Lu}[\p{L}.'’-]+(\s+\p{Lu}[\p{L}.'’-]+){0,3}$/u },
  { id: 'paywall', test: /(article réservé à nos abonnés|nur für abonnenten|exclusivo para suscriptores|riservato agli abbonati)/i, maxLength: 200 },
]

/** Regions that run to the end of the page: comments. */
export const INTL_ZONES: ZoneRule[] = [
  { id: 'comments', start: /^(commentaires|kommentare|comentarios|commenti|reacties|コメント)(\s*\(\d+\))?$/i, untilProse: false },
]
