import { Menu, type MenuItemConstructorOptions } from 'electron'

/** Commands the menu sends to the renderer; the renderer's command registry handles each. */
export type MenuCommand =
  | 'file:new'
  | 'file:open'
  | 'file:save'
  | 'file:saveAs'
  | 'file:revert'
  | 'file:close'
  | 'file:importArticle'
  | 'file:pasteArticle'
  | 'file:exportDocx'
  | 'file:previewDocx'
  | 'edit:find'
  | 'edit:replace'
  | 'edit:insertQuote'
  | 'edit:insertParaphrase'
  | 'view:commandPalette'
  | 'view:zoomIn'
  | 'view:zoomOut'
  | 'view:zoomReset'
  | 'view:toggleSources'
  | 'view:toggleOutline'
  | 'help:shortcuts'
  | 'help:about'

/** Builds the application menu: standard roles plus File/Edit/View/Help commands with the usual shortcuts. */
export function buildAppMenu(send: (command: MenuCommand) => void, opts: { isMac: boolean; recent: { label: string; open: () => void }[]; dev: boolean }): Menu {
  const cmd = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions => ({
    label,
    ...(accelerator ? { accelerator } : {}),
    click: () => send(command),
  })
  const template: MenuItemConstructorOptions[] = [
    ...(opts.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: '&File',
      submenu: [
        cmd('New Briefing…', 'file:new', 'CmdOrCtrl+N'),
        cmd('Open…', 'file:open', 'CmdOrCtrl+O'),
        {
          label: 'Open Recent',
          submenu: opts.recent.length ? opts.recent.map((r) => ({ label: r.label, click: r.open })) : [{ label: 'No recent briefings', enabled: false }],
        },
        { type: 'separator' },
        cmd('Save', 'file:save', 'CmdOrCtrl+S'),
        cmd('Save As…', 'file:saveAs', 'CmdOrCtrl+Shift+S'),
        cmd('Revert to Saved', 'file:revert'),
        { type: 'separator' },
        cmd('Import Article…', 'file:importArticle', 'CmdOrCtrl+Alt+I'),
        cmd('Paste Article Text…', 'file:pasteArticle', 'CmdOrCtrl+Alt+V'),
        { type: 'separator' },
        cmd('Preview Word Document', 'file:previewDocx', 'CmdOrCtrl+Shift+P'),
        cmd('Export to Word…', 'file:exportDocx', 'CmdOrCtrl+E'),
        { type: 'separator' },
        cmd('Close Briefing', 'file:close', 'CmdOrCtrl+W'),
        ...(opts.isMac ? [] : [{ type: 'separator' as const }, { role: 'quit' as const }]),
      ],
    },
    {
      label: '&Edit',
      submenu: [
        { role: 'undo' },
        { role: 'redo' },
        { type: 'separator' },
        { role: 'cut' },
        { role: 'copy' },
        { role: 'paste' },
        { role: 'pasteAndMatchStyle' },
        { role: 'selectAll' },
        { type: 'separator' },
        cmd('Find…', 'edit:find', 'CmdOrCtrl+F'),
        cmd('Replace…', 'edit:replace', 'CmdOrCtrl+H'),
        { type: 'separator' },
        cmd('Insert Selection as Quote', 'edit:insertQuote', 'CmdOrCtrl+Shift+Q'),
        cmd('Insert Selection as Paraphrase', 'edit:insertParaphrase', 'CmdOrCtrl+Shift+R'),
      ],
    },
    {
      label: '&View',
      submenu: [
        cmd('Command Palette…', 'view:commandPalette', 'CmdOrCtrl+K'),
        { type: 'separator' },
        cmd('Sources Pane', 'view:toggleSources', 'CmdOrCtrl+1'),
        cmd('Outline and Checks', 'view:toggleOutline', 'CmdOrCtrl+2'),
        { type: 'separator' },
        cmd('Zoom In', 'view:zoomIn', 'CmdOrCtrl+='),
        cmd('Zoom Out', 'view:zoomOut', 'CmdOrCtrl+-'),
        cmd('Actual Size', 'view:zoomReset', 'CmdOrCtrl+0'),
        { type: 'separator' },
        { role: 'togglefullscreen' },
        ...(opts.dev ? [{ role: 'toggleDevTools' as const }, { role: 'reload' as const }] : []),
      ],
    },
    { role: 'windowMenu' },
    {
      label: '&Help',
      submenu: [cmd('Keyboard Shortcuts', 'help:shortcuts', 'CmdOrCtrl+/'), cmd('About Briefwright', 'help:about')],
    },
  ]
  return Menu.buildFromTemplate(template)
}
