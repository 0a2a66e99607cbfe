import { insertSnippet, type Snippet } from '../editor/insert-snippet'
import { currentBriefing, getEditor, session } from '../state/session'
import { ask, notify } from '../state/notices'
import type { Source } from '../../shared/model/source'
import type { FigureSentence } from './figure-groups'
import { citedSourceWarning, countCitations } from './citation-count'
import { locatorFor } from './locator'
import { readerSelection } from './reader-selection'

/** The reader's text element; the snippet commands read the selection from it. */
export const READER_SELECTOR = '.source-reader-text'

function activeSource(): Source | null {
  const s = session.get()
  return s.briefing.sources.find((x) => x.id === s.activeSourceId) ?? null
}

/** The selection in the source reader as a snippet to cite, or null when nothing is selected there. */
export function selectedSnippet(mode: Snippet['mode']): { snippet: Snippet; spansBlocks: boolean } | null {
  const source = activeSource()
  const reader = document.querySelector<HTMLElement>(READER_SELECTOR)
  if (!source || !reader) return null
  const sel = readerSelection(reader, source.blocks)
  if (!sel || !sel.text) return null
  return { snippet: { sourceId: source.id, blockId: sel.blockId, text: sel.text, mode, locator: locatorFor(source.blocks, sel.blockId) }, spansBlocks: sel.spansBlocks }
}

function insert(snippet: Snippet): boolean {
  const editor = getEditor()
  if (!editor) {
    notify('error', 'The briefing editor is not ready.')
    return false
  }
  if (insertSnippet(editor, snippet) === null) {
    notify('error', 'Could not insert here: put the cursor in the briefing text first.')
    return false
  }
  return true
}

/** "Insert as quote" / "Insert as paraphrase" for the text selected in the source reader. */
export function insertSelection(mode: Snippet['mode']): void {
  const chosen = selectedSnippet(mode)
  if (!chosen) {
    notify('info', 'Select a passage in the source first (in the Sources pane).')
    return
  }
  if (!insert(chosen.snippet)) return
  // A citation points at one block, so a selection over several blocks uses the first.
  if (chosen.spansBlocks) notify('info', 'The selection ran over several paragraphs: only the first paragraph’s part was used, so the citation points at one passage.')
}

/**
 * Inserts the sentence holding key figures as a quote with its citation. The sentence is the
 * source's exact text (so quote-drift checks work) and carries what the figures measure and their
 * units, which a bare number would lose; the writer can trim it, and the checks will say so.
 */
export function insertFigureSentence(source: Source, group: FigureSentence): void {
  const block = source.blocks.find((b) => b.id === group.blockId)
  const text = block && block.text.includes(group.sentence) ? group.sentence : group.figures.map((f) => f.text).join(', ')
  const names = group.figures.map((f) => f.text).join(', ')
  if (insert({ sourceId: source.id, blockId: group.blockId, text, mode: 'quote', locator: locatorFor(source.blocks, group.blockId) })) notify('success', `Inserted ${names} with the citation.`)
}

/** Removes a source from the briefing after asking; warns when citations in the draft point at it. */
export async function removeSource(source: Source): Promise<void> {
  const cited = countCitations(currentBriefing().doc, source.id)
  const message =
    cited > 0
      ? citedSourceWarning(cited, source.title)
      : `Remove “${source.title}” from this briefing? Its text is kept nowhere else in the briefing.`
  const choice = await ask(cited > 0 ? 'Remove a cited source?' : 'Remove source?', message, ['Remove', 'Cancel'], 'Cancel')
  if (choice !== 'Remove') return
  session.set((s) => {
    const sources = s.briefing.sources.filter((x) => x.id !== source.id)
    if (s.activeSourceId !== source.id) return { briefing: { ...s.briefing, sources }, dirty: true }
    return { briefing: { ...s.briefing, sources }, dirty: true, activeSourceId: sources[0]?.id ?? null, highlightBlockId: null }
  })
  notify('info', `Removed “${source.title}”.`)
}
