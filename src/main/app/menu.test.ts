import { describe, expect, it } from 'vitest'
import type { MenuItemConstructorOptions } from 'electron'
import { buildAppMenu } from './menu'
import { COMMANDS } from '../../renderer/palette/command-list'

/** Menu items with a command click handler, flattened, with the command each sends. */
function menuCommands(): { label: string; accelerator?: string; command: string }[] {
  const sent: string[] = []
  // The electron mock's buildFromTemplate returns the template itself.
  const template = buildAppMenu((c) => sent.push(c), { isMac: false, dev: false, recent: [] }) as unknown as MenuItemConstructorOptions[]
  const out: { label: string; accelerator?: string; command: string }[] = []
  const walk = (items: MenuItemConstructorOptions[]) => {
    for (const item of items) {
      if (Array.isArray(item.submenu)) walk(item.submenu)
      if (item.click && item.label) {
        sent.length = 0
        ;(item.click as () => void)()
        if (sent[0]) out.push({ label: item.label, accelerator: item.accelerator as string | undefined, command: sent[0] })
      }
    }
  }
  walk(template)
  return out
}

// Accelerators Electron's standard roles already use on Windows and Linux.
const ROLE_ACCELERATORS = ['CmdOrCtrl+Z', 'CmdOrCtrl+Shift+Z', 'CmdOrCtrl+Y', 'CmdOrCtrl+X', 'CmdOrCtrl+C', 'CmdOrCtrl+V', 'CmdOrCtrl+Shift+V', 'CmdOrCtrl+A', 'F11']
// Editing keys the editor owns: bold, italic, underline.
const EDITOR_KEYS = ['CmdOrCtrl+B', 'CmdOrCtrl+I', 'CmdOrCtrl+U']

describe('application menu', () => {
  it('gives every command a distinct accelerator that no standard role or editing key uses', () => {
    expect(menuCommands().length).toBeGreaterThan(15)
    const accelerators = menuCommands().flatMap((m) => (m.accelerator ? [m.accelerator] : []))
    expect(new Set(accelerators).size).toBe(accelerators.length)
    for (const a of accelerators) {
      expect(ROLE_ACCELERATORS).not.toContain(a)
      expect(EDITOR_KEYS).not.toContain(a)
    }
  })

  it('shows the same shortcut in the menu as in the command palette', () => {
    const palette = new Map(COMMANDS.map((c) => [c.id, c.shortcut]))
    for (const item of menuCommands()) {
      expect(palette.has(item.command), `${item.command} is in the palette`).toBe(true)
      const menuShortcut = item.accelerator?.replace('CmdOrCtrl', 'Ctrl')
      expect(palette.get(item.command), `${item.label}`).toBe(menuShortcut)
    }
  })
})
