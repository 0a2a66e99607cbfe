import { renderAsync, type Options } from 'docx-preview'
import { useEffect, useRef, useState } from 'react'
import { paginatePreview } from './paginate'

/** Props of the Word page preview. */
export interface DocxPreviewProps {
  /** The exported .docx; null shows nothing (e.g. before the first export finished). */
  bytes: Uint8Array | null
  /** Extra class on the outer element. */
  className?: string
  /** Called after a document has been laid out as pages. */
  onRendered?: () => void
  /** Called with a message when the bytes cannot be rendered. */
  onError?: (message: string) => void
}

/**
 * How docx-preview lays out the pages: header and footer (marking, "Page X of Y"), footnotes, and a new
 * page at each page break. docx-preview cannot measure text, so it starts pages only at explicit breaks
 * and at the page starts Word records when it saves (lastRenderedPageBreak); a fresh export shows its
 * sections as long pages. Data URLs rather than blob: URLs, so the app's CSP needs no blob: source.
 */
const PREVIEW_OPTIONS: Partial<Options> = {
  className: 'docx',
  inWrapper: true,
  breakPages: true,
  ignoreLastRenderedPageBreak: false,
  ignoreWidth: false,
  ignoreHeight: false,
  ignoreFonts: false,
  renderHeaders: true,
  renderFooters: true,
  renderFootnotes: true,
  renderEndnotes: true,
  useBase64URL: true,
  experimental: false,
}

type Outcome = { bytes: Uint8Array; error: string | null }

/**
 * Shows exported DOCX bytes as Word pages, with header and footer, using docx-preview. Each render
 * goes into detached elements that replace the visible ones only when it finishes, so a newer
 * export that arrives mid-render never mixes pages of two documents.
 */
export function DocxPreview({ bytes, className, onRendered, onError }: DocxPreviewProps) {
  const pagesRef = useRef<HTMLDivElement>(null)
  const stylesRef = useRef<HTMLDivElement>(null)
  const callbacks = useRef({ onRendered, onError })
  const [outcome, setOutcome] = useState<Outcome | null>(null)

  useEffect(() => {
    callbacks.current = { onRendered, onError }
  })

  useEffect(() => {
    const pages = pagesRef.current
    const styles = stylesRef.current
    if (!pages || !styles) return
    if (!bytes) {
      pages.replaceChildren()
      styles.replaceChildren()
      return
    }
    let current = true
    const nextPages = document.createElement('div')
    const nextStyles = document.createElement('div')
    renderAsync(bytes, nextPages, nextStyles, PREVIEW_OPTIONS).then(
      () => {
        if (!current) return
        styles.replaceChildren(...nextStyles.childNodes)
        pages.replaceChildren(...nextPages.childNodes)
        paginatePreview(pages)
        setOutcome({ bytes, error: null })
        callbacks.current.onRendered?.()
      },
      (e: unknown) => {
        if (!current) return
        const message = `The preview could not be shown: ${e instanceof Error ? e.message : String(e)}`
        setOutcome({ bytes, error: message })
        callbacks.current.onError?.(message)
      },
    )
    return () => {
      current = false
    }
  }, [bytes])

  const status = !bytes ? 'idle' : outcome?.bytes !== bytes ? 'rendering' : outcome.error ? 'error' : 'ready'
  return (
    <div className={['docx-preview', className].filter(Boolean).join(' ')} data-status={status}>
      <div ref={stylesRef} hidden />
      {status === 'rendering' && <p role="status">Laying out pages…</p>}
      {status === 'error' && <p role="alert">{outcome?.error}</p>}
      <div ref={pagesRef} role="document" aria-label="Preview of the exported Word document" aria-busy={status === 'rendering'} />
    </div>
  )
}
