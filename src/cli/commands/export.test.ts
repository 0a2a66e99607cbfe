import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { BRIEFINGS_DIR, docxParts, part } from '../../../test/docx/docx-parts'
import { germanStyleFile } from '../../../test/docx/org-style-file'
import { runCliIn } from '../../../test/helpers/run-cli'

let dir: string
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'bw-cli-export-'))
  copyFileSync(join(BRIEFINGS_DIR, 'stress.brief'), join(dir, 'stress.brief'))
  copyFileSync(join(BRIEFINGS_DIR, 'general.brief'), join(dir, 'general.brief'))
})
afterEach(() => rmSync(dir, { recursive: true, force: true }))

/** Runs the CLI in the test folder, recording what it prints. */
const cli = (...argv: string[]) => runCliIn(dir, ...argv)

describe('briefwright export', () => {
  it('writes FILE.docx beside the briefing by default and prints the warnings', async () => {
    const r = await cli('export', 'stress.brief')
    expect(r.code).toBe(0)
    expect(r.out).toMatch(/^stress\.brief: exported to stress\.docx \(\d+ KB\)\n$/)
    expect(r.err).toContain('stress.brief: warning: Citation cite')
    expect(r.err.split('\n').filter(Boolean)).toHaveLength(4)
    expect(part(docxParts(readFileSync(join(dir, 'stress.docx'))), 'word/document.xml')).toContain('Stress test')
  })

  it('writes where -o says, with the styles of --template ORG.docx', async () => {
    writeFileSync(join(dir, 'org.dotx'), germanStyleFile())
    const r = await cli('export', 'general.brief', '-o', 'out/../memo.docx', '--template', 'org.dotx')
    expect(r.code).toBe(0)
    expect(r.err).toBe('')
    expect(part(docxParts(readFileSync(join(dir, 'memo.docx'))), 'word/document.xml')).toContain('berschrift1')
  })

  it('exits 2 with a reason when the briefing is missing or damaged, writing nothing', async () => {
    expect((await cli('export', 'missing.brief')).code).toBe(2)
    writeFileSync(join(dir, 'bad.brief'), '{"format":"briefwright","version":1')
    const r = await cli('export', 'bad.brief')
    expect(r.code).toBe(2)
    expect(r.err).toMatch(/bad\.brief: .*not valid JSON/)
    expect(existsSync(join(dir, 'bad.docx'))).toBe(false)
  })

  it('exits 2 when the style file is not a Word file', async () => {
    writeFileSync(join(dir, 'notes.docx'), 'plain text')
    const r = await cli('export', 'general.brief', '--template', 'notes.docx')
    expect(r.code).toBe(2)
    expect(r.err).toContain('notes.docx')
    expect(existsSync(join(dir, 'general.docx'))).toBe(false)
  })

  it('exits 64 on usage errors', async () => {
    expect((await cli('export')).code).toBe(64)
    expect((await cli('export', 'a.brief', 'b.brief')).code).toBe(64)
    expect((await cli('export', 'general.brief', '-o')).code).toBe(64)
    expect((await cli('export', 'general.brief', '--bogus')).code).toBe(64)
  })

  it('is listed in --help', async () => {
    expect((await cli('--help')).out).toContain('export')
  })
})
