import { useState } from 'react'
import { getEditor } from '../state/session'
import { openLink } from '../editor/links/open-link'
import { normaliseHref } from '../editor/links/normalise-href'
import { Modal } from './Modal'
import { closeDialog } from './ui-state'

function initial(): { href: string; text: string } {
  const editor = getEditor()
  if (!editor) return { href: '', text: '' }
  if (editor.isActive('link')) editor.chain().extendMarkRange('link').run()
  const { from, to } = editor.state.selection
  return { href: String(editor.getAttributes('link')['href'] ?? ''), text: editor.state.doc.textBetween(from, to, ' ') }
}

/** Insert or edit a link (Ctrl+Alt+K): text, address; remove; open in the browser (main asks first). */
export function LinkDialog() {
  const [start] = useState(initial)
  const [href, setHref] = useState(start.href)
  const [text, setText] = useState(start.text)
  const [error, setError] = useState<string | null>(null)
  const apply = (e: React.FormEvent) => {
    e.preventDefault()
    const editor = getEditor()
    if (!editor) return closeDialog()
    const url = normaliseHref(href)
    if (!url) return setError('Enter a web address (https://…) or an email address.')
    const { from, to } = editor.state.selection
    const label = text.trim() || url
    const current = editor.state.doc.textBetween(from, to, ' ')
    const chain = editor.chain().focus()
    if (from === to || label !== current) {
      chain.insertContentAt({ from, to }, { type: 'text', text: label, marks: [{ type: 'link', attrs: { href: url } }] })
    } else {
      chain.setLink({ href: url })
    }
    chain.run()
    closeDialog()
  }
  const remove = () => {
    getEditor()?.chain().focus().extendMarkRange('link').unsetLink().run()
    closeDialog()
  }
  return (
    <Modal title={start.href ? 'Edit link' : 'Insert link'} onClose={closeDialog} className="link-dialog" initialFocus="#link-href">
      <form onSubmit={apply}>
        <div className="field field-wide">
          <label htmlFor="link-text">Text</label>
          <input id="link-text" type="text" value={text} onChange={(e) => setText(e.target.value)} />
        </div>
        <div className="field field-wide">
          <label htmlFor="link-href">Address</label>
          <input id="link-href" type="text" value={href} onChange={(e) => setHref(e.target.value)} placeholder="https://…" aria-invalid={error ? true : undefined} aria-describedby={error ? 'link-error' : undefined} />
        </div>
        {error && (
          <p id="link-error" className="field-error" role="alert">
            {error}
          </p>
        )}
        <div className="modal-buttons">
          {start.href && (
            <>
              <button type="button" onClick={() => void openLink(start.href)}>Open in browser…</button>
              <button type="button" onClick={remove}>Remove link</button>
            </>
          )}
          <button type="button" onClick={closeDialog}>Cancel</button>
          <button type="submit" className="primary">{start.href ? 'Update' : 'Insert'}</button>
        </div>
      </form>
    </Modal>
  )
}
