import type { LintRule } from '../types'
import { requiredSection } from './required-section'
import { sectionWordLimit } from './section-word-limit'
import { wordLimit } from './word-limit'
import { pageLimit } from './page-limit'
import { lineLimit } from './line-limit'
import { decisionMissing } from './decision-missing'
import { classification } from './classification'
import { headerFields } from './header-fields'
import { quoteDrift } from './quote-drift'
import { uncitedQuote } from './uncited-quote'
import { citationSource } from './citation-source'
import { placeholders } from './placeholders'

/** Every lint rule, in the order their findings are listed (header first, then structure, evidence, polish). */
export const LINT_RULES: readonly LintRule[] = [
  classification,
  headerFields,
  requiredSection,
  sectionWordLimit,
  lineLimit,
  wordLimit,
  pageLimit,
  decisionMissing,
  citationSource,
  quoteDrift,
  uncitedQuote,
  placeholders,
]
