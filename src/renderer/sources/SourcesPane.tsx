import { useEffect, useRef, useState, type KeyboardEvent } from 'react'
import type { Source } from '../../shared/model/source'
import { importFromDialog } from '../import/import-actions'
import { setPasteOpen } from '../import/import-queue'
import { onCommand } from '../shell/app-events'
import { session } from '../state/session'
import { useStore } from '../state/store'
import { FiguresList } from './FiguresList'
import { insertSelection, removeSource } from './source-actions'
import { SourceReader } from './SourceReader'
import './sources.css'

function SourceDetails({ source }: { source: Source }) {
  const rows: [string, string | null][] = [
    ['Publisher', source.publisher],
    ['Author', source.author],
    ['Date', source.date],
    ['URL', source.url],
    ['Language', source.language],
    ['File', source.origin.fileName ?? 'pasted text'],
    ['Imported', new Date(source.importedAt).toLocaleString()],
    ['Blocks', `${source.blocks.length} kept, ${source.removed.length} removed`],
  ]
  return (
    <dl className="source-details">
      {rows.map(([k, v]) => (
        <div key={k}>
          <dt>{k}</dt>
          <dd>{v || '—'}</dd>
        </div>
      ))}
    </dl>
  )
}

/** The left pane: the briefing's imported articles with their actions, and the open one's reader and figures. */
export function SourcesPane() {
  const sources = useStore(session, (s) => s.briefing.sources)
  const activeId = useStore(session, (s) => s.activeSourceId)
  const [detailsId, setDetailsId] = useState<string | null>(null)
  const [tab, setTab] = useState<'article' | 'figures'>('article')
  const highlightId = useStore(session, (s) => s.highlightBlockId)
  const active = sources.find((s) => s.id === activeId) ?? null

  // A clicked citation shows its passage, which lives in the article view.
  const [seenHighlight, setSeenHighlight] = useState(highlightId)
  if (highlightId !== seenHighlight) {
    setSeenHighlight(highlightId)
    if (highlightId) setTab('article')
  }

  // The list scrolls on its own: a source just added (last) or opened from a citation must be in view.
  const listRef = useRef<HTMLUListElement>(null)
  useEffect(() => {
    listRef.current?.querySelector('li.is-active')?.scrollIntoView({ block: 'nearest' })
  }, [activeId, sources.length])

  useEffect(() => {
    onCommand('edit:insertQuote', () => insertSelection('quote'))
    onCommand('edit:insertParaphrase', () => insertSelection('paraphrase'))
  }, [])

  // Tabs pattern: arrow keys move between the two views.
  const onTabKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return
    e.preventDefault()
    const next = tab === 'article' ? 'figures' : 'article'
    setTab(next)
    document.getElementById(`source-tab-${next}`)?.focus()
  }

  const open = (id: string) => session.set({ activeSourceId: id, highlightBlockId: null })

  return (
    <aside className="pane sources-pane" aria-label="Sources">
      <header className="pane-header">
        <h2>Sources</h2>
        <div className="pane-actions">
          <button type="button" onClick={() => void importFromDialog()} title="Import article files (Ctrl+Alt+I)">
            Import…
          </button>
          <button type="button" onClick={() => setPasteOpen(true)} title="Paste article text (Ctrl+Alt+V)">
            Paste…
          </button>
        </div>
      </header>
      {sources.length === 0 ? (
        <p className="empty-hint">No sources yet. Import an article with File → Import Article (Ctrl+Alt+I), paste its text, or drop a file on the window.</p>
      ) : (
        <ul ref={listRef} className="source-list" aria-label="Imported articles">
          {sources.map((s) => (
            <li key={s.id} className={s.id === activeId ? 'is-active' : undefined}>
              <div className="source-row">
                <button type="button" className="source-open" aria-current={s.id === activeId} onClick={() => open(s.id)}>
                  <span className="source-title">{s.title || 'Untitled source'}</span>
                  <span className="source-meta">{[s.publisher, s.date].filter(Boolean).join(' · ') || s.origin.fileName || 'pasted text'}</span>
                </button>
                <button type="button" className="source-icon" aria-expanded={detailsId === s.id} aria-label={`Details of ${s.title}`} title="Details" onClick={() => setDetailsId(detailsId === s.id ? null : s.id)}>
                  ⓘ
                </button>
                <button type="button" className="source-icon" aria-label={`Remove ${s.title}`} title="Remove from briefing" onClick={() => void removeSource(s)}>
                  ✕
                </button>
              </div>
              {detailsId === s.id && <SourceDetails source={s} />}
            </li>
          ))}
        </ul>
      )}
      {active && (
        <section className="source-reader" data-source-id={active.id} aria-label={`Source: ${active.title}`}>
          <div className="reader-tabs" role="tablist" aria-label="Source views" onKeyDown={onTabKey}>
            <button type="button" role="tab" id="source-tab-article" aria-controls="source-tabpanel" aria-selected={tab === 'article'} tabIndex={tab === 'article' ? 0 : -1} onClick={() => setTab('article')}>
              Article
            </button>
            <button type="button" role="tab" id="source-tab-figures" aria-controls="source-tabpanel" aria-selected={tab === 'figures'} tabIndex={tab === 'figures' ? 0 : -1} onClick={() => setTab('figures')}>
              Figures ({active.figures.length})
            </button>
          </div>
          <div role="tabpanel" id="source-tabpanel" aria-labelledby={tab === 'article' ? 'source-tab-article' : 'source-tab-figures'} className={`reader-panel reader-panel-${tab}`}>
            {tab === 'article' ? <SourceReader source={active} /> : <FiguresList source={active} />}
          </div>
        </section>
      )}
    </aside>
  )
}
