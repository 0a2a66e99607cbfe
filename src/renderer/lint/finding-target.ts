import type { Editor } from '@tiptap/core'
import { NodeSelection, TextSelection } from '@tiptap/pm/state'
import type { FindingTarget } from '../../shared/templates'
import { ui } from '../dialogs/ui-state'

/** Document position just before the node at `path` (child indices from the doc), or null if gone. */
export function positionOfPath(editor: Editor, path: readonly number[]): number | null {
  let node = editor.state.doc
  let start = 0
  for (let depth = 0; depth < path.length; depth++) {
    const index = path[depth]!
    if (index >= node.childCount) return null
    let before = start
    for (let j = 0; j < index; j++) before += node.child(j).nodeSize
    if (depth === path.length - 1) return before
    node = node.child(index)
    start = before + 1
  }
  return null
}

/** Moves to where a finding points: the node in the text, or the header field. */
export function goToFinding(editor: Editor, target: FindingTarget): void {
  if (!target) {
    editor.commands.focus()
    return
  }
  if (target.kind === 'meta') {
    ui.set({ headerOpen: true })
    requestAnimationFrame(() => {
      const input = document.getElementById(`hf-${target.field}`)
      input?.scrollIntoView({ block: 'center' })
      input?.focus()
    })
    return
  }
  const pos = positionOfPath(editor, target.path)
  if (pos === null) return
  const { doc } = editor.state
  const node = doc.nodeAt(pos)
  // Atoms (decision blocks) are selected whole; anything else gets a cursor at its start.
  const selection = node && node.isAtom && NodeSelection.isSelectable(node) ? NodeSelection.create(doc, pos) : TextSelection.near(doc.resolve(Math.min(pos + 1, doc.content.size)))
  editor.view.dispatch(editor.state.tr.setSelection(selection).scrollIntoView())
  editor.view.focus()
  // scrollIntoView only brings the cursor to the edge; centre the target so its context shows.
  const dom = editor.view.nodeDOM(pos)
  if (dom instanceof HTMLElement) {
    dom.scrollIntoView({ block: 'center' })
    dom.classList.add('lint-flash')
    setTimeout(() => dom.classList.remove('lint-flash'), 1200)
  }
}
