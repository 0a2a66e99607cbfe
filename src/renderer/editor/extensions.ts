import type { AnyExtension } from '@tiptap/core'
import { briefingExtensions } from '../../shared/editor'
import { CitationView } from './nodes/citation-view'
import { FootnoteView } from './nodes/footnote-view'
import { DecisionBlockView } from './nodes/decision-block-view'
import { BriefingInteractions } from './briefing-interactions'
import { FindReplace } from './find/find-plugin'
import { SpellCheck } from './spell/spell-plugin'
import { ui } from '../dialogs/ui-state'

// The shared schema's nodes swapped for the same nodes with light DOM node views (same names,
// same attributes, so the document and the export are unchanged).
const VIEWS: Record<string, AnyExtension> = {
  citation: CitationView,
  footnote: FootnoteView,
  decisionBlock: DecisionBlockView,
}

/** The renderer's editor extensions: the shared briefing schema plus view-only behaviour. */
export function rendererExtensions(): AnyExtension[] {
  return [
    ...briefingExtensions().map((ext) => VIEWS[ext.name] ?? ext),
    BriefingInteractions,
    FindReplace,
    SpellCheck.configure({ settings: () => ({ lang: ui.get().spellLanguage, enabled: ui.get().spellEnabled }) }),
  ]
}
