import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { zipSync } from 'fflate'
import { runCliIn } from '../../../test/helpers/run-cli'
import { parseBriefing } from '../../shared/model'
import { failureLine } from './import'

const FIXTURES = join(__dirname, '../../../test/fixtures/articles')
let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'bw-cli-import-'))
  process.env.BRIEFWRIGHT_IMPORT_WORKER = '0'
})
afterEach(async () => {
  delete process.env.BRIEFWRIGHT_IMPORT_WORKER
  await rm(dir, { recursive: true, force: true })
})

/** Runs the CLI in the test folder, recording what it prints. */
const cli = (...argv: string[]) => runCliIn(dir, ...argv)

async function fixture(name: string): Promise<string> {
  await copyFile(join(FIXTURES, name), join(dir, name))
  return name
}

describe('briefwright import', () => {
  it('prints one JSON object for one file, with the fields the scorer reads', async () => {
    const r = await cli('import', await fixture('shenzhen-innovation-centers.txt'), '--json')
    expect(r.code).toBe(0)
    const json = JSON.parse(r.out) as Record<string, unknown>
    expect(Object.keys(json)).toEqual(['file', 'title', 'publisher', 'author', 'date', 'url', 'language', 'body', 'blocks', 'removed', 'figures', 'warnings'])
    expect(json.title).toBe('shenzhen plans to build 10 innovation centers to further advance high-end manufacturing')
    expect(json.publisher).toBe('commerce bureau of shenzhen municipality')
    expect((json.body as string).startsWith('from the generation 8.5 lcd panel')).toBe(true)
    expect(json.removed).toContainEqual({ text: 'welcome to commerce bureau of shenzhen municipality', reason: 'welcome' })
  })

  it('prints an array for several files and still reports the good ones when one is bad', async () => {
    await writeFile(join(dir, 'fake.txt'), new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0, 0, 0, 1, 2, 3]))
    const r = await cli('import', await fixture('harbourton-port-electrification.html'), 'fake.txt', 'missing.pdf', '--json')
    expect(r.code).toBe(2)
    const json = JSON.parse(r.out) as { title?: string; error?: { code: string } }[]
    expect(json.map((j) => j.title ?? j.error?.code)).toEqual(['Council approves $48 million port electrification pilot', 'binary', 'missing'])
    expect(r.err).toContain('fake.txt: This file is binary data')
    expect(r.err).toContain('briefwright import: missing.pdf: no such file')
  })

  it('explains corrupt, encrypted, zip-bomb, empty and oversized inputs on stderr with exit code 2', async () => {
    await writeFile(join(dir, 'broken.pdf'), '%PDF-1.4\nnot a real pdf body')
    await writeFile(join(dir, 'locked.docx'), new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]))
    await writeFile(join(dir, 'bomb.docx'), zipSync({ 'word/document.xml': new TextEncoder().encode('<w:document/>'), 'word/big.bin': new Uint8Array(16 * 1024 * 1024) }, { level: 9 }))
    await writeFile(join(dir, 'empty.txt'), '')
    await writeFile(join(dir, 'huge.txt'), 'a'.repeat(2 * 1024 * 1024))
    const r = await cli('import', 'broken.pdf', 'locked.docx', 'bomb.docx', 'empty.txt', 'huge.txt', '--max-mb', '1')
    expect(r.code).toBe(2)
    expect(r.out).toBe('')
    const lines = r.err.trim().split('\n')
    expect(lines).toHaveLength(5)
    expect(lines[0]).toMatch(/broken\.pdf: This PDF could not be read/)
    expect(lines[1]).toMatch(/locked\.docx: This Word document is password-protected/)
    expect(lines[2]).toMatch(/bomb\.docx: .*zip bomb/)
    expect(lines[3]).toMatch(/empty\.txt: This file is empty/)
    expect(lines[4]).toMatch(/import: huge\.txt is 2 MB, more than the 1 MB/)
  })

  it('prints a readable summary without --json', async () => {
    const r = await cli('import', await fixture('battery-passport-commentary.txt'))
    expect(r.code).toBe(0)
    expect(r.out).toContain('title:     What the EU battery passport means for Asian exporters')
    expect(r.out).toMatch(/blocks: {4}13 \(/)
    expect(r.out).toMatch(/removed: {3}\d+ \(.*cookie \d.*\)/)
  })

  it('adds the imported sources to a briefing with --into', async () => {
    expect((await cli('new', '--template', 'general', '-o', 'b.brief')).code).toBe(0)
    const r = await cli('import', await fixture('shenzhen-manufacturing-zh.txt'), await fixture('harbourton-port-electrification.docx'), '--into', 'b.brief')
    expect(r.code).toBe(0)
    expect(r.out).toContain('Added 2 sources to b.brief.')
    const briefing = parseBriefing(await readFile(join(dir, 'b.brief'), 'utf8'))
    expect(briefing.sources.map((s) => s.title)).toEqual(['深圳将建设10家制造业创新中心 推动高端制造业发展', 'Council approves $48 million port electrification pilot'])
  })

  it('names a missing --into briefing in words before importing anything', async () => {
    const r = await cli('import', await fixture('battery-passport-commentary.txt'), '--into', 'nope.brief')
    expect(r.code).toBe(2)
    expect(r.err).toContain('cannot add to nope.brief: no such file')
    expect(r.err).not.toContain('ENOENT')
    // Failing fast: nothing was imported or summarised first.
    expect(r.out).toBe('')
  })

  it('names a failed file once, as the user typed it', () => {
    expect(failureLine('/tmp/in/missing.txt', 'missing.txt: no such file (it may have been moved or deleted).')).toBe('briefwright import: /tmp/in/missing.txt: no such file (it may have been moved or deleted).\n')
    expect(failureLine('drafts', 'drafts is a folder, not a file.')).toBe('briefwright import: drafts is a folder, not a file.\n')
    expect(failureLine('x.txt', 'This file is empty.')).toBe('briefwright import: x.txt: This file is empty.\n')
  })

  it('refuses to run without a file, and with an unknown option', async () => {
    expect((await cli('import')).code).toBe(64)
    expect((await cli('import', 'a.txt', '--frobnicate')).code).toBe(64)
  })
})
