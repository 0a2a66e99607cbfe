import { readFileSync } from 'node:fs'
import { mkdtemp, open, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import fc from 'fast-check'
import { strToU8, zipSync } from 'fflate'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'
import { ArticleFileError, importArticleFile } from '../../src/main/services/article-import'
import { importArticle, ImportError } from '../../src/shared/import'
import { SourceSchema } from '../../src/shared/model/source'
import { buildImportWorker } from './import-worker-build'

// Protects the importer against hostile files (issue: robust import): random bytes, truncated and
// corrupted DOCX/PDF/JSON, zip bombs, deeply nested HTML, a 100 MB file and invalid encodings never
// crash it or escape as anything but a clear ImportError (or, for the file service, an
// ArticleFileError such as the worker timeout). What it does import is a valid Source of text blocks.
// Wall times are measured and printed, never asserted; the worker timeout is the hang guard.

const NOW = new Date('2026-01-01T00:00:00Z')
const FIXTURES = resolve(__dirname, '../fixtures/articles')
const DOCX = new Uint8Array(readFileSync(join(FIXTURES, 'harbourton-port-electrification.docx')))
const PDF = new Uint8Array(readFileSync(join(FIXTURES, 'harbourton-port-electrification.pdf')))
const JSON_TEXT = readFileSync(join(FIXTURES, 'harbourton-port-electrification.truth.json'), 'utf8')
const HTML = readFileSync(join(FIXTURES, 'harbourton-port-electrification.html'), 'utf8')

/** Figures for the closing note: cases per category, outcomes, and the slowest case. */
const figures = new Map<string, { cases: number; imported: number; refused: number; slowestMs: number }>()

function note(category: string, outcome: 'imported' | 'refused', ms: number): void {
  const f = figures.get(category) ?? { cases: 0, imported: 0, refused: 0, slowestMs: 0 }
  f.cases++
  f[outcome]++
  f.slowestMs = Math.max(f.slowestMs, Math.round(ms))
  figures.set(category, f)
}

/** Imports and checks the outcome: a valid Source, or an ImportError with a message. Anything else fails the test. */
async function importOrRefuse(category: string, bytes: Uint8Array, fileName?: string): Promise<'imported' | ImportError> {
  const t0 = performance.now()
  try {
    const { source } = await importArticle(bytes, { now: NOW, fileName })
    expect(SourceSchema.safeParse(source).success).toBe(true)
    for (const b of source.blocks) expect(typeof b.text).toBe('string')
    note(category, 'imported', performance.now() - t0)
    return 'imported'
  } catch (e) {
    if (!(e instanceof ImportError)) throw new Error(`${category}: ${fileName ?? ''} escaped as ${(e as Error)?.name}: ${(e as Error)?.message}`, { cause: e })
    expect(e.message.length).toBeGreaterThan(10)
    note(category, 'refused', performance.now() - t0)
    return e
  }
}

function flipBytes(bytes: Uint8Array, positions: number[], values: number[]): Uint8Array {
  const out = Uint8Array.from(bytes)
  positions.forEach((p, i) => (out[p % out.length] = values[i % values.length]!))
  return out
}

beforeAll(() => {
  // pdf.js reports every repair it makes to a damaged PDF as a console warning; hundreds are expected here.
  const warn = console.warn.bind(console)
  const log = console.log.bind(console)
  vi.spyOn(console, 'warn').mockImplementation((...args: unknown[]) => (String(args[0]).startsWith('Warning:') ? undefined : warn(...args)))
  vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => (String(args[0]).startsWith('Warning:') ? undefined : log(...args)))
})

afterAll(() => {
  const rows = [...figures].map(([k, f]) => `  ${k}: ${f.cases} cases, ${f.imported} imported, ${f.refused} refused, slowest ${f.slowestMs} ms`)
  const total = [...figures.values()].reduce((n, f) => n + f.cases, 0)
  console.info(`[import-fuzz] ${total} cases, 0 crashes, 0 hangs\n${rows.join('\n')}`)
})

describe('importer: random and corrupted input', () => {
  it('random bytes under any file name', async () => {
    const names = fc.constantFrom('a.txt', 'a.html', 'a.md', 'a.docx', 'a.pdf', 'a', undefined)
    await fc.assert(fc.asyncProperty(fc.uint8Array({ maxLength: 4096 }), names, async (bytes, name) => void (await importOrRefuse('random-bytes', bytes, name))), { numRuns: 1000 })
  }, 120_000)

  it('random bytes behind each format signature (PDF, ZIP, HTML, BOMs)', async () => {
    const heads = [strToU8('%PDF-1.7\n'), Uint8Array.from([0x50, 0x4b, 0x03, 0x04]), strToU8('<!doctype html><html><body>'), Uint8Array.from([0xef, 0xbb, 0xbf]), Uint8Array.from([0xff, 0xfe]), Uint8Array.from([0xfe, 0xff]), strToU8('# Title\n\n')]
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...heads), fc.uint8Array({ minLength: 1, maxLength: 4096 }), async (head, tail) => void (await importOrRefuse('signature+random', Uint8Array.from([...head, ...tail])))),
      { numRuns: 500 },
    )
  }, 120_000)

  it('random text of every Unicode kind as plain text and as HTML', async () => {
    const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 2000 }), fc.string({ unit: 'grapheme', maxLength: 2000 }), fc.string({ unit: fc.constantFrom('<', '>', '/', 'div', 'p', 'script', '"', '=', ' ', 'a', '\n', '&amp;', '&#0;', '<!--'), maxLength: 400 }))
    await fc.assert(fc.asyncProperty(text, fc.constantFrom('a.txt', 'a.html'), async (t, name) => void (await importOrRefuse('random-text', new TextEncoder().encode(t), name))), { numRuns: 500 })
  }, 120_000)

  it('the DOCX sample truncated anywhere', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: DOCX.length - 1 }), async (n) => void (await importOrRefuse('docx-truncated', DOCX.subarray(0, n), 'a.docx'))), { numRuns: 100 })
  }, 120_000)

  it('the DOCX sample with corrupted bytes', async () => {
    const positions = fc.array(fc.integer({ min: 0, max: DOCX.length - 1 }), { minLength: 1, maxLength: 40 })
    await fc.assert(fc.asyncProperty(positions, fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1 }), async (p, v) => void (await importOrRefuse('docx-corrupted', flipBytes(DOCX, p, v), 'a.docx'))), { numRuns: 60 })
  }, 180_000)

  it('the PDF sample truncated anywhere', async () => {
    await fc.assert(fc.asyncProperty(fc.integer({ min: 0, max: PDF.length - 1 }), async (n) => void (await importOrRefuse('pdf-truncated', PDF.subarray(0, n), 'a.pdf'))), { numRuns: 25 })
  }, 180_000)

  it('the PDF sample with corrupted bytes', async () => {
    const positions = fc.array(fc.integer({ min: 0, max: PDF.length - 1 }), { minLength: 1, maxLength: 40 })
    await fc.assert(fc.asyncProperty(positions, fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1 }), async (p, v) => void (await importOrRefuse('pdf-corrupted', flipBytes(PDF, p, v), 'a.pdf'))), { numRuns: 25 })
  }, 180_000)

  it('a JSON file, whole, truncated and corrupted, imports as text or is refused', async () => {
    const bytes = new TextEncoder().encode(JSON_TEXT)
    await importOrRefuse('json', bytes, 'a.json')
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: bytes.length - 1 }), async (n) => void (await importOrRefuse('json', bytes.subarray(0, n), 'a.json'))), { numRuns: 100 })
    await fc.assert(fc.asyncProperty(fc.array(fc.nat(), { minLength: 1, maxLength: 50 }), fc.array(fc.integer({ min: 0, max: 255 }), { minLength: 1 }), async (p, v) => void (await importOrRefuse('json', flipBytes(bytes, p, v), 'a.json'))), { numRuns: 100 })
  }, 120_000)

  it('the HTML sample truncated anywhere', async () => {
    const bytes = new TextEncoder().encode(HTML)
    await fc.assert(fc.asyncProperty(fc.integer({ min: 1, max: bytes.length - 1 }), async (n) => void (await importOrRefuse('html-truncated', bytes.subarray(0, n), 'a.html'))), { numRuns: 100 })
  }, 120_000)
})

describe('importer: zip bombs', () => {
  const contentTypes = strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>')

  it('refuses a DOCX whose document expands a thousand-fold', async () => {
    const bomb = zipSync({ '[Content_Types].xml': contentTypes, 'word/document.xml': new Uint8Array(16 * 1024 * 1024) }, { level: 9 })
    expect(bomb.length).toBeLessThan(200 * 1024)
    const e = await importOrRefuse('zip-bomb', bomb, 'bomb.docx')
    expect(e).toBeInstanceOf(ImportError)
    expect((e as ImportError).code).toBe('zip-bomb')
  })

  it('refuses a DOCX whose directory declares a 4 GB entry', async () => {
    const zip = zipSync({ '[Content_Types].xml': contentTypes, 'word/document.xml': strToU8('<w:document/>') }, { level: 0 })
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    // Patch the declared uncompressed size in every local and central header to 0xFFFFFFFF.
    for (let i = 0; i + 4 <= zip.length; i++) {
      const sig = view.getUint32(i, true)
      if (sig === 0x04034b50) view.setUint32(i + 22, 0xffffffff, true)
      if (sig === 0x02014b50) view.setUint32(i + 24, 0xffffffff, true)
    }
    const e = await importOrRefuse('zip-bomb', zip, 'declared.docx')
    expect(e).toBeInstanceOf(ImportError)
  })

  it('refuses a DOCX with thousands of entries', async () => {
    const files: Record<string, Uint8Array> = { '[Content_Types].xml': contentTypes, 'word/document.xml': strToU8('<w:document/>') }
    for (let i = 0; i < 6000; i++) files[`word/media/f${i}.bin`] = new Uint8Array(1)
    const e = await importOrRefuse('zip-bomb', zipSync(files, { level: 0 }), 'many.docx')
    expect(e).toBeInstanceOf(ImportError)
    expect((e as ImportError).code).toBe('zip-bomb')
  })

  it('refuses or handles a DOCX that declares a small size but inflates to 16 MB', async () => {
    const REAL = 16 * 1024 * 1024
    const zip = zipSync({ '[Content_Types].xml': contentTypes, 'word/document.xml': new Uint8Array(REAL) }, { level: 9 })
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength)
    for (let i = 0; i + 4 <= zip.length; i++) {
      const sig = view.getUint32(i, true)
      if (sig === 0x04034b50 && view.getUint32(i + 22, true) === REAL) view.setUint32(i + 22, 1024, true)
      if (sig === 0x02014b50 && view.getUint32(i + 24, true) === REAL) view.setUint32(i + 24, 1024, true)
    }
    await importOrRefuse('zip-bomb', zip, 'liar.docx')
  }, 60_000)
})

describe('importer: encodings', () => {
  const cases: [string, number[]][] = [
    ['overlong UTF-8 slash', [0x3c, 0xc0, 0xaf, 0x3e, ...strToU8(' text')]],
    ['lone UTF-8 continuation bytes', [0x80, 0x81, 0x82, ...strToU8(' some words here')]],
    ['encoded surrogate (CESU-8)', [0xed, 0xa0, 0x80, ...strToU8(' more words')]],
    ['UTF-16LE BOM with an odd byte count', [0xff, 0xfe, 0x41, 0x00, 0x42]],
    ['UTF-16BE BOM with lone surrogates', [0xfe, 0xff, 0xd8, 0x00, 0x00, 0x41, 0xdc, 0x00]],
    ['truncated GB18030 sequence', [...strToU8('<meta charset="gb18030">'), 0xd6, 0xd0, 0xce, 0x81, 0x30]],
    ['unknown declared charset', [...strToU8('<meta charset="x-evil-charset"><p>caf'), 0xe9, ...strToU8('</p>')]],
    ['UTF-7 declared on non-UTF-8 bytes', [...strToU8('<meta charset="utf-7"><p>+ADw-script+AD4-alert(1)+ADw-/script+AD4- '), 0xe9, ...strToU8('</p>')]],
    ['UTF-32 BOM', [0xff, 0xfe, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]],
    ['NULs in text', [...strToU8('Hello'), 0, 0, 0, ...strToU8('world and more words')]],
  ]
  it.each(cases)('%s', async (name, bytes) => {
    const outcome = await importOrRefuse('encodings', Uint8Array.from(bytes), name.includes('charset') || name.includes('UTF-7') ? 'a.html' : 'a.txt')
    if (outcome === 'imported') return
    expect(outcome.code).toMatch(/^(empty|binary|corrupt|unsupported)$/)
  })
})

describe('importer: size and depth limits through the file service (worker thread with timeout)', () => {
  let dir: string
  let workerPath: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bw-import-fuzz-'))
    workerPath = await buildImportWorker()
  }, 60_000)
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
    await rm(workerPath, { force: true })
  })

  it('a 100 MB text file is refused as too large before it is read', async () => {
    const path = join(dir, 'huge.txt')
    const fh = await open(path, 'w')
    const chunk = Buffer.from('All work and no play makes a dull briefing. '.repeat(1024 * 23))
    for (let written = 0; written < 100 * 1024 * 1024; written += chunk.length) await fh.write(chunk)
    await fh.close()
    const t0 = performance.now()
    const error = await importArticleFile(path, { now: NOW, workerPath, timeoutMs: 20_000 }).then(
      () => null,
      (e: unknown) => e,
    )
    note('100MB-text', 'refused', performance.now() - t0)
    expect(error).toBeInstanceOf(ImportError)
    expect((error as ImportError).code).toBe('too-large')
  }, 60_000)

  it('100 MB of bytes handed to the pipeline directly is refused as too large', async () => {
    const e = await importOrRefuse('100MB-text', new Uint8Array(100 * 1024 * 1024).fill(0x61), 'huge.txt')
    expect((e as ImportError).code).toBe('too-large')
  })

  it('HTML nested 100 000 levels deep ends in a clear error within the worker timeout', async () => {
    const path = join(dir, 'deep.html')
    await writeFile(path, '<html><body>' + '<div>'.repeat(100_000) + 'deep text' + '</div>'.repeat(100_000) + '</body></html>')
    const t0 = performance.now()
    const error = await importArticleFile(path, { now: NOW, workerPath, timeoutMs: 5_000 }).then(
      () => null,
      (e: unknown) => e,
    )
    const ms = performance.now() - t0
    note('deep-html-100k', error ? 'refused' : 'imported', ms)
    // Imported, refused by the pipeline, or stopped by the worker's timeout: never a crash of main.
    if (error) {
      expect(error instanceof ImportError || error instanceof ArticleFileError).toBe(true)
      expect((error as Error).message).toMatch(/deep\.html|nest|deep/i)
    }
  }, 60_000)

  it('unclosed tags nested 50 000 deep end in a clear error within the worker timeout', async () => {
    const path = join(dir, 'unclosed.html')
    await writeFile(path, '<html><body>' + '<div><span>'.repeat(50_000) + 'text')
    const t0 = performance.now()
    const error = await importArticleFile(path, { now: NOW, workerPath, timeoutMs: 5_000 }).then(
      () => null,
      (e: unknown) => e,
    )
    note('deep-html-unclosed-50k', error ? 'refused' : 'imported', performance.now() - t0)
    if (error) expect(error instanceof ImportError || error instanceof ArticleFileError).toBe(true)
  }, 60_000)

  it('a worker that runs past the timeout is stopped and reported as a timeout', async () => {
    const path = join(dir, 'slow.html')
    await writeFile(path, '<html><body>' + '<div>'.repeat(100_000) + 'x' + '</div>'.repeat(100_000) + '</body></html>')
    const error = await importArticleFile(path, { now: NOW, workerPath, timeoutMs: 500 }).then(
      () => null,
      (e: unknown) => e,
    )
    expect(error).toBeInstanceOf(ArticleFileError)
    expect((error as ArticleFileError).code).toBe('timeout')
  }, 30_000)
})
