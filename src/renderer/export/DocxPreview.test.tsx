// @vitest-environment jsdom
import { act } from 'react'
import { createRoot, type Root } from 'react-dom/client'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { exportBriefingDocx } from '../../shared/export/docx'
import { createBriefing } from '../../shared/model'
import { DocxPreview } from './DocxPreview'

// React's act() warns unless the environment says it is a test environment.
;(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true

let host: HTMLDivElement
let root: Root
beforeEach(() => {
  host = document.createElement('div')
  document.body.append(host)
  root = createRoot(host)
})
afterEach(() => {
  act(() => root.unmount())
  host.remove()
})

async function exported(title: string, classification: string): Promise<Uint8Array> {
  const briefing = createBriefing({ template: 'general', title, classification, now: new Date(0) })
  briefing.doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `Body of ${title}` }] }] }
  return (await exportBriefingDocx(briefing, { now: new Date(0) })).bytes
}

/** Renders the preview and waits until docx-preview has laid out the pages (or failed). */
async function show(bytes: Uint8Array | null): Promise<void> {
  await new Promise<void>((done, fail) => {
    act(() => root.render(<DocxPreview bytes={bytes} onRendered={done} onError={(m) => fail(new Error(m))} />))
    if (!bytes) done()
  })
  await act(async () => {})
}

describe('DocxPreview', () => {
  it('shows the pages of the exported document with its header and footer', async () => {
    await show(await exported('Preview test', 'OFFICIAL'))
    const page = host.querySelector('section.docx')
    expect(page).not.toBeNull()
    expect(page?.querySelector('header')?.textContent).toContain('OFFICIAL')
    expect(page?.querySelector('footer')?.textContent).toContain('OFFICIAL')
    expect(page?.textContent).toContain('Body of Preview test')
    expect(host.querySelector('.docx-preview')?.getAttribute('data-status')).toBe('ready')
  })

  it('replaces the pages when new bytes arrive, and clears them for null', async () => {
    await show(await exported('First', 'OFFICIAL'))
    await show(await exported('Second', 'SECRET'))
    expect(host.textContent).toContain('Body of Second')
    expect(host.textContent).not.toContain('Body of First')
    await show(null)
    expect(host.querySelector('section.docx')).toBeNull()
  })

  it('reports bytes that are not a Word document', async () => {
    let message = ''
    await new Promise<void>((done) => {
      act(() => root.render(<DocxPreview bytes={new Uint8Array([1, 2, 3])} onError={(m) => ((message = m), done())} />))
    })
    await act(async () => {})
    expect(message).toMatch(/could not be shown/)
    expect(host.querySelector('[role="alert"]')?.textContent).toBe(message)
  })
})
