import type { Briefing } from '../../model'
import type { BriefingTemplate } from '../types'
import { findCitations, findQuotedRuns } from './citations'
import { findSections } from './sections'
import { textblocks } from './text'
import type { LintContext } from './types'

/** Everything the rules read, worked out once per lint run (one walk of the doc, not one per rule). */
export function buildLintContext(briefing: Briefing, template: BriefingTemplate | null): LintContext {
  const blocks = textblocks(briefing.doc)
  return {
    briefing,
    template,
    sections: findSections(briefing.doc, template),
    sources: new Map(briefing.sources.map((s) => [s.id, s])),
    textblocks: blocks,
    citations: findCitations(blocks),
    quotedRuns: findQuotedRuns(blocks),
  }
}
