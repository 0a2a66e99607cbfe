import { beforeEach, describe, expect, it } from 'vitest'
import type { ImportedArticleDto } from '../../shared/ipc/contract'
import { cancelReviews, dismissFailures, enqueueImports, importUi, nextReview } from './import-queue'

const item = (id: string): ImportedArticleDto => ({
  source: { id, title: id, publisher: null, author: null, date: null, url: null, language: null, importedAt: '2026-01-01T00:00:00.000Z', origin: { fileName: `${id}.txt`, mediaType: 'text/plain', sha256: '0'.repeat(64) }, blocks: [], removed: [], figures: [] },
  warnings: [],
  fileName: `${id}.txt`,
})
const position = () => importUi.get().batchSize - importUi.get().queue.length + 1

// The review header says "2 of 3"; these counts must stay right when imports arrive during a review.
describe('import queue', () => {
  beforeEach(() => {
    cancelReviews()
    dismissFailures()
  })

  it('reviews a batch one after another and counts the position', () => {
    enqueueImports([item('a'), item('b'), item('c')], [{ fileName: 'x.bin', code: 'binary', message: 'Binary.' }])
    expect([position(), importUi.get().batchSize]).toEqual([1, 3])
    nextReview()
    expect([importUi.get().queue[0]!.source.id, position()]).toEqual(['b', 2])
    expect(importUi.get().failed).toHaveLength(1)
  })

  it('adds a second import to the running batch, and starts a new batch once the queue is empty', () => {
    enqueueImports([item('a'), item('b')])
    nextReview()
    enqueueImports([item('c')])
    expect([position(), importUi.get().batchSize]).toEqual([2, 3])
    nextReview()
    nextReview()
    expect(importUi.get().batchSize).toBe(0)
    enqueueImports([item('d')])
    expect([position(), importUi.get().batchSize]).toEqual([1, 1])
  })
})
