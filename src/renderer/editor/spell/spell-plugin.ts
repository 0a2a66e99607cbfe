import { Extension, type Editor } from '@tiptap/core'
import { Plugin, PluginKey, type EditorState, type Transaction } from '@tiptap/pm/state'
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view'
import type { Node as PmNode } from '@tiptap/pm/model'
import { spellClient } from './spell-client'
import { wordsInBlock } from './spell-words'
import type { SpellLanguage } from './spell-protocol'
import { spellMenu } from './spell-menu-state'

interface SpellState {
  decorations: DecorationSet
  /** Ranges edited since the last check, in current document coordinates. */
  dirty: [number, number][]
  /** Bumped by a reset: the plugin view then checks everything visible again. */
  resets: number
}

interface SpellMeta {
  /** Replace the decorations inside these block ranges with `add`. */
  blocks?: [number, number][]
  add?: Decoration[]
  /** Drop everything (language changed or spell check turned off). */
  reset?: boolean
}

/** Key of the spell-check plugin. */
export const spellKey = new PluginKey<SpellState>('spellCheck')

/** How long typing must pause before words are checked. */
const IDLE_MS = 450

/** Ranges this transaction changed, in its final document's coordinates. */
function changedRanges(tr: Transaction): [number, number][] {
  const ranges: [number, number][] = []
  tr.mapping.maps.forEach((map, i) => {
    // Later steps move earlier ranges: map through the rest of the transaction.
    const rest = tr.mapping.slice(i + 1)
    map.forEach((_oldStart, _oldEnd, newStart, newEnd) => ranges.push([rest.map(newStart, -1), rest.map(newEnd, 1)]))
  })
  return ranges
}

/** Keeps the pending list short: many small edits collapse into one covering range. */
function compact(ranges: [number, number][]): [number, number][] {
  if (ranges.length <= 64) return ranges
  return [[Math.min(...ranges.map((r) => r[0])), Math.max(...ranges.map((r) => r[1]))]]
}

/** The textblocks overlapping [from, to], as [start, end] ranges with the node. */
function blocksIn(doc: PmNode, from: number, to: number, into: Map<number, PmNode>): void {
  doc.nodesBetween(Math.max(0, from), Math.min(doc.content.size, to), (node, pos) => {
    if (node.isTextblock) {
      into.set(pos, node)
      return false
    }
    return true
  })
}

/**
 * Document range visible in the editor's scroll area: a binary search over the top-level blocks'
 * boxes (posAtCoords is unreliable over the page's padding).
 */
function visibleRange(view: EditorView): [number, number] {
  const { doc } = view.state
  const scroller = view.dom.closest('.editor-pane') ?? view.dom
  const box = scroller.getBoundingClientRect()
  const starts: number[] = []
  doc.forEach((_node, offset) => starts.push(offset))
  const rectOf = (i: number) => {
    const dom = view.nodeDOM(starts[i]!)
    return dom instanceof Element ? dom.getBoundingClientRect() : null
  }
  let lo = 0
  let hi = starts.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    const r = rectOf(mid)
    if (r && r.bottom < box.top) lo = mid + 1
    else hi = mid
  }
  let last = lo
  while (last + 1 < starts.length) {
    const r = rectOf(last + 1)
    if (r && r.top > box.bottom) break
    last++
  }
  const end = last + 1 < starts.length ? starts[last + 1]! : doc.content.size
  return [starts[lo] ?? 0, end]
}

export interface SpellCheckOptions {
  /** Current language and on/off switch, read at every check. */
  settings: () => { lang: SpellLanguage; enabled: boolean }
}

/**
 * Offline spell check: red wavy underlines as decorations, computed after typing pauses and only
 * for the edited paragraphs and the ones scrolled into view. Words are judged in a worker.
 */
export const SpellCheck = Extension.create<SpellCheckOptions>({
  name: 'spellCheck',
  addOptions() {
    return { settings: () => ({ lang: 'en-GB' as SpellLanguage, enabled: true }) }
  },
  addKeyboardShortcuts() {
    return {
      // F7 (as in word processors): suggestions for the misspelling at or after the cursor.
      F7: () => openSpellMenuAtCursor(this.editor),
    }
  },
  addProseMirrorPlugins() {
    const settings = this.options.settings
    return [
      new Plugin<SpellState>({
        key: spellKey,
        state: {
          init: () => ({ decorations: DecorationSet.empty, dirty: [], resets: 0 }),
          apply: (tr, value, _old, state: EditorState) => {
            const meta = tr.getMeta(spellKey) as SpellMeta | undefined
            let { decorations, dirty } = value
            if (tr.docChanged) {
              decorations = decorations.map(tr.mapping, tr.doc)
              const fresh = changedRanges(tr)
              dirty = compact([...dirty.map(([a, b]) => [tr.mapping.map(a, -1), tr.mapping.map(b, 1)] as [number, number]), ...fresh])
              // An edited word loses its underline at once; it is judged again when typing pauses.
              for (const [a, b] of fresh) {
                const stale = decorations.find(Math.max(0, a - 1), b + 1)
                if (stale.length) decorations = decorations.remove(stale)
              }
            }
            if (meta?.reset) return { decorations: DecorationSet.empty, dirty: [], resets: value.resets + 1 }
            if (meta?.blocks) {
              for (const [a, b] of meta.blocks) decorations = decorations.remove(decorations.find(a, b))
              decorations = decorations.add(state.doc, meta.add ?? [])
              dirty = []
            }
            return { decorations, dirty, resets: value.resets }
          },
        },
        props: {
          decorations: (state) => spellKey.getState(state)?.decorations,
          handleDOMEvents: {
            // Right-click on an underlined word: our suggestions instead of the browser's menu.
            contextmenu: (view, event) => {
              const at = view.posAtCoords({ left: event.clientX, top: event.clientY })
              const hit = at && misspellingAtState(view.state, at.pos)
              if (!hit) return false
              event.preventDefault()
              spellMenu.set({ target: { ...hit, x: event.clientX, y: event.clientY } })
              return true
            },
          },
        },
        view: (view) => {
          let timer: ReturnType<typeof setTimeout> | undefined
          let destroyed = false
          let fullVisible = true
          const run = async () => {
            const { lang, enabled } = settings()
            if (!enabled || destroyed) return
            const state = view.state
            const blocks = new Map<number, PmNode>()
            for (const [a, b] of spellKey.getState(state)?.dirty ?? []) blocksIn(state.doc, a, b, blocks)
            if (fullVisible) {
              const [a, b] = visibleRange(view)
              blocksIn(state.doc, a, b, blocks)
              fullVisible = false
            }
            if (blocks.size === 0) return
            const found = [...blocks].map(([pos, node]) => ({ pos, node, words: wordsInBlock(node, pos) }))
            try {
              await spellClient.check(lang, found.flatMap((b) => b.words.map((w) => w.word)))
            } catch (e) {
              console.warn('spell check failed', e)
              return
            }
            // Edited while the worker answered: the pending ranges are still dirty; try again later.
            if (destroyed || view.state.doc !== state.doc) return schedule()
            const add = found.flatMap((b) =>
              b.words
                .filter((w) => spellClient.isMisspelled(lang, w.word))
                .map((w) => Decoration.inline(w.from, w.to, { class: 'spell-error', 'data-spell-word': w.word }, { word: w.word })),
            )
            const ranges = found.map((b) => [b.pos, b.pos + b.node.nodeSize] as [number, number])
            view.dispatch(view.state.tr.setMeta(spellKey, { blocks: ranges, add } satisfies SpellMeta).setMeta('addToHistory', false))
          }
          const schedule = () => {
            clearTimeout(timer)
            timer = setTimeout(() => void run(), IDLE_MS)
          }
          // The view is created before it is mounted, so listen on the document for scrolls of
          // whatever pane holds it.
          const onScroll = (event: Event) => {
            if (!(event.target instanceof Node) || !event.target.contains(view.dom)) return
            fullVisible = true
            schedule()
          }
          document.addEventListener('scroll', onScroll, { capture: true, passive: true })
          schedule()
          return {
            update: (v, prev) => {
              if (spellKey.getState(v.state)?.resets !== spellKey.getState(prev)?.resets) fullVisible = true
              if (v.state.doc !== prev.doc || fullVisible) schedule()
            },
            destroy: () => {
              destroyed = true
              clearTimeout(timer)
              document.removeEventListener('scroll', onScroll, { capture: true })
            },
          }
        },
      }),
    ]
  },
})

/** Drops every underline and checks the visible text again (language changed, word accepted). */
export function recheckSpelling(editor: Editor): void {
  editor.view.dispatch(editor.state.tr.setMeta(spellKey, { reset: true } satisfies SpellMeta).setMeta('addToHistory', false))
}

/** The misspelled word at a document position, if any: its range and text. */
export function misspellingAt(editor: Editor, pos: number): { from: number; to: number; word: string } | null {
  return misspellingAtState(editor.state, pos)
}

function misspellingAtState(state: EditorState, pos: number): { from: number; to: number; word: string } | null {
  const decos = spellKey.getState(state)?.decorations.find(pos, pos) ?? []
  const d = decos[0]
  if (!d) return null
  return { from: d.from, to: d.to, word: String((d.spec as { word?: string }).word ?? state.doc.textBetween(d.from, d.to)) }
}

/** The first misspelling at or after a position (wrapping to the start), for the keyboard shortcut. */
export function nextMisspelling(editor: Editor, pos: number): { from: number; to: number; word: string } | null {
  const all = spellKey.getState(editor.state)?.decorations.find() ?? []
  if (all.length === 0) return null
  const sorted = [...all].sort((x, y) => x.from - y.from)
  const d = sorted.find((x) => x.to >= pos) ?? sorted[0]!
  return { from: d.from, to: d.to, word: String((d.spec as { word?: string }).word ?? '') }
}

/** Selects the next misspelling from the cursor and opens the suggestions menu under it. */
export function openSpellMenuAtCursor(editor: Editor): boolean {
  const hit = misspellingAt(editor, editor.state.selection.from) ?? nextMisspelling(editor, editor.state.selection.from)
  if (!hit) return false
  editor.chain().setTextSelection({ from: hit.from, to: hit.to }).scrollIntoView().run()
  const coords = editor.view.coordsAtPos(hit.from)
  spellMenu.set({ target: { ...hit, x: coords.left, y: coords.bottom } })
  return true
}
