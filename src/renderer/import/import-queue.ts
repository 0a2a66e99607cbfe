import type { ImportedArticleDto, Response } from '../../shared/ipc/contract'
import { createStore } from '../state/store'

/** A file main could not import, with a message written for the user. */
export type ImportFailure = Response<'article:importFile'>['failed'][number]

/** Imports waiting for review (reviewed one after another), failures to show, and the paste dialog. */
export interface ImportUiState {
  queue: ImportedArticleDto[]
  /** How many articles the current batch had, for "2 of 3". */
  batchSize: number
  failed: ImportFailure[]
  pasteOpen: boolean
  /** A file is being dragged over the window. */
  dragging: boolean
}

export const importUi = createStore<ImportUiState>({ queue: [], batchSize: 0, failed: [], pasteOpen: false, dragging: false })

/** Queues what an import returned: successes for review, failures for the failure list. */
export function enqueueImports(imported: readonly ImportedArticleDto[], failed: readonly ImportFailure[] = []): void {
  importUi.set((s) => ({
    queue: [...s.queue, ...imported],
    batchSize: s.queue.length === 0 ? imported.length : s.batchSize + imported.length,
    failed: [...s.failed, ...failed],
  }))
}

/** Moves on to the next article of the batch (after it was added or skipped). */
export function nextReview(): void {
  importUi.set((s) => ({ queue: s.queue.slice(1), batchSize: s.queue.length > 1 ? s.batchSize : 0 }))
}

/** Drops every article still waiting for review. */
export function cancelReviews(): void {
  importUi.set({ queue: [], batchSize: 0 })
}

/** Clears the failure list once the user has read it. */
export function dismissFailures(): void {
  importUi.set({ failed: [] })
}

/** Opens or closes the "Paste Article Text" dialog. */
export function setPasteOpen(open: boolean): void {
  importUi.set({ pasteOpen: open })
}
