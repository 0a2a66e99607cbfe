import { session } from '../state/session'
import { useStore } from '../state/store'

/** The left pane: the briefing's imported articles, and the open one's clean text. */
export function SourcesPane() {
  const sources = useStore(session, (s) => s.briefing.sources)
  const activeId = useStore(session, (s) => s.activeSourceId)
  const active = sources.find((s) => s.id === activeId) ?? null
  return (
    <aside className="pane sources-pane" aria-label="Sources">
      <header className="pane-header">
        <h2>Sources</h2>
      </header>
      {sources.length === 0 ? (
        <p className="empty-hint">No sources yet. Import an article with File → Import Article (Ctrl+I), or drop a file here.</p>
      ) : (
        <ul className="source-list">
          {sources.map((s) => (
            <li key={s.id}>
              <button type="button" aria-current={s.id === activeId} onClick={() => session.set({ activeSourceId: s.id })}>
                <span className="source-title">{s.title || 'Untitled source'}</span>
                <span className="source-meta">{[s.publisher, s.date].filter(Boolean).join(' · ')}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      {active && (
        <article className="source-reader" lang={active.language ?? undefined} data-source-id={active.id}>
          {active.blocks.map((b) =>
            b.type === 'heading' ? (
              <h3 key={b.id} data-block-id={b.id}>{b.text}</h3>
            ) : b.type === 'quote' ? (
              <blockquote key={b.id} data-block-id={b.id}>{b.text}</blockquote>
            ) : b.type === 'listItem' ? (
              <p key={b.id} data-block-id={b.id} className="source-list-item">• {b.text}</p>
            ) : (
              <p key={b.id} data-block-id={b.id}>{b.text}</p>
            ),
          )}
        </article>
      )}
    </aside>
  )
}
