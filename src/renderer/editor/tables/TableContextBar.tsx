import type { Editor } from '@tiptap/core'
import { useEditorValue } from '../use-editor-value'
import { TABLE_ACTIONS } from './table-commands'

/** Row, column and header buttons, shown above the page while the cursor is in a table. */
export function TableContextBar({ editor }: { editor: Editor }) {
  // A boolean: the bar re-renders when the cursor enters or leaves a table, not per keystroke.
  const inTable = useEditorValue(editor, (e) => e.isActive('table'))
  if (!inTable) return null
  return (
    <div className="table-bar" role="toolbar" aria-label="Table">
      <span className="table-bar-label">Table:</span>
      {TABLE_ACTIONS.filter((a) => a.inTable).map((a) => (
        <button key={a.id} type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => a.run(editor)}>
          {a.label}
        </button>
      ))}
    </div>
  )
}
