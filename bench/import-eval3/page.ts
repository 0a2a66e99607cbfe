// One page of the third held-out set: the article text (mini-format of bench/import-eval/article-types.ts), its
// language and the site-family template that dresses it in markup.
import type { ArticleSource } from '../import-eval/article-types'

export interface Page {
  source: ArticleSource
  language: string
  /** One line for the README table: what the markup has. */
  markup: string
  template: (a: ArticleSource) => string
}
