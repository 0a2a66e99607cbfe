import { getEditor } from '../state/session'
import { openBriefing, save, newBlankBriefing } from '../commands/file-commands'

type Mark = 'bold' | 'italic' | 'underline'

/** Formatting and file buttons. Buttons act on the editor without making React track its state. */
export function Toolbar({ extra }: { extra?: React.ReactNode }) {
  const run = (fn: (chain: ReturnType<NonNullable<ReturnType<typeof getEditor>>['chain']>) => { run: () => boolean }) => {
    const editor = getEditor()
    if (editor) fn(editor.chain().focus()).run()
  }
  const mark = (m: Mark) => () =>
    run((c) => (m === 'bold' ? c.toggleBold() : m === 'italic' ? c.toggleItalic() : c.toggleUnderline()))
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <div className="toolbar-group">
        <button type="button" onClick={() => void newBlankBriefing()} title="New briefing (Ctrl+N)">New</button>
        <button type="button" onClick={() => void openBriefing()} title="Open (Ctrl+O)">Open</button>
        <button type="button" onClick={() => void save()} title="Save (Ctrl+S)">Save</button>
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={() => run((c) => c.undo())} title="Undo (Ctrl+Z)" aria-label="Undo">↶</button>
        <button type="button" onClick={() => run((c) => c.redo())} title="Redo (Ctrl+Shift+Z)" aria-label="Redo">↷</button>
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={() => run((c) => c.setParagraph())} title="Body text (Ctrl+Alt+0)">Body</button>
        <button type="button" onClick={() => run((c) => c.toggleHeading({ level: 1 }))} title="Heading 1 (Ctrl+Alt+1)">H1</button>
        <button type="button" onClick={() => run((c) => c.toggleHeading({ level: 2 }))} title="Heading 2 (Ctrl+Alt+2)">H2</button>
        <button type="button" onClick={() => run((c) => c.toggleHeading({ level: 3 }))} title="Heading 3 (Ctrl+Alt+3)">H3</button>
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={mark('bold')} title="Bold (Ctrl+B)" aria-label="Bold"><b>B</b></button>
        <button type="button" onClick={mark('italic')} title="Italic (Ctrl+I)" aria-label="Italic"><i>I</i></button>
        <button type="button" onClick={mark('underline')} title="Underline (Ctrl+U)" aria-label="Underline"><u>U</u></button>
      </div>
      <div className="toolbar-group">
        <button type="button" onClick={() => run((c) => c.toggleBulletList())} title="Bulleted list (Ctrl+Shift+8)">• List</button>
        <button type="button" onClick={() => run((c) => c.toggleOrderedList())} title="Numbered list (Ctrl+Shift+7)">1. List</button>
        <button type="button" onClick={() => run((c) => c.toggleBlockquote())} title="Quote (Ctrl+Shift+B)">“ Quote</button>
        <button type="button" onClick={() => run((c) => c.insertTable({ rows: 3, cols: 3, withHeaderRow: true }))} title="Insert table">Table</button>
      </div>
      {extra}
    </div>
  )
}
