import type { Briefing, DocNode, Source } from '../../model'
import type { BriefingTemplate, TemplateSection } from '../types'
import type { FoundCitation, QuotedRun } from './citations'
import type { TextblockAt } from './text'

/** Where a finding points: a node by child indices from the doc root, a header field, or nowhere in particular. */
export type FindingTarget = { kind: 'node'; path: number[] } | { kind: 'meta'; field: string } | null

/** One problem the lint found. `id` is stable for the same problem in the same document. */
export interface Finding {
  id: string
  /** The rule's id, e.g. 'required-section', 'quote-drift'. */
  rule: string
  severity: 'error' | 'warning'
  message: string
  target: FindingTarget
}

/** A finding before `lintBriefing` gives it an id. */
export type RuleFinding = Omit<Finding, 'id'>

/** A top-level child of the doc with its index (its path is `[index]`). */
export interface IndexedNode {
  node: DocNode
  index: number
}

/** One level-1 heading and the blocks under it, up to the next level-1 heading. */
export interface SectionSpan {
  /** The template section it stands for (by `sectionId`, else by title), or null for an author's own section. */
  section: TemplateSection | null
  heading: IndexedNode
  body: IndexedNode[]
}

/** What every rule reads; built once per lint run. */
export interface LintContext {
  briefing: Briefing
  /** Null when the briefing names a template this build does not have: template rules then stay silent. */
  template: BriefingTemplate | null
  sections: SectionSpan[]
  sources: ReadonlyMap<string, Source>
  /** Every paragraph and heading of the doc with its path, scanned once for all rules. */
  textblocks: readonly TextblockAt[]
  citations: readonly FoundCitation[]
  quotedRuns: readonly QuotedRun[]
}

/** A lint rule: a pure function from the context to findings. */
export interface LintRule {
  id: string
  check(ctx: LintContext): RuleFinding[]
}
