import { useEffect, useLayoutEffect, useMemo, useRef, useState, type DragEvent, type KeyboardEvent, type MouseEvent } from 'react'
import { SNIPPET_MIME } from '../editor/insert-snippet'
import type { Source, SourceBlock } from '../../shared/model/source'
import { session } from '../state/session'
import { useStore } from '../state/store'
import { readerSelection } from './reader-selection'
import { insertSelection, selectedSnippet } from './source-actions'
import { listMarkers } from './list-markers'

type Point = { x: number; y: number }

function Block({ block, highlighted, marker }: { block: SourceBlock; highlighted: boolean; marker: string | undefined }) {
  const cls = highlighted ? 'is-highlighted' : undefined
  if (block.type === 'heading') return <h3 data-block-id={block.id} className={cls}>{block.text}</h3>
  if (block.type === 'quote') return <blockquote data-block-id={block.id} className={cls}>{block.text}</blockquote>
  if (block.type === 'listItem')
    return (
      <p data-block-id={block.id} data-marker={marker} className={['source-list-item', cls].filter(Boolean).join(' ')} style={{ marginLeft: `${(block.depth ?? 0) * 14}px` }}>
        {block.text}
      </p>
    )
  if (block.type === 'table' && block.rows?.length)
    return (
      <table data-block-id={block.id} className={['source-table', cls].filter(Boolean).join(' ')}>
        {block.caption && <caption>{block.caption}</caption>}
        <tbody>
          {block.rows.map((row, i) => (
            <tr key={i}>{row.map((cell, j) => (i === 0 && block.header ? <th key={j}>{cell}</th> : <td key={j}>{cell}</td>))}</tr>
          ))}
        </tbody>
      </table>
    )
  return <p data-block-id={block.id} className={cls}>{block.text}</p>
}

// beforeinput refuses every edit (typing, paste, cut, formatting, undo); these keys are refused
// up front as well, and shortcuts such as Ctrl+I pass through to the menu.
function isEditingKey(e: KeyboardEvent): boolean {
  return e.key === 'Enter' || e.key === 'Backspace' || e.key === 'Delete'
}

/**
 * The clean article, read-only but with a caret: it is a contenteditable whose edits are all
 * refused, so the keyboard can move and extend a selection (Tab in, Shift+arrows, Ctrl+Shift+Q).
 * Selecting text shows a mini-toolbar; right-click offers the same; dragging a selection carries a
 * snippet to the draft.
 */
export function SourceReader({ source }: { source: Source }) {
  const highlightId = useStore(session, (s) => s.highlightBlockId)
  const markers = useMemo(() => listMarkers(source.blocks), [source.blocks])
  const textRef = useRef<HTMLDivElement>(null)
  const menuRef = useRef<HTMLDivElement>(null)
  const [toolbar, setToolbar] = useState<Point | null>(null)
  const [menu, setMenu] = useState<Point | null>(null)
  // Bumped to rebuild the text from the source if an input method slipped a change past beforeinput.
  const [version, setVersion] = useState(0)

  // The floating toolbar follows the selection inside the reader.
  useEffect(() => {
    const update = () => {
      const el = textRef.current
      const sel = el ? readerSelection(el, source.blocks) : null
      // Centred over the selection, but never off the window's edge.
      setToolbar(sel ? { x: Math.max(150, Math.min(sel.rect.left + sel.rect.width / 2, window.innerWidth - 150)), y: Math.max(44, sel.rect.top) } : null)
    }
    document.addEventListener('selectionchange', update)
    window.addEventListener('scroll', update, true)
    return () => {
      document.removeEventListener('selectionchange', update)
      window.removeEventListener('scroll', update, true)
    }
  }, [source])

  // Every edit is refused at the native beforeinput (React's onBeforeInput is a keypress polyfill that
  // misses formatting, deletion and history), so the text always equals the source's.
  useEffect(() => {
    const el = textRef.current
    if (!el) return
    const refuse = (e: Event) => e.preventDefault()
    el.addEventListener('beforeinput', refuse)
    return () => el.removeEventListener('beforeinput', refuse)
  }, [version])

  // A clicked citation asks for its passage: scroll it into view.
  useLayoutEffect(() => {
    if (!highlightId) return
    const el = textRef.current?.querySelector<HTMLElement>(`[data-block-id="${CSS.escape(highlightId)}"]`)
    el?.scrollIntoView({ block: 'center' })
  }, [highlightId, source.id])

  useEffect(() => {
    if (menu) menuRef.current?.querySelector<HTMLButtonElement>('button')?.focus()
  }, [menu])

  const closeMenu = (refocus: boolean) => {
    setMenu(null)
    if (refocus) textRef.current?.focus()
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const mod = e.ctrlKey || e.metaKey
    // Handled here (and the default prevented) so the menu's accelerator does not fire a second time.
    if (mod && e.shiftKey && (e.key === 'Q' || e.key === 'q' || e.key === 'R' || e.key === 'r')) {
      e.preventDefault()
      insertSelection(e.key.toLowerCase() === 'q' ? 'quote' : 'paraphrase')
    } else if (isEditingKey(e)) e.preventDefault()
  }

  const onContextMenu = (e: MouseEvent<HTMLDivElement>) => {
    const el = textRef.current
    const sel = el ? readerSelection(el, source.blocks) : null
    if (!sel) return
    e.preventDefault()
    // The context-menu key reports (0,0): open at the selection instead.
    const fromKeyboard = e.clientX === 0 && e.clientY === 0
    const at = fromKeyboard ? { x: sel.rect.left, y: sel.rect.bottom + 4 } : { x: e.clientX, y: e.clientY }
    // Keep the whole menu on screen.
    setMenu({ x: Math.max(4, Math.min(at.x, window.innerWidth - 260)), y: Math.max(4, Math.min(at.y, window.innerHeight - 90)) })
  }

  const onDragStart = (e: DragEvent<HTMLDivElement>) => {
    const chosen = selectedSnippet('quote')
    if (!chosen) return
    e.dataTransfer.setData(SNIPPET_MIME, JSON.stringify(chosen.snippet))
    e.dataTransfer.setData('text/plain', chosen.snippet.text)
    e.dataTransfer.effectAllowed = 'copy'
  }

  const run = (mode: 'quote' | 'paraphrase') => {
    insertSelection(mode)
    setMenu(null)
  }

  return (
    <>
      <div
        key={version}
        ref={textRef}
        className="source-reader-text"
        contentEditable
        suppressContentEditableWarning
        tabIndex={0}
        spellCheck={false}
        role="textbox"
        aria-readonly="true"
        aria-multiline="true"
        aria-label={`Article text: ${source.title}. Select a passage, then press Ctrl+Shift+Q to insert it as a quote or Ctrl+Shift+R as a paraphrase.`}
        lang={source.language ?? undefined}
        onKeyDown={onKeyDown}
        onPaste={(e) => e.preventDefault()}
        onCut={(e) => e.preventDefault()}
        onDrop={(e) => e.preventDefault()}
        onDragOver={(e) => {
          e.dataTransfer.dropEffect = 'none'
        }}
        onCompositionEnd={() => setVersion((v) => v + 1)}
        onContextMenu={onContextMenu}
        onDragStart={onDragStart}
      >
        {source.blocks.map((b) => (
          <Block key={b.id} block={b} highlighted={b.id === highlightId} marker={markers.get(b.id)} />
        ))}
      </div>
      {toolbar && !menu && (
        <div className="snippet-toolbar" role="toolbar" aria-label="Selected passage" style={{ left: toolbar.x, top: toolbar.y }} onMouseDown={(e) => e.preventDefault()}>
          <button type="button" onClick={() => insertSelection('quote')} title="Insert as quote (Ctrl+Shift+Q)">
            Insert as quote
          </button>
          <button type="button" onClick={() => insertSelection('paraphrase')} title="Insert as paraphrase: a citation only (Ctrl+Shift+R)">
            Insert as paraphrase
          </button>
        </div>
      )}
      {menu && (
        <>
          <div className="context-menu-shield" onMouseDown={() => closeMenu(false)} onContextMenu={(e) => e.preventDefault()} />
          <div
            className="context-menu"
            role="menu"
            aria-label="Selected passage"
            ref={menuRef}
            style={{ left: menu.x, top: menu.y }}
            onMouseDown={(e) => e.preventDefault()}
            onKeyDown={(e) => {
              const items = Array.from(menuRef.current?.querySelectorAll<HTMLButtonElement>('button') ?? [])
              const at = items.indexOf(document.activeElement as HTMLButtonElement)
              if (e.key === 'Escape' || e.key === 'Tab') {
                e.preventDefault()
                closeMenu(true)
              } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
                e.preventDefault()
                items[(at + (e.key === 'ArrowDown' ? 1 : items.length - 1)) % items.length]?.focus()
              }
            }}
          >
            <button type="button" role="menuitem" onClick={() => run('quote')}>
              Insert as quote <kbd>Ctrl+Shift+Q</kbd>
            </button>
            <button type="button" role="menuitem" onClick={() => run('paraphrase')}>
              Insert as paraphrase <kbd>Ctrl+Shift+R</kbd>
            </button>
          </div>
        </>
      )}
    </>
  )
}
