import { useCallback, useEffect, useRef, useSyncExternalStore } from 'react'
import type { Editor } from '@tiptap/core'

/**
 * A value derived from the editor state, recomputed on each transaction but re-rendering only when
 * it changes (by `Object.is`, or `equal`). Keep `select` cheap: it runs per keystroke.
 */
export function useEditorValue<T>(editor: Editor, select: (editor: Editor) => T, equal: (a: T, b: T) => boolean = Object.is): T {
  const cache = useRef<{ value: T } | null>(null)
  const subscribe = useCallback(
    (notify: () => void) => {
      editor.on('transaction', notify)
      return () => {
        editor.off('transaction', notify)
      }
    },
    [editor],
  )
  const snapshot = () => {
    const next = select(editor)
    // Same value as last time: hand back the cached one so React sees no change.
    if (cache.current && equal(cache.current.value, next)) return cache.current.value
    cache.current = { value: next }
    return next
  }
  return useSyncExternalStore(subscribe, snapshot)
}

/** Runs `fn` when typing pauses (after `delayMs` without a document change), and once at start. */
export function useIdleEffect(editor: Editor | null, delayMs: number, fn: (editor: Editor) => void, deps: readonly unknown[] = []): void {
  useEffect(() => {
    if (!editor) return
    let timer: ReturnType<typeof setTimeout> | undefined
    const schedule = () => {
      clearTimeout(timer)
      timer = setTimeout(() => fn(editor), delayMs)
    }
    fn(editor)
    editor.on('update', schedule)
    return () => {
      clearTimeout(timer)
      editor.off('update', schedule)
    }
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, delayMs, ...deps])
}
