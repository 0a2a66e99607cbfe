import { describe, expect, it } from 'vitest'
import { markDiscarded, releaseFor } from './session-release'

const file = (fileId: string) => ({ fileId, name: `${fileId}.brief`, folder: '/tmp' })

describe('releaseFor: what main forgets when another document replaces the open one', () => {
  it('keeps the journal of unsaved work the user did not discard (it is the only copy)', () => {
    expect(releaseFor({ sessionId: 's1', dirty: true, file: null }, { sessionId: 's2', file: null })).toBeNull()
  })

  it('drops the journal of work the user chose not to save, so a crash does not offer it back', () => {
    markDiscarded('s3')
    expect(releaseFor({ sessionId: 's3', dirty: true, file: file('f1') }, { sessionId: 's4', file: null })).toEqual({ sessionId: 's3', fileId: 'f1' })
    // The mark is used once: the same id is not released again by a later replacement.
    expect(releaseFor({ sessionId: 's3', dirty: true, file: null }, { sessionId: 's5', file: null })).toBeNull()
  })

  it('releases a clean session, but keeps tracking a file that stays open (revert)', () => {
    expect(releaseFor({ sessionId: 's6', dirty: false, file: file('f2') }, { sessionId: 's7', file: file('f2') })).toEqual({ sessionId: 's6', fileId: null })
  })

  it('does nothing while the same session goes on', () => {
    expect(releaseFor({ sessionId: 's8', dirty: false, file: null }, { sessionId: 's8', file: null })).toBeNull()
  })
})
