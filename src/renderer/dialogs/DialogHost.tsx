import { useStore } from '../state/store'
import { ui } from './ui-state'
import { NewBriefingDialog } from './NewBriefingDialog'
import { LinkDialog } from './LinkDialog'
import { CommandPalette } from '../palette/CommandPalette'
import { ShortcutsDialog } from '../palette/ShortcutsDialog'

/** Renders the one open dialog, if any. */
export function DialogHost() {
  const dialog = useStore(ui, (s) => s.dialog)
  switch (dialog) {
    case 'newBriefing':
      return <NewBriefingDialog />
    case 'link':
      return <LinkDialog />
    case 'palette':
      return <CommandPalette />
    case 'shortcuts':
      return <ShortcutsDialog />
    default:
      return null
  }
}
