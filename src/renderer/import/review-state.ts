import type { NewId } from '../../shared/model/ids'
import type { RemovedLine, Source, SourceBlock } from '../../shared/model/source'
import { removeBlock, restoreRemovedLine } from '../../shared/import/edit'
import { toTitleCase } from './title-case'

/** The metadata fields the review lets the user edit. */
export type MetaField = 'title' | 'publisher' | 'author' | 'date' | 'url' | 'language'

/** One row of the review: a kept block, or a removed line shown struck through where it stood. */
export type ReviewRow = { kind: 'kept'; block: SourceBlock } | { kind: 'removed'; line: RemovedLine }

type Body = Pick<Source, 'blocks' | 'removed' | 'figures'>
/** What an undo puts back: the article body, or the title (for "Apply Title Case"). */
type Step = { kind: 'body'; before: Body; after: Body } | { kind: 'title'; before: string; after: string }

/** An article under review, with undo and redo of the one-click edits. */
export interface ReviewState {
  source: Source
  past: Step[]
  future: Step[]
}

/** Starts a review of a freshly imported source. */
export function startReview(source: Source): ReviewState {
  return { source, past: [], future: [] }
}

/**
 * The article in its original order: each removed line sits after the block named by its `after`
 * (null = before the first block), in the order the importer recorded them.
 */
export function reviewRows(source: Pick<Source, 'blocks' | 'removed'>): ReviewRow[] {
  const byAfter = new Map<string | null, RemovedLine[]>()
  const known = new Set(source.blocks.map((b) => b.id))
  const orphans: RemovedLine[] = []
  for (const line of source.removed) {
    // A line whose anchor block no longer exists still has to be shown (and restorable): put it at the end.
    if (line.after !== null && !known.has(line.after)) orphans.push(line)
    else byAfter.set(line.after, [...(byAfter.get(line.after) ?? []), line])
  }
  const rows: ReviewRow[] = (byAfter.get(null) ?? []).map((line) => ({ kind: 'removed', line }))
  for (const block of source.blocks) {
    rows.push({ kind: 'kept', block })
    for (const line of byAfter.get(block.id) ?? []) rows.push({ kind: 'removed', line })
  }
  for (const line of orphans) rows.push({ kind: 'removed', line })
  return rows
}

function body(s: Source): Body {
  return { blocks: s.blocks, removed: s.removed, figures: s.figures }
}

function commit(state: ReviewState, next: Source, step: Step): ReviewState {
  return { source: next, past: [...state.past, step], future: [] }
}

/** Puts a removed line back where it stood. */
export function restoreLine(state: ReviewState, removedId: string, newId: NewId): ReviewState {
  const next = restoreRemovedLine(state.source, removedId, newId)
  return commit(state, next, { kind: 'body', before: body(state.source), after: body(next) })
}

/** Drops a kept block from the article (it becomes a removed line with reason "user"). */
export function removeKept(state: ReviewState, blockId: string, newId: NewId): ReviewState {
  const next = removeBlock(state.source, blockId, newId)
  return commit(state, next, { kind: 'body', before: body(state.source), after: body(next) })
}

/** Applies English title case to the title, as one undoable step. */
export function applyTitleCase(state: ReviewState): ReviewState {
  const after = toTitleCase(state.source.title)
  if (after === state.source.title) return state
  return commit(state, { ...state.source, title: after }, { kind: 'title', before: state.source.title, after })
}

/** Sets a metadata field as typed (typing has the text field's own undo, so it is not a review step). */
export function setMeta(state: ReviewState, field: MetaField, value: string): ReviewState {
  const v = field === 'title' ? value : value.trim() === '' ? null : value
  return { ...state, source: { ...state.source, [field]: v } }
}

function apply(source: Source, step: Step, dir: 'before' | 'after'): Source {
  return step.kind === 'title' ? { ...source, title: step[dir] } : { ...source, ...step[dir] }
}

/** Takes back the last one-click edit. */
export function undo(state: ReviewState): ReviewState {
  const step = state.past[state.past.length - 1]
  if (!step) return state
  return { source: apply(state.source, step, 'before'), past: state.past.slice(0, -1), future: [step, ...state.future] }
}

/** Does again what undo took back. */
export function redo(state: ReviewState): ReviewState {
  const step = state.future[0]
  if (!step) return state
  return { source: apply(state.source, step, 'after'), past: [...state.past, step], future: state.future.slice(1) }
}

/** The source to add to the briefing: trimmed metadata, an untitled article named after its file. */
export function finishedSource(state: ReviewState): Source {
  const s = state.source
  const title = s.title.trim() || s.origin.fileName?.replace(/\.[^.]+$/, '') || 'Untitled source'
  const trim = (v: string | null) => (v === null ? null : v.trim() || null)
  return { ...s, title, publisher: trim(s.publisher), author: trim(s.author), date: trim(s.date), url: trim(s.url), language: trim(s.language) }
}
