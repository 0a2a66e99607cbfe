import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { docxParts, loadFixture, part } from '../../../test/docx/docx-parts'
import { germanStyleFile } from '../../../test/docx/org-style-file'
import { AppError } from '../../shared/ipc/errors'
import { faultyFileSystem } from './briefing-file.faults'
import { exportDocxToFile, renderDocx } from './docx-export'

const NOW = new Date('2026-11-02T09:00:00.000Z')
let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bw-docx-export-'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

describe('exportDocxToFile', () => {
  it('writes a Word document to the path and reports warnings and size', async () => {
    const out = join(dir, 'brief.docx')
    const report = await exportDocxToFile(loadFixture('stress'), out, { now: NOW })
    const bytes = readFileSync(out)
    expect(report.bytes).toBe(bytes.length)
    expect(report.warnings.some((w) => w.includes('src-missing'))).toBe(true)
    expect(part(docxParts(bytes), 'word/document.xml')).toContain('Stress test')
  })

  it('uses the styles of an organisation style file', async () => {
    const styleFile = join(dir, 'org.dotx')
    writeFileSync(styleFile, germanStyleFile())
    const { bytes } = await renderDocx(loadFixture('general'), { now: NOW, styleFile })
    expect(part(docxParts(bytes), 'word/document.xml')).toContain('<w:pStyle w:val="berschrift1"/>')
  })

  it('refuses a style file that is missing or not a Word file, with a code for the UI', async () => {
    await expect(renderDocx(loadFixture('general'), { now: NOW, styleFile: join(dir, 'gone.dotx') })).rejects.toMatchObject({ code: 'not-found' })
    const notWord = join(dir, 'notes.dotx')
    writeFileSync(notWord, 'just text')
    const error = await renderDocx(loadFixture('general'), { now: NOW, styleFile: notWord }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(AppError)
    expect(error).toMatchObject({ code: 'unsupported', message: expect.stringContaining('notes.dotx') })
  })

  it('leaves an earlier export intact and no temp file behind when the disk fills up', async () => {
    const out = join(dir, 'brief.docx')
    writeFileSync(out, 'earlier export')
    const error = await exportDocxToFile(loadFixture('general'), out, { now: NOW, fs: faultyFileSystem('write', 'ENOSPC') }).catch((e: unknown) => e)
    expect(error).toMatchObject({ code: 'disk-full' })
    expect(readFileSync(out, 'utf8')).toBe('earlier export')
    expect(readdirSync(dir)).toEqual(['brief.docx'])
  })

  it('reports a missing folder as not-found', async () => {
    await expect(exportDocxToFile(loadFixture('general'), join(dir, 'no', 'such.docx'), { now: NOW })).rejects.toMatchObject({ code: 'not-found' })
  })
})
