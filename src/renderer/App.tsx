import { useEffect } from 'react'
import { BriefingEditor } from './editor/BriefingEditor'
import { Toolbar } from './shell/Toolbar'
import { StatusBar } from './shell/StatusBar'
import { Notices } from './shell/Notices'
import { SourcesPane } from './sources/SourcesPane'
import { OutlinePanel } from './outline/OutlinePanel'
import { connectAppEvents } from './shell/app-events'
import { connectSourceWords } from './editor/spell/source-words'
import { session } from './state/session'
import { useStore } from './state/store'
import { RecoveryDialog } from './files/RecoveryDialog'
import { RecentMenu } from './files/RecentMenu'
import { ImportLayer } from './import/ImportLayer'
import { DialogHost } from './dialogs/DialogHost'
import { ui } from './dialogs/ui-state'
import { registerEditorCommands } from './palette/editor-commands'
import { installShortcuts } from './palette/keyboard-shortcuts'
import { ExportPreviewDialog } from './export/ExportPreviewDialog'
import { registerExportCommands } from './export/export-commands'

/** The window: toolbar, three panes (sources, briefing, outline and checks), status bar. */
export function App() {
  useEffect(() => connectAppEvents(), [])
  useEffect(() => connectSourceWords(), [])
  // After connectAppEvents: the editor's handlers (e.g. file:new opens the template dialog) win.
  useEffect(() => {
    registerEditorCommands()
    registerExportCommands()
    return installShortcuts()
  }, [])
  const sourcesHidden = useStore(ui, (s) => s.sourcesHidden)
  const outlineHidden = useStore(ui, (s) => s.outlineHidden)
  const title = useStore(session, (s) => s.briefing.meta.title)
  return (
    <div className="app">
      <Toolbar extra={<RecentMenu />} />
      <main className={`workspace${sourcesHidden ? ' no-sources' : ''}${outlineHidden ? ' no-outline' : ''}`}>
        <SourcesPane />
        <section className="pane editor-pane" aria-label={title ? `Briefing: ${title}` : 'Briefing'}>
          <BriefingEditor />
        </section>
        <OutlinePanel />
      </main>
      <StatusBar />
      <RecoveryDialog />
      <ImportLayer />
      <DialogHost />
      <ExportPreviewDialog />
      <Notices />
    </div>
  )
}
