/** A command as the palette and the shortcuts help show it. */
export interface CommandInfo {
  id: string
  title: string
  group: 'File' | 'Edit' | 'Insert' | 'Format' | 'Table' | 'View' | 'Spelling' | 'Help'
  /** Display form, e.g. "Ctrl+Shift+S" ("Ctrl" is Cmd on macOS). */
  shortcut?: string
  /** Handled by the window's key handler (true) or by the editor itself (false: listed for help only). */
  global?: boolean
}

/** Every command by name, with its shortcut. Menu commands keep the ids main's menu sends. */
export const COMMANDS: CommandInfo[] = [
  { id: 'file:new', title: 'New briefing…', group: 'File', shortcut: 'Ctrl+N', global: true },
  { id: 'file:open', title: 'Open…', group: 'File', shortcut: 'Ctrl+O', global: true },
  { id: 'file:save', title: 'Save', group: 'File', shortcut: 'Ctrl+S', global: true },
  { id: 'file:saveAs', title: 'Save as…', group: 'File', shortcut: 'Ctrl+Shift+S', global: true },
  { id: 'file:revert', title: 'Revert to saved', group: 'File' },
  { id: 'file:importArticle', title: 'Import article…', group: 'File', shortcut: 'Ctrl+Alt+I', global: true },
  { id: 'file:pasteArticle', title: 'Paste article text…', group: 'File', shortcut: 'Ctrl+Alt+V', global: true },
  { id: 'file:previewDocx', title: 'Preview Word document', group: 'File', shortcut: 'Ctrl+Shift+P', global: true },
  { id: 'file:exportDocx', title: 'Export to Word…', group: 'File', shortcut: 'Ctrl+E', global: true },
  { id: 'file:close', title: 'Close briefing', group: 'File', shortcut: 'Ctrl+W' },
  { id: 'edit:undo', title: 'Undo', group: 'Edit', shortcut: 'Ctrl+Z' },
  { id: 'edit:redo', title: 'Redo', group: 'Edit', shortcut: 'Ctrl+Shift+Z' },
  { id: 'edit:find', title: 'Find…', group: 'Edit', shortcut: 'Ctrl+F', global: true },
  { id: 'edit:replace', title: 'Find and replace…', group: 'Edit', shortcut: 'Ctrl+H', global: true },
  { id: 'edit:insertQuote', title: 'Insert source selection as quote', group: 'Insert', shortcut: 'Ctrl+Shift+Q' },
  { id: 'edit:insertParaphrase', title: 'Insert source selection as paraphrase', group: 'Insert', shortcut: 'Ctrl+Shift+R' },
  { id: 'insert:footnote', title: 'Insert footnote', group: 'Insert', shortcut: 'Ctrl+Alt+F' },
  { id: 'insert:link', title: 'Insert or edit link…', group: 'Insert', shortcut: 'Ctrl+Alt+K', global: true },
  { id: 'insert:decision', title: 'Insert decision block', group: 'Insert' },
  { id: 'insert:horizontalRule', title: 'Insert horizontal line', group: 'Insert' },
  { id: 'link:open', title: 'Open link in browser…', group: 'Insert' },
  { id: 'format:bold', title: 'Bold', group: 'Format', shortcut: 'Ctrl+B' },
  { id: 'format:italic', title: 'Italic', group: 'Format', shortcut: 'Ctrl+I' },
  { id: 'format:underline', title: 'Underline', group: 'Format', shortcut: 'Ctrl+U' },
  { id: 'format:paragraph', title: 'Body text', group: 'Format', shortcut: 'Ctrl+Alt+0' },
  { id: 'format:heading1', title: 'Heading 1', group: 'Format', shortcut: 'Ctrl+Alt+1' },
  { id: 'format:heading2', title: 'Heading 2', group: 'Format', shortcut: 'Ctrl+Alt+2' },
  { id: 'format:heading3', title: 'Heading 3', group: 'Format', shortcut: 'Ctrl+Alt+3' },
  { id: 'format:bulletList', title: 'Bulleted list', group: 'Format', shortcut: 'Ctrl+Shift+8' },
  { id: 'format:orderedList', title: 'Numbered list', group: 'Format', shortcut: 'Ctrl+Shift+7' },
  { id: 'format:blockquote', title: 'Block quotation', group: 'Format', shortcut: 'Ctrl+Shift+B' },
  { id: 'format:indent', title: 'Indent list item', group: 'Format', shortcut: 'Tab' },
  { id: 'format:outdent', title: 'Outdent list item', group: 'Format', shortcut: 'Shift+Tab' },
  { id: 'table:insert', title: 'Insert table', group: 'Table' },
  { id: 'table:addRowBefore', title: 'Add row above', group: 'Table' },
  { id: 'table:addRowAfter', title: 'Add row below', group: 'Table' },
  { id: 'table:deleteRow', title: 'Delete row', group: 'Table' },
  { id: 'table:addColumnBefore', title: 'Add column left', group: 'Table' },
  { id: 'table:addColumnAfter', title: 'Add column right', group: 'Table' },
  { id: 'table:deleteColumn', title: 'Delete column', group: 'Table' },
  { id: 'table:toggleHeaderRow', title: 'Toggle header row', group: 'Table' },
  { id: 'table:delete', title: 'Delete table', group: 'Table' },
  { id: 'view:commandPalette', title: 'Command palette…', group: 'View', shortcut: 'Ctrl+K', global: true },
  { id: 'view:zoomIn', title: 'Zoom in', group: 'View', shortcut: 'Ctrl+=', global: true },
  { id: 'view:zoomOut', title: 'Zoom out', group: 'View', shortcut: 'Ctrl+-', global: true },
  { id: 'view:zoomReset', title: 'Actual size', group: 'View', shortcut: 'Ctrl+0', global: true },
  { id: 'view:toggleSources', title: 'Show or hide sources', group: 'View', shortcut: 'Ctrl+1', global: true },
  { id: 'view:toggleOutline', title: 'Show or hide outline and checks', group: 'View', shortcut: 'Ctrl+2', global: true },
  { id: 'view:toggleHeader', title: 'Show or hide header fields', group: 'View' },
  { id: 'view:focusEditor', title: 'Go to the briefing text', group: 'View', shortcut: 'Ctrl+Alt+E', global: true },
  { id: 'view:focusChecks', title: 'Go to the checks (lint) list', group: 'View', shortcut: 'Ctrl+Alt+L', global: true },
  { id: 'spell:suggest', title: 'Spelling suggestions for the next misspelling', group: 'Spelling', shortcut: 'F7' },
  { id: 'spell:toggle', title: 'Turn spell check on or off', group: 'Spelling' },
  { id: 'spell:en-GB', title: 'Spelling language: English (UK)', group: 'Spelling' },
  { id: 'spell:en-US', title: 'Spelling language: English (US)', group: 'Spelling' },
  { id: 'help:shortcuts', title: 'Keyboard shortcuts', group: 'Help', shortcut: 'Ctrl+/', global: true },
  { id: 'help:about', title: 'About Briefwright', group: 'Help' },
]

/** Shortcut text as it appears on this platform (Cmd and Option on macOS). */
export function displayShortcut(shortcut: string): string {
  if (!/Mac/i.test(navigator.platform)) return shortcut
  return shortcut.replace(/Ctrl\+/g, '⌘').replace(/Alt\+/g, '⌥').replace(/Shift\+/g, '⇧')
}

/** Canonical form of a key event ("Ctrl+Shift+S"), comparable with `CommandInfo.shortcut`. */
export function shortcutOf(event: KeyboardEvent): string {
  const parts: string[] = []
  if (event.ctrlKey || event.metaKey) parts.push('Ctrl')
  if (event.altKey) parts.push('Alt')
  if (event.shiftKey) parts.push('Shift')
  // With Alt or Shift held, `key` is the shifted character: use the physical key instead.
  let key = event.key
  if (/^Key[A-Z]$/.test(event.code)) key = event.code.slice(3)
  else if (/^Digit\d$/.test(event.code)) key = event.code.slice(5)
  else if (event.code === 'Equal') key = '='
  else if (event.code === 'Minus') key = '-'
  else if (event.code === 'Slash') key = '/'
  else if (key.length === 1) key = key.toUpperCase()
  parts.push(key)
  return parts.join('+')
}
