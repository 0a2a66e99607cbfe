import type { Editor } from '@tiptap/core'

/** A table action with its label (the toolbar menu, the context bar and the palette share these). */
export interface TableAction {
  id: string
  label: string
  /** Only offered when the cursor is in a table. */
  inTable: boolean
  run: (editor: Editor) => boolean
}

/** Every table action, in menu order. */
export const TABLE_ACTIONS: TableAction[] = [
  { id: 'table:insert', label: 'Insert table', inTable: false, run: (e) => e.chain().focus().insertTable({ rows: 3, cols: 3, withHeaderRow: true }).run() },
  { id: 'table:addRowBefore', label: 'Add row above', inTable: true, run: (e) => e.chain().focus().addRowBefore().run() },
  { id: 'table:addRowAfter', label: 'Add row below', inTable: true, run: (e) => e.chain().focus().addRowAfter().run() },
  { id: 'table:deleteRow', label: 'Delete row', inTable: true, run: (e) => e.chain().focus().deleteRow().run() },
  { id: 'table:addColumnBefore', label: 'Add column left', inTable: true, run: (e) => e.chain().focus().addColumnBefore().run() },
  { id: 'table:addColumnAfter', label: 'Add column right', inTable: true, run: (e) => e.chain().focus().addColumnAfter().run() },
  { id: 'table:deleteColumn', label: 'Delete column', inTable: true, run: (e) => e.chain().focus().deleteColumn().run() },
  { id: 'table:toggleHeaderRow', label: 'Toggle header row', inTable: true, run: (e) => e.chain().focus().toggleHeaderRow().run() },
  { id: 'table:delete', label: 'Delete table', inTable: true, run: (e) => e.chain().focus().deleteTable().run() },
]
