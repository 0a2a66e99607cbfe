import type { Editor } from '@tiptap/core'
import { getEditor } from '../state/session'
import { onCommand } from '../shell/app-events'
import { openDialog, setSpellLanguage, ui } from '../dialogs/ui-state'
import { openFind } from '../editor/find/FindBar'
import { insertUserFootnote } from '../editor/briefing-interactions'
import { TABLE_ACTIONS } from '../editor/tables/table-commands'
import { openSpellMenuAtCursor, recheckSpelling } from '../editor/spell/spell-plugin'
import { openLink } from '../editor/links/open-link'
import { findTemplate } from '../../shared/templates'
import { session } from '../state/session'

const ZOOM_STEPS = [0.5, 0.67, 0.75, 0.8, 0.9, 1, 1.1, 1.25, 1.5, 1.75, 2, 2.5]

/** Applies a zoom factor to the page (CSS var --zoom). */
export function setZoom(zoom: number): void {
  ui.set({ zoom })
  document.documentElement.style.setProperty('--zoom', String(zoom))
}

function stepZoom(direction: 1 | -1): void {
  const z = ui.get().zoom
  const next = direction > 0 ? ZOOM_STEPS.find((s) => s > z + 0.001) : [...ZOOM_STEPS].reverse().find((s) => s < z - 0.001)
  if (next) setZoom(next)
}

function withEditor(fn: (editor: Editor) => unknown): () => void {
  return () => {
    const editor = getEditor()
    if (editor) fn(editor)
  }
}

/** Focuses the lint list (or the outline when there are no findings). */
function focusChecks(): void {
  if (ui.get().outlineHidden) ui.set({ outlineHidden: false })
  requestAnimationFrame(() => document.querySelector<HTMLElement>('.lint-panel button, .lint-panel, .outline-pane button')?.focus())
}

/**
 * Registers what the editor's commands do (menu ids from main's menu, plus the editor's own). The
 * palette and the window shortcuts run them by id.
 */
export function registerEditorCommands(): void {
  onCommand('file:new', () => openDialog('newBriefing'))
  onCommand('edit:find', () => openFind(getEditor(), 'find'))
  onCommand('edit:replace', () => openFind(getEditor(), 'replace'))
  onCommand('edit:undo', withEditor((e) => e.chain().focus().undo().run()))
  onCommand('edit:redo', withEditor((e) => e.chain().focus().redo().run()))
  onCommand('insert:footnote', withEditor((e) => insertUserFootnote(e)))
  onCommand('insert:link', () => openDialog('link'))
  onCommand(
    'link:open',
    withEditor((e) => {
      const href = e.getAttributes('link')['href']
      if (typeof href === 'string' && href) void openLink(href)
    }),
  )
  onCommand(
    'insert:decision',
    withEditor((e) => {
      const template = findTemplate(session.get().briefing.meta.template)
      const options = template?.decision?.options ?? ['Agreed', 'Not agreed', 'Noted']
      e.chain().focus().insertDecisionBlock({ options, label: null }).run()
    }),
  )
  onCommand('insert:horizontalRule', withEditor((e) => e.chain().focus().setHorizontalRule().run()))
  onCommand('format:bold', withEditor((e) => e.chain().focus().toggleBold().run()))
  onCommand('format:italic', withEditor((e) => e.chain().focus().toggleItalic().run()))
  onCommand('format:underline', withEditor((e) => e.chain().focus().toggleUnderline().run()))
  onCommand('format:paragraph', withEditor((e) => e.chain().focus().setParagraph().run()))
  onCommand('format:heading1', withEditor((e) => e.chain().focus().toggleHeading({ level: 1 }).run()))
  onCommand('format:heading2', withEditor((e) => e.chain().focus().toggleHeading({ level: 2 }).run()))
  onCommand('format:heading3', withEditor((e) => e.chain().focus().toggleHeading({ level: 3 }).run()))
  onCommand('format:bulletList', withEditor((e) => e.chain().focus().toggleBulletList().run()))
  onCommand('format:orderedList', withEditor((e) => e.chain().focus().toggleOrderedList().run()))
  onCommand('format:blockquote', withEditor((e) => e.chain().focus().toggleBlockquote().run()))
  onCommand('format:indent', withEditor((e) => e.chain().focus().sinkListItem('listItem').run()))
  onCommand('format:outdent', withEditor((e) => e.chain().focus().liftListItem('listItem').run()))
  for (const action of TABLE_ACTIONS) onCommand(action.id, withEditor((e) => action.run(e)))
  onCommand('view:commandPalette', () => openDialog('palette'))
  onCommand('view:zoomIn', () => stepZoom(1))
  onCommand('view:zoomOut', () => stepZoom(-1))
  onCommand('view:zoomReset', () => setZoom(1))
  onCommand('view:toggleSources', () => ui.set((s) => ({ sourcesHidden: !s.sourcesHidden })))
  onCommand('view:toggleOutline', () => ui.set((s) => ({ outlineHidden: !s.outlineHidden })))
  onCommand('view:toggleHeader', () => ui.set((s) => ({ headerOpen: !s.headerOpen })))
  onCommand('view:focusEditor', withEditor((e) => e.commands.focus()))
  onCommand('view:focusChecks', focusChecks)
  onCommand('spell:suggest', withEditor((e) => openSpellMenuAtCursor(e)))
  onCommand(
    'spell:toggle',
    withEditor((e) => {
      ui.set((s) => ({ spellEnabled: !s.spellEnabled }))
      recheckSpelling(e)
    }),
  )
  for (const lang of ['en-GB', 'en-US'] as const) {
    onCommand(
      `spell:${lang}`,
      withEditor((e) => {
        setSpellLanguage(lang)
        recheckSpelling(e)
      }),
    )
  }
  onCommand('help:shortcuts', () => openDialog('shortcuts'))
}
