import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { importArticle, importText } from '../../src/shared/import'
import type { Source } from '../../src/shared/model/source'

// Protects the rule that imported HTML is never kept as HTML (issue: hostile content): each file of
// the XSS corpus imports into blocks of plain text; its article sentences survive, hostile-looking text
// that was content survives literally (as text, not markup), and no payload sitting in a script,
// attribute or URL reaches any block, title or metadata field. Blocks carry only known, plain fields.

const DIR = resolve(__dirname, '../fixtures/xss')
const CORPUS = JSON.parse(readFileSync(join(DIR, 'corpus.json'), 'utf8')) as Record<string, { keep: string[]; asText: string[]; payloads: string[] } | string>
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.html'))
const NOW = new Date('2026-01-01T00:00:00Z')
const BLOCK_KEYS = new Set(['id', 'type', 'text', 'level', 'ordered', 'depth', 'rows', 'header', 'caption'])

/** Every string the import produced that the UI could show: block text, table cells, captions, metadata, removed lines. */
function shownStrings(source: Source): string[] {
  const meta = [source.title, source.publisher, source.author, source.date, source.url, source.language].filter((s): s is string => typeof s === 'string')
  const blocks = source.blocks.flatMap((b) => [b.text, b.caption ?? '', ...(b.rows ?? []).flat()])
  return [...meta, ...blocks, ...source.removed.map((r) => r.text)]
}

function expectPlainBlocks(source: Source): void {
  for (const block of source.blocks) {
    for (const [key, value] of Object.entries(block)) {
      expect(BLOCK_KEYS.has(key), `unexpected block field ${key}`).toBe(true)
      expect(['string', 'number', 'boolean', 'object']).toContain(typeof value)
      if (typeof value === 'object') expect(Array.isArray(value) && value.every((row) => Array.isArray(row) && row.every((c) => typeof c === 'string'))).toBe(true)
    }
  }
}

describe('XSS corpus through the importer', () => {
  it('every corpus file has a manifest entry and every entry a file', () => {
    expect(FILES.length).toBeGreaterThanOrEqual(12)
    expect(Object.keys(CORPUS).filter((k) => !k.startsWith('$')).sort()).toEqual([...FILES].sort())
  })

  it('every payload marker and literal really is in its file (so "not found after import" means something)', () => {
    for (const file of FILES) {
      const raw = readFileSync(join(DIR, file), 'latin1')
      const spec = CORPUS[file] as { keep: string[]; asText: string[]; payloads: string[] }
      for (const marker of spec.payloads) expect(raw, `${file}: ${marker}`).toContain(marker)
      for (const s of spec.keep) expect(raw, `${file}: ${s}`).toContain(s)
    }
  })

  it.each(FILES)('%s: only text survives, the article is kept, payloads are gone', async (file) => {
    const spec = CORPUS[file] as { keep: string[]; asText: string[]; payloads: string[] }
    const { source } = await importArticle(new Uint8Array(readFileSync(join(DIR, file))), { now: NOW, fileName: file })
    expectPlainBlocks(source)
    const body = source.blocks.map((b) => b.text).join('\n')
    for (const sentence of spec.keep) expect(body, `kept: ${sentence}`).toContain(sentence)
    for (const literal of spec.asText) expect(body, `as text: ${literal}`).toContain(literal)
    const shown = shownStrings(source).join('\n')
    for (const marker of spec.payloads) expect(shown, `payload ${marker}`).not.toContain(marker)
    // The source's URL (shown as a link) is never a script or data URL.
    if (source.url) expect(source.url).toMatch(/^https?:\/\//)
  })

  it.each(FILES)('%s pasted as HTML (importText): the same guarantees', async (file) => {
    const spec = CORPUS[file] as { keep: string[]; asText: string[]; payloads: string[] }
    const html = readFileSync(join(DIR, file), 'latin1')
    const { source } = await importText(html, { now: NOW, mediaType: 'text/html' })
    expectPlainBlocks(source)
    const body = source.blocks.map((b) => b.text).join('\n')
    for (const sentence of spec.keep) expect(body, `kept: ${sentence}`).toContain(sentence)
    const shown = shownStrings(source).join('\n')
    for (const marker of spec.payloads) expect(shown, `payload ${marker}`).not.toContain(marker)
  })

  it('the UTF-7 trick decodes to harmless text at worst: a string, never markup', async () => {
    const { source } = await importArticle(new Uint8Array(readFileSync(join(DIR, 'utf7.html'))), { now: NOW, fileName: 'utf7.html' })
    for (const b of source.blocks) expect(typeof b.text).toBe('string')
  })
})
