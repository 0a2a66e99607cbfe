import type { Editor } from '@tiptap/core'
import { createBriefing, newId, type Briefing, type DocNode, type Source } from '../../shared/model'
import type { FileRef } from '../../shared/ipc/contract'
import { createStore } from './store'

/** The open briefing. `briefing.doc` is only current at load/save: while editing, the editor holds the doc. */
export interface SessionState {
  briefing: Briefing
  file: FileRef | null
  /** The file's modification time when we last read or wrote it (external-change detection). */
  modifiedAt: number | null
  dirty: boolean
  lastSavedAt: string | null
  /** Identifies this editing session's autosave journal. */
  sessionId: string
  /** Bumped when a new document is loaded, so the editor resets its content and history. */
  generation: number
  /** The source shown in the sources pane. */
  activeSourceId: string | null
  /** A block of the active source to scroll to and highlight (set when a citation is clicked). */
  highlightBlockId: string | null
}

export const session = createStore<SessionState>({
  briefing: createBriefing({ template: 'general', now: new Date() }),
  file: null,
  modifiedAt: null,
  dirty: false,
  lastSavedAt: null,
  sessionId: newId(),
  generation: 0,
  activeSourceId: null,
  highlightBlockId: null,
})

let currentEditor: Editor | null = null

/** The mounted editor (set by BriefingEditor); commands use it. */
export function setEditor(editor: Editor | null): void {
  currentEditor = editor
}
export function getEditor(): Editor | null {
  return currentEditor
}

/** The briefing as it is now: the stored meta and sources with the editor's current document. */
export function currentBriefing(): Briefing {
  const s = session.get()
  const doc = (currentEditor?.getJSON() as DocNode | undefined) ?? s.briefing.doc
  return { ...s.briefing, doc, meta: { ...s.briefing.meta, modifiedAt: new Date().toISOString() } }
}

/** Replaces the open document (new, open, recover, revert). */
export function loadBriefing(briefing: Briefing, file: FileRef | null, modifiedAt: number | null, dirty = false, sessionId: string = newId()): void {
  session.set((s) => ({
    briefing,
    file,
    modifiedAt,
    dirty,
    lastSavedAt: file ? briefing.meta.modifiedAt : null,
    sessionId,
    generation: s.generation + 1,
    activeSourceId: briefing.sources[0]?.id ?? null,
    highlightBlockId: null,
  }))
}

/** Marks the document edited (the title bar shows it; autosave picks it up). */
export function markDirty(): void {
  if (!session.get().dirty) session.set({ dirty: true })
}

/** Changes header fields of the briefing. */
export function updateMeta(patch: Partial<Briefing['meta']>): void {
  session.set((s) => ({ briefing: { ...s.briefing, meta: { ...s.briefing.meta, ...patch } }, dirty: true }))
}

/** Adds or replaces sources (by id) and shows the first added. */
export function upsertSources(sources: Source[]): void {
  if (!sources.length) return
  session.set((s) => {
    const byId = new Map(s.briefing.sources.map((x) => [x.id, x]))
    for (const src of sources) byId.set(src.id, src)
    return { briefing: { ...s.briefing, sources: [...byId.values()] }, dirty: true, activeSourceId: sources[0]!.id }
  })
}
