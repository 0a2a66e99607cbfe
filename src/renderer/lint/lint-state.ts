import type { Finding } from '../../shared/templates'
import { createStore } from '../state/store'

/** The latest lint run and document measures, refreshed when typing pauses. */
export interface LintState {
  findings: Finding[]
  words: number
  pages: number
  /** The template's page limit and whole-document word limit, when it has them. */
  pageLimit: number | null
  wordLimit: number | null
  /** Runs so far (0 before the first): tests and the panel can tell "not yet run" from "clean". */
  runs: number
}

export const lintState = createStore<LintState>({ findings: [], words: 0, pages: 0, pageLimit: null, wordLimit: null, runs: 0 })
