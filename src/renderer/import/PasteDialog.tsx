import { useEffect, useRef, useState, type ClipboardEvent } from 'react'
import { useStore } from '../state/store'
import { importPastedText } from './import-actions'
import { importUi, setPasteOpen } from './import-queue'
import { trapTab } from './focus-trap'

/** File → Paste Article Text: a text box; a paste that carries HTML keeps it, so the importer can use the page's structure. */
export function PasteDialog() {
  const open = useStore(importUi, (s) => s.pasteOpen)
  if (!open) return null
  return <PasteForm />
}

function PasteForm() {
  const [text, setText] = useState('')
  // The clipboard's HTML, valid only while the text is exactly what that paste put in.
  const [html, setHtml] = useState<{ html: string; text: string } | null>(null)
  const [busy, setBusy] = useState(false)
  const areaRef = useRef<HTMLTextAreaElement>(null)
  const formRef = useRef<HTMLFormElement>(null)
  useEffect(() => areaRef.current?.focus(), [])

  const onPaste = (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pastedHtml = e.clipboardData.getData('text/html')
    const plain = e.clipboardData.getData('text/plain')
    const area = e.currentTarget
    const replacesAll = area.selectionStart === 0 && area.selectionEnd === area.value.length
    if (pastedHtml && plain && replacesAll) {
      // The whole box becomes this paste: keep its HTML alongside the text.
      e.preventDefault()
      setText(plain)
      setHtml({ html: pastedHtml, text: plain })
    } else setHtml(null)
  }

  const submit = async () => {
    if (!text.trim() || busy) return
    setBusy(true)
    const ok = await importPastedText(text, html && html.text === text ? html.html : undefined)
    setBusy(false)
    if (ok) setPasteOpen(false)
  }

  return (
    <div
      className="modal-backdrop"
      onKeyDown={(e) => {
        trapTab(e, formRef.current)
        if (e.key === 'Escape') setPasteOpen(false)
      }}
    >
      <form
        ref={formRef}
        className="modal paste-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="paste-title"
        onSubmit={(e) => {
          e.preventDefault()
          void submit()
        }}
      >
        <h2 id="paste-title">Paste Article Text</h2>
        <label htmlFor="paste-text" className="paste-label">
          Paste the article as copied from a browser or document. The importer cleans it up; you review the result before it is added.
        </label>
        <textarea
          id="paste-text"
          ref={areaRef}
          value={text}
          onPaste={onPaste}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
              e.preventDefault()
              void submit()
            }
          }}
          rows={16}
          spellCheck={false}
        />
        <p className="paste-facts">{html && html.text === text ? 'Formatted text pasted: its HTML structure will be used.' : `${text.length.toLocaleString()} characters`}</p>
        <div className="modal-buttons">
          <button type="button" onClick={() => setPasteOpen(false)}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={!text.trim() || busy}>
            {busy ? 'Importing…' : 'Import (Ctrl+Enter)'}
          </button>
        </div>
      </form>
    </div>
  )
}
