import { useState } from 'react'
import { getEditor } from '../state/session'
import { openBriefing, save } from '../commands/file-commands'
import { runCommand } from './app-events'
import { TABLE_ACTIONS } from '../editor/tables/table-commands'

/** A toolbar button that runs a command by id (the palette and menu run the same ids). */
function Cmd({ id, label, title, children }: { id: string; label?: string; title: string; children: React.ReactNode }) {
  return (
    // mousedown would take focus from the editor and lose its selection; keyboard users still reach it with Tab.
    <button type="button" onMouseDown={(e) => e.preventDefault()} onClick={() => runCommand(id)} title={title} aria-label={label}>
      {children}
    </button>
  )
}

/** The Table menu button: insert, rows, columns, header row. Opens with Enter/Space/ArrowDown; Escape closes. */
function TableMenu() {
  const [open, setOpen] = useState(false)
  const close = (refocus: boolean) => {
    setOpen(false)
    if (refocus) document.getElementById('table-menu-button')?.focus()
  }
  const onKeyDown = (e: React.KeyboardEvent) => {
    const items = Array.from(document.querySelectorAll<HTMLButtonElement>('#table-menu [role="menuitem"]:not([disabled])'))
    const i = items.indexOf(document.activeElement as HTMLButtonElement)
    if (e.key === 'Escape') {
      e.preventDefault()
      close(true)
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault()
      items[(i + (e.key === 'ArrowDown' ? 1 : -1) + items.length) % items.length]?.focus()
    }
  }
  const inTable = getEditor()?.isActive('table') ?? false
  return (
    <div className="menu-anchor" onKeyDown={onKeyDown}>
      <button
        id="table-menu-button"
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls="table-menu"
        onMouseDown={(e) => e.preventDefault()}
        onClick={() => {
          setOpen(!open)
          if (!open) requestAnimationFrame(() => document.querySelector<HTMLButtonElement>('#table-menu [role="menuitem"]:not([disabled])')?.focus())
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown' && !open) {
            e.preventDefault()
            setOpen(true)
            requestAnimationFrame(() => document.querySelector<HTMLButtonElement>('#table-menu [role="menuitem"]:not([disabled])')?.focus())
          }
        }}
      >
        Table ▾
      </button>
      {open && (
        <>
          <div className="menu-backdrop" onMouseDown={() => close(false)} />
          <div id="table-menu" className="dropdown-menu" role="menu" aria-label="Table">
            {TABLE_ACTIONS.map((a) => (
              <button
                key={a.id}
                type="button"
                role="menuitem"
                disabled={a.inTable && !inTable}
                onMouseDown={(e) => e.preventDefault()}
                onClick={() => {
                  close(false)
                  runCommand(a.id)
                }}
              >
                {a.label}
              </button>
            ))}
          </div>
        </>
      )}
    </div>
  )
}

/** Formatting and file buttons. Buttons act on the editor without making React track its state. */
export function Toolbar({ extra }: { extra?: React.ReactNode }) {
  return (
    <div className="toolbar" role="toolbar" aria-label="Formatting">
      <div className="toolbar-group">
        <button type="button" onClick={() => runCommand('file:new')} title="New briefing (Ctrl+N)">New</button>
        <button type="button" onClick={() => void openBriefing()} title="Open (Ctrl+O)">Open</button>
        <button type="button" onClick={() => void save()} title="Save (Ctrl+S)">Save</button>
      </div>
      <div className="toolbar-group">
        <Cmd id="edit:undo" title="Undo (Ctrl+Z)" label="Undo">↶</Cmd>
        <Cmd id="edit:redo" title="Redo (Ctrl+Shift+Z)" label="Redo">↷</Cmd>
      </div>
      <div className="toolbar-group">
        <Cmd id="format:paragraph" title="Body text (Ctrl+Alt+0)">Body</Cmd>
        <Cmd id="format:heading1" title="Heading 1 (Ctrl+Alt+1)">H1</Cmd>
        <Cmd id="format:heading2" title="Heading 2 (Ctrl+Alt+2)">H2</Cmd>
        <Cmd id="format:heading3" title="Heading 3 (Ctrl+Alt+3)">H3</Cmd>
      </div>
      <div className="toolbar-group">
        <Cmd id="format:bold" title="Bold (Ctrl+B)" label="Bold"><b>B</b></Cmd>
        <Cmd id="format:italic" title="Italic (Ctrl+I)" label="Italic"><i>I</i></Cmd>
        <Cmd id="format:underline" title="Underline (Ctrl+U)" label="Underline"><u>U</u></Cmd>
      </div>
      <div className="toolbar-group">
        <Cmd id="format:bulletList" title="Bulleted list (Ctrl+Shift+8)">• List</Cmd>
        <Cmd id="format:orderedList" title="Numbered list (Ctrl+Shift+7)">1. List</Cmd>
        <Cmd id="format:blockquote" title="Quote (Ctrl+Shift+B)">“ Quote</Cmd>
        <TableMenu />
      </div>
      <div className="toolbar-group">
        <Cmd id="insert:link" title="Insert or edit link (Ctrl+Alt+K)">Link</Cmd>
        <Cmd id="insert:footnote" title="Insert footnote (Ctrl+Alt+F)">Footnote</Cmd>
        <Cmd id="insert:decision" title="Insert decision block">Decision</Cmd>
      </div>
      <div className="toolbar-group">
        <Cmd id="edit:find" title="Find (Ctrl+F)">Find</Cmd>
        <Cmd id="view:commandPalette" title="Command palette (Ctrl+K)">Commands</Cmd>
      </div>
      {extra}
    </div>
  )
}
