import { COMMANDS, displayShortcut, type CommandInfo } from './command-list'
import { Modal } from '../dialogs/Modal'
import { closeDialog } from '../dialogs/ui-state'

const EXTRA: { group: string; title: string; shortcut: string }[] = [
  { group: 'Move around', title: 'Next or previous control', shortcut: 'Tab / Shift+Tab' },
  { group: 'Move around', title: 'Leave the text to the toolbar and panes', shortcut: 'Ctrl+Tab or Escape then Tab' },
  { group: 'Move around', title: 'Find: next or previous match', shortcut: 'Enter / Shift+Enter' },
  { group: 'Move around', title: 'Close a dialog, menu or the find bar', shortcut: 'Escape' },
  { group: 'Move around', title: 'Spelling menu on a word', shortcut: 'F7 or right-click' },
  { group: 'Move around', title: 'Link: open in browser', shortcut: 'Ctrl+click' },
]

/** Help → Keyboard Shortcuts: every command that has a shortcut, grouped. */
export function ShortcutsDialog() {
  const groups = new Map<string, { title: string; shortcut: string }[]>()
  for (const c of COMMANDS.filter((x): x is CommandInfo & { shortcut: string } => Boolean(x.shortcut))) {
    const list = groups.get(c.group) ?? []
    list.push({ title: c.title, shortcut: displayShortcut(c.shortcut) })
    groups.set(c.group, list)
  }
  for (const e of EXTRA) groups.set(e.group, [...(groups.get(e.group) ?? []), { title: e.title, shortcut: e.shortcut }])
  return (
    <Modal title="Keyboard shortcuts" onClose={closeDialog} className="shortcuts-dialog">
      <div className="shortcuts-grid">
        {[...groups].map(([group, list]) => (
          <table key={group} className="shortcuts-table">
            <caption>{group}</caption>
            <tbody>
              {list.map((s) => (
                <tr key={s.title}>
                  <th scope="row">{s.title}</th>
                  <td>
                    <kbd>{s.shortcut}</kbd>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </div>
      <div className="modal-buttons">
        <button type="button" className="primary" onClick={closeDialog}>Close</button>
      </div>
    </Modal>
  )
}
