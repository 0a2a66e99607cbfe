import { COMMANDS, shortcutOf } from './command-list'
import { hasCommand, runCommand } from '../shell/app-events'

const GLOBAL = new Map(COMMANDS.filter((c) => c.global && c.shortcut).map((c) => [c.shortcut!, c.id]))
// Ctrl+Shift+= is how many keyboards type Ctrl++.
GLOBAL.set('Ctrl+Shift+=', 'view:zoomIn')

/**
 * Window-level shortcuts for commands (palette, find, zoom, file…). In Electron the menu has the
 * same accelerators: on Windows and Linux the page sees the key first and, by handling it here
 * (preventDefault), stops the menu from running the command a second time; on macOS the menu
 * takes the key before the page does. Returns a disposer.
 */
export function installShortcuts(): () => void {
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.defaultPrevented || event.isComposing) return
    if (!(event.ctrlKey || event.metaKey)) return
    const id = GLOBAL.get(shortcutOf(event))
    if (!id || !hasCommand(id)) return
    event.preventDefault()
    event.stopPropagation()
    runCommand(id)
  }
  window.addEventListener('keydown', onKeyDown, true)
  return () => window.removeEventListener('keydown', onKeyDown, true)
}
