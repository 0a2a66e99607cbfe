import type { SessionState } from '../state/session'

/** What main is told when a document leaves the window: forget its journal, and its file if no longer open. */
export interface Release {
  fileId: string | null
  sessionId: string
}

/** Sessions whose unsaved work the user chose to throw away (Don't Save, Revert). */
const discarded = new Set<string>()

/** Records that the user discarded this session's unsaved work; its journal goes when the document is replaced. */
export function markDiscarded(sessionId: string): void {
  discarded.add(sessionId)
}

/**
 * What to release when `next` replaces `prev` in the window, or null to keep it. A clean session has no
 * journal worth keeping; a dirty one keeps its journal (it is the only copy) unless the user discarded it:
 * otherwise a crash after "Don't Save" would offer the thrown-away work for recovery.
 */
export function releaseFor(prev: Pick<SessionState, 'sessionId' | 'dirty' | 'file'>, next: Pick<SessionState, 'sessionId' | 'file'>): Release | null {
  if (prev.sessionId === next.sessionId) return null
  const wasDiscarded = discarded.delete(prev.sessionId)
  if (prev.dirty && !wasDiscarded) return null
  const sameFile = prev.file !== null && prev.file.fileId === next.file?.fileId
  return { fileId: prev.file && !sameFile ? prev.file.fileId : null, sessionId: prev.sessionId }
}
