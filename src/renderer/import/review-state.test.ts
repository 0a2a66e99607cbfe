import { describe, expect, it } from 'vitest'
import { sequentialIds } from '../../shared/model/ids'
import type { Source } from '../../shared/model/source'
import { applyTitleCase, finishedSource, redo, removeKept, restoreLine, reviewRows, setMeta, startReview, undo } from './review-state'

function sample(): Source {
  return {
    id: 's1',
    title: 'ports go electric',
    publisher: 'Harbour Times',
    author: null,
    date: null,
    url: null,
    language: 'en',
    importedAt: '2026-01-01T00:00:00.000Z',
    origin: { fileName: 'ports.txt', mediaType: 'text/plain', sha256: 'a'.repeat(64) },
    blocks: [
      { id: 'b1', type: 'paragraph', text: 'First paragraph.' },
      { id: 'b2', type: 'paragraph', text: 'Output rose 8% last year.' },
    ],
    removed: [
      { id: 'r1', text: 'Home > News', reason: 'breadcrumb', after: null },
      { id: 'r2', text: 'Share this', reason: 'share', after: 'b1' },
      { id: 'r3', text: 'Print', reason: 'share', after: 'b1' },
      { id: 'r4', text: '© 2026', reason: 'copyright', after: 'b2' },
    ],
    figures: [],
  }
}

const texts = (s: Source) => reviewRows(s).map((r) => (r.kind === 'kept' ? r.block.text : `~${r.line.text}`))

describe('reviewRows', () => {
  // The review must show each removed line where it stood in the original, not in a separate list.
  it('interleaves removed lines after their anchor block, in recorded order', () => {
    expect(texts(sample())).toEqual(['~Home > News', 'First paragraph.', '~Share this', '~Print', 'Output rose 8% last year.', '~© 2026'])
  })
  it('still shows a removed line whose anchor block is gone', () => {
    const s = { ...sample(), removed: [{ id: 'r9', text: 'Lost', reason: 'menu', after: 'nope' }] }
    expect(texts(s)).toEqual(['First paragraph.', 'Output rose 8% last year.', '~Lost'])
  })
})

describe('review edits with undo', () => {
  it('restores a removed line in place and undoes it', () => {
    const ids = sequentialIds('n')
    const restored = restoreLine(startReview(sample()), 'r2', ids)
    expect(texts(restored.source)).toEqual(['~Home > News', 'First paragraph.', 'Share this', '~Print', 'Output rose 8% last year.', '~© 2026'])
    const back = undo(restored)
    expect(texts(back.source)).toEqual(texts(sample()))
    expect(texts(redo(back).source)).toEqual(texts(restored.source))
  })

  it('removes a kept block as a "user" removal that can be undone', () => {
    const removed = removeKept(startReview(sample()), 'b2', sequentialIds('n'))
    expect(removed.source.blocks.map((b) => b.id)).toEqual(['b1'])
    expect(removed.source.removed.find((r) => r.text === 'Output rose 8% last year.')?.reason).toBe('user')
    expect(undo(removed).source.blocks.map((b) => b.id)).toEqual(['b1', 'b2'])
  })

  it('undoes title case without touching metadata typed since', () => {
    let st = applyTitleCase(startReview(sample()))
    expect(st.source.title).toBe('Ports Go Electric')
    st = setMeta(st, 'publisher', 'Harbour Times Online')
    st = undo(st)
    expect(st.source.title).toBe('ports go electric')
    expect(st.source.publisher).toBe('Harbour Times Online')
  })

  it('a new edit clears the redo list', () => {
    const ids = sequentialIds('n')
    const st = undo(restoreLine(startReview(sample()), 'r1', ids))
    expect(st.future).toHaveLength(1)
    expect(removeKept(st, 'b1', ids).future).toHaveLength(0)
  })
})

describe('finishedSource', () => {
  it('trims metadata, turns blanks into null and names an untitled article after its file', () => {
    let st = setMeta(startReview(sample()), 'title', '  ')
    st = setMeta(st, 'author', '  Jane Roe ')
    st = setMeta(st, 'url', '')
    const s = finishedSource(st)
    expect(s.title).toBe('ports')
    expect(s.author).toBe('Jane Roe')
    expect(s.url).toBeNull()
  })
})
