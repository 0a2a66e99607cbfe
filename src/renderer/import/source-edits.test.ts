import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { removeBlock, restoreRemovedLine } from '../../shared/import'
import { sequentialIds } from '../../shared/model/ids'
import type { Source } from '../../shared/model/source'
import { removeKeptBlock, restoreLine } from './source-edits'

// An article of n blocks and removed lines anchored anywhere (or at the top), like an import's result.
const article = fc.integer({ min: 1, max: 8 }).chain((n) =>
  fc.array(fc.tuple(fc.integer({ min: -1, max: n - 1 }), fc.constantFrom('menu', 'breadcrumb', 'icp', 'share')), { maxLength: 10 }).map((lines): Source => ({
    id: 's1',
    title: 't',
    publisher: null,
    author: null,
    date: null,
    url: null,
    language: 'en',
    importedAt: '2026-01-01T00:00:00.000Z',
    origin: { fileName: null, mediaType: 'text/plain', sha256: '0'.repeat(64) },
    blocks: Array.from({ length: n }, (_, i) => ({ id: `b${i}`, type: 'paragraph' as const, text: `Paragraph ${i} grew 5% in 2024.` })),
    removed: lines.map(([at, reason], i) => ({ id: `r${i}`, text: `removed ${i}`, reason, after: at < 0 ? null : `b${at}` })),
    figures: [],
  })),
)

// The review runs its own copy of the importer's restore/remove (the importer module cannot load in the
// renderer); any difference would show the user another article than the CLI's.
describe('review edits agree with the importer', () => {
  it('on random articles and random sequences of restores and removals', () => {
    fc.assert(
      fc.property(article, fc.array(fc.tuple(fc.boolean(), fc.nat()), { maxLength: 12 }), (start, ops) => {
        const idsA = sequentialIds('n')
        const idsB = sequentialIds('n')
        let a = start
        let b = start
        for (const [restore, pick] of ops) {
          if (restore && a.removed.length) {
            const id = a.removed[pick % a.removed.length]!.id
            a = restoreLine(a, id, idsA)
            b = restoreRemovedLine(b, id, idsB)
          } else if (a.blocks.length) {
            const id = a.blocks[pick % a.blocks.length]!.id
            a = removeKeptBlock(a, id, idsA)
            b = removeBlock(b, id, idsB)
          }
          expect(a).toEqual(b)
        }
      }),
      { numRuns: 300 },
    )
  })
})
