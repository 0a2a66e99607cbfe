import { useEffect } from 'react'
import type { Editor } from '@tiptap/core'
import { estimatePages, findTemplate, lintBriefing, wordCount } from '../../shared/templates'
import { currentBriefing, session } from '../state/session'
import { lintState } from './lint-state'

/** How long typing must pause before the lint runs again. */
export const LINT_IDLE_MS = 600

/** Lints the briefing as it is now and publishes findings, words and pages. */
export function runLint(): void {
  const briefing = currentBriefing()
  const template = findTemplate(briefing.meta.template)
  const findings = lintBriefing(briefing, template)
  lintState.set((s) => ({
    findings,
    words: wordCount(briefing.doc),
    pages: template ? estimatePages(briefing.doc, template) : 0,
    pageLimit: template?.page.pageLimit ?? null,
    wordLimit: template?.wordLimit ?? null,
    runs: s.runs + 1,
  }))
}

/**
 * Keeps the lint live: after typing pauses, and when header fields or sources change. Never per
 * keystroke: each edit only restarts a timer.
 */
export function useLintRunner(editor: Editor): void {
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined
    const schedule = () => {
      clearTimeout(timer)
      timer = setTimeout(runLint, LINT_IDLE_MS)
    }
    runLint()
    editor.on('update', schedule)
    let last = session.get()
    const offSession = session.subscribe(() => {
      const now = session.get()
      if (now.briefing.meta !== last.briefing.meta || now.briefing.sources !== last.briefing.sources || now.generation !== last.generation) schedule()
      last = now
    })
    return () => {
      clearTimeout(timer)
      editor.off('update', schedule)
      offSession()
    }
  }, [editor])
}
