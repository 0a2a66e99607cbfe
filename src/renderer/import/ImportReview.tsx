import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react'
import { newId } from '../../shared/model/ids'
import type { ImportedArticleDto } from '../../shared/ipc/contract'
import type { SourceBlock } from '../../shared/model/source'
import { session, upsertSources } from '../state/session'
import { ask, notify } from '../state/notices'
import { useStore } from '../state/store'
import { cancelReviews, importUi, nextReview } from './import-queue'
import { FailureList } from './ImportFailures'
import { reasonLabel } from './reason-label'
import { applyTitleCase, finishedSource, redo, removeKept, restoreLine, reviewRows, setMeta, startReview, undo, type MetaField, type ReviewState } from './review-state'
import { isAllLowercase } from './title-case'
import { trapTab } from './focus-trap'
import { listMarkers } from '../sources/list-markers'

/** The review dialog for the article at the head of the import queue (several are reviewed one after another). */
export function ImportReview() {
  const current = useStore(importUi, (s) => s.queue[0] ?? null)
  const remaining = useStore(importUi, (s) => s.queue.length)
  const total = useStore(importUi, (s) => s.batchSize)
  if (!current) return null
  return <ReviewDialog key={current.source.id} item={current} position={total - remaining + 1} total={total} remaining={remaining} />
}

const FIELDS: { field: Exclude<MetaField, 'title'>; label: string; placeholder?: string }[] = [
  { field: 'publisher', label: 'Publisher' },
  { field: 'author', label: 'Author' },
  { field: 'date', label: 'Date', placeholder: 'YYYY-MM-DD' },
  { field: 'url', label: 'URL', placeholder: 'https://…' },
  { field: 'language', label: 'Language', placeholder: 'en, zh…' },
]

function short(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}…` : text
}

function isTextField(target: EventTarget | null): boolean {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
}

function BlockText({ block, marker }: { block: SourceBlock; marker: string | undefined }) {
  if (block.type === 'heading') return <strong className="review-heading">{block.text}</strong>
  if (block.type === 'table' && block.rows?.length)
    return (
      <table className="review-table">
        <tbody>
          {block.rows.map((row, i) => (
            <tr key={i}>{row.map((cell, j) => (i === 0 && block.header ? <th key={j}>{cell}</th> : <td key={j}>{cell}</td>))}</tr>
          ))}
        </tbody>
      </table>
    )
  return (
    <span className={block.type === 'quote' ? 'review-quote' : block.type === 'listItem' ? 'review-list-item' : undefined} data-marker={marker}>
      {block.text}
    </span>
  )
}

function ReviewDialog({ item, position, total, remaining }: { item: ImportedArticleDto; position: number; total: number; remaining: number }) {
  const [state, setState] = useState<ReviewState>(() => startReview(item.source))
  const [showRemoved, setShowRemoved] = useState(true)
  const failed = useStore(importUi, (s) => s.failed)
  const dialogRef = useRef<HTMLDivElement>(null)
  const addRef = useRef<HTMLButtonElement>(null)
  const s = state.source
  const markers = useMemo(() => listMarkers(s.blocks), [s.blocks])
  const rows = reviewRows(s)
  const duplicate = session.get().briefing.sources.find((x) => x.origin.sha256 === item.source.origin.sha256 && x.id !== item.source.id)

  useEffect(() => addRef.current?.focus(), [])

  // A row's button disappears when it is used; keep the keyboard inside the dialog.
  const act = (update: (st: ReviewState) => ReviewState) => {
    setState(update)
    requestAnimationFrame(() => {
      if (!dialogRef.current?.contains(document.activeElement)) dialogRef.current?.focus()
    })
  }

  const add = () => {
    const source = finishedSource(state)
    upsertSources([source])
    notify('success', `Added “${short(source.title)}” to the briefing.`)
    nextReview()
  }

  // Escape or Cancel after edits asks first, so a stray key does not throw the review away.
  const cancel = async () => {
    if (state.past.length && (await ask('Discard this import?', 'Your changes to this article will be lost, and it will not be added to the briefing.', ['Discard', 'Keep Reviewing'], 'Keep Reviewing')) !== 'Discard') return
    cancelReviews()
  }

  const onKeyDown = (e: KeyboardEvent) => {
    const mod = e.ctrlKey || e.metaKey
    trapTab(e, dialogRef.current)
    if (e.key === 'Escape') {
      e.preventDefault()
      void cancel()
    } else if (mod && !isTextField(e.target) && ((e.key.toLowerCase() === 'z' && e.shiftKey) || e.key.toLowerCase() === 'y')) {
      e.preventDefault()
      act(redo)
    } else if (mod && !isTextField(e.target) && e.key.toLowerCase() === 'z') {
      e.preventDefault()
      act(undo)
    }
  }

  return (
    <div className="modal-backdrop import-backdrop">
      <div className="import-review" role="dialog" aria-modal="true" aria-labelledby="import-review-title" tabIndex={-1} ref={dialogRef} onKeyDown={onKeyDown}>
        <header className="import-review-head">
          <div>
            <h2 id="import-review-title">
              Review import{total > 1 ? ` (${position} of ${total})` : ''}
            </h2>
            <p className="import-origin">
              {s.origin.fileName ?? 'Pasted text'} · {s.blocks.length} blocks kept · {s.removed.length} lines removed
            </p>
          </div>
          <div className="review-tools">
            <button type="button" onClick={() => act(undo)} disabled={!state.past.length} title="Undo (Ctrl+Z)">
              ↶ Undo
            </button>
            <button type="button" onClick={() => act(redo)} disabled={!state.future.length} title="Redo (Ctrl+Shift+Z)">
              ↷ Redo
            </button>
            <label className="review-toggle">
              <input type="checkbox" checked={showRemoved} onChange={(e) => setShowRemoved(e.target.checked)} /> Show removed lines
            </label>
          </div>
        </header>
        {failed.length > 0 && <FailureList failed={failed} compact />}
        <div className="import-review-body">
          <section className="review-article" aria-label="Article with removed lines struck through" lang={s.language ?? undefined}>
            <p className="review-hint">Struck-through lines were removed as boilerplate; Restore puts one back. Remove drops a paragraph you do not want.</p>
            {rows.map((row) =>
              row.kind === 'kept' ? (
                <div key={row.block.id} className={`review-row kept type-${row.block.type}`} data-block-id={row.block.id}>
                  <div className="review-text">
                    <BlockText block={row.block} marker={markers.get(row.block.id)} />
                  </div>
                  <button type="button" className="row-action" onClick={() => act((st) => removeKept(st, row.block.id, newId))} aria-label={`Remove: ${short(row.block.text)}`}>
                    Remove
                  </button>
                </div>
              ) : showRemoved ? (
                <div key={row.line.id} className="review-row removed" data-removed-id={row.line.id}>
                  <div className="review-text">
                    <del>{row.line.text}</del> <span className="reason-label">{reasonLabel(row.line.reason)}</span>
                  </div>
                  <button type="button" className="row-action" onClick={() => act((st) => restoreLine(st, row.line.id, newId))} aria-label={`Restore: ${short(row.line.text)}`}>
                    Restore
                  </button>
                </div>
              ) : null,
            )}
            {s.blocks.length === 0 && <p className="review-warning">Nothing is left of the article: restore some lines or cancel.</p>}
          </section>
          <aside className="review-meta" aria-label="Article details">
            <label className="meta-field">
              <span>Title</span>
              <textarea rows={3} value={s.title} onChange={(e) => setState((st) => setMeta(st, 'title', e.target.value.replace(/\n/g, ' ')))} />
            </label>
            {isAllLowercase(s.title) && (
              <button type="button" className="title-case" onClick={() => act(applyTitleCase)} title="Capitalise the title's words (the article text is left as it is)">
                Apply Title Case
              </button>
            )}
            {FIELDS.map(({ field, label, placeholder }) => (
              <label key={field} className="meta-field">
                <span>{label}</span>
                <input type="text" value={s[field] ?? ''} placeholder={placeholder} onChange={(e) => setState((st) => setMeta(st, field, e.target.value))} />
              </label>
            ))}
            <p className="review-facts">{s.figures.length ? `${s.figures.length} key figures found.` : 'No key figures found.'}</p>
            {(item.warnings.length > 0 || duplicate) && (
              <div className="review-warnings" role="note" aria-label="Warnings">
                <h3>Warnings</h3>
                <ul>
                  {item.warnings.map((w, i) => (
                    <li key={i}>{w}</li>
                  ))}
                  {duplicate && <li>This article is already in the briefing as “{short(duplicate.title)}”; adding it makes a second copy.</li>}
                </ul>
              </div>
            )}
          </aside>
        </div>
        <footer className="modal-buttons import-review-buttons">
          <button type="button" onClick={() => void cancel()}>
            {remaining > 1 ? 'Cancel All' : 'Cancel'}
          </button>
          {remaining > 1 && (
            <button type="button" onClick={nextReview}>
              Skip This Article
            </button>
          )}
          <button type="button" className="primary" ref={addRef} onClick={add} disabled={s.blocks.length === 0}>
            Add to Briefing
          </button>
        </footer>
      </div>
    </div>
  )
}
