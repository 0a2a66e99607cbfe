import { describe, expect, it } from 'vitest'
import { zipSync } from 'fflate'
import { articleBody, importArticle, importText, ImportError, removeBlock, restoreRemovedLine } from './index'
import { sequentialIds } from '../model/ids'
import { SourceSchema } from '../model/source'

const now = new Date('2026-11-25T10:00:00Z')
const enc = (s: string) => new TextEncoder().encode(s)

const PAGE = [
  'Home',
  'News',
  'Council approves rates rise',
  'By Sam Lee',
  'The council approved the budget on Tuesday after a debate that lasted more than four hours and drew a large crowd of residents to the chamber.',
  'Advertisement',
  'Councillors voted by eleven to four to raise the rates by 3% this year, which the treasurer said was needed to keep the library and pool open.',
  '© 2026 Town Crier. All rights reserved.',
].join('\n')

async function codeOf(work: Promise<unknown>): Promise<string | null> {
  try {
    await work
    return null
  } catch (e) {
    return e instanceof ImportError ? e.code : `unexpected ${String(e)}`
  }
}

describe('importArticle', () => {
  it('returns a valid Source with origin, ids and figures', async () => {
    const { source } = await importArticle(enc(PAGE), { fileName: 'page.txt', now, newId: sequentialIds('x') })
    expect(SourceSchema.parse(source)).toBeTruthy()
    expect(source.title).toBe('Council approves rates rise')
    expect(source.importedAt).toBe('2026-11-25T10:00:00.000Z')
    expect(source.origin).toMatchObject({ fileName: 'page.txt', mediaType: 'text/plain' })
    expect(source.origin.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(source.blocks).toHaveLength(2)
    expect(source.figures.map((f) => f.text)).toContain('3%')
    expect(source.removed.find((r) => r.text === 'Advertisement')).toMatchObject({ reason: 'advertisement', after: source.blocks[0]!.id })
  })

  it('refuses empty, oversized, binary and broken inputs with clear codes', async () => {
    expect(await codeOf(importArticle(new Uint8Array(), { now }))).toBe('empty')
    expect(await codeOf(importArticle(enc('   \n\n '), { now }))).toBe('empty')
    expect(await codeOf(importArticle(enc('x'.repeat(2000)), { now, maxBytes: 1000 }))).toBe('too-large')
    expect(await codeOf(importArticle(new Uint8Array([0, 1, 2, 3, 0, 0, 7, 8]), { now }))).toBe('binary')
    expect(await codeOf(importArticle(enc('%PDF-1.7\nthis is not really a pdf'), { fileName: 'a.pdf', now }))).toBe('corrupt')
    expect(await codeOf(importArticle(zipSync({ 'word/document.xml': enc('<not-word') }), { fileName: 'a.docx', now }))).toBe('corrupt')
  })

  it('gives the error a message meant for people', async () => {
    await expect(importArticle(enc('x'.repeat(2048)), { now, maxBytes: 1024 })).rejects.toThrow('This file is 2 KB, more than the 1 KB the importer accepts.')
  })

  it('imports pasted HTML and Markdown through importText', async () => {
    const html = await importText('<html><head><title>Port pilot | City</title></head><body><article><h1>Port pilot</h1><p>The council approved a three-year pilot to electrify cargo-handling equipment at the Eastern Terminal on Tuesday, the mayor said.</p><p>The program will replace diesel straddle carriers with battery-electric units and install a new substation to charge them.</p></article></body></html>', { now })
    expect(html.source.title).toBe('Port pilot')
    expect(html.source.origin.mediaType).toBe('text/html')
    const md = await importText('# Port pilot\n\nThe council approved a **three-year** pilot, said [the mayor](http://x).\n\n## Next steps\n\n- Procurement opens in April.\n- Works start in July.\n\n| Source | Amount |\n|---|---|\n| Council | $18m |\n', { now })
    expect(md.source.title).toBe('Port pilot')
    expect(md.source.blocks.map((b) => b.type)).toEqual(['paragraph', 'heading', 'listItem', 'listItem', 'table'])
    expect(md.source.blocks[0]!.text).toBe('The council approved a three-year pilot, said the mayor.')
  })
})

describe('articleBody, restoreRemovedLine, removeBlock', () => {
  it('prints blocks separated by blank lines, without the title', async () => {
    const { source } = await importArticle(enc(PAGE), { now, newId: sequentialIds('x') })
    const body = articleBody(source)
    expect(body.split('\n\n')).toHaveLength(2)
    expect(body).not.toContain('Council approves rates rise')
  })

  it('restores a removed line as a paragraph at its place, and removes a block back', async () => {
    const { source } = await importArticle(enc(PAGE), { now, newId: sequentialIds('x') })
    const ad = source.removed.find((r) => r.text === 'Advertisement')!
    const restored = restoreRemovedLine(source, ad.id, sequentialIds('r'))
    expect(restored.blocks.map((b) => b.text)).toEqual([source.blocks[0]!.text, 'Advertisement', source.blocks[1]!.text])
    expect(restored.removed.find((r) => r.id === ad.id)).toBeUndefined()
    const back = removeBlock(restored, 'r1', sequentialIds('u'))
    expect(back.blocks).toEqual(source.blocks)
    expect(back.removed.find((r) => r.text === 'Advertisement')).toMatchObject({ reason: 'user', after: source.blocks[0]!.id })
  })

  it('restores a line removed above the first block to the top', async () => {
    const { source } = await importArticle(enc(PAGE), { now, newId: sequentialIds('x') })
    const home = source.removed.find((r) => r.text === 'Home')!
    expect(home.after).toBeNull()
    expect(restoreRemovedLine(source, home.id, sequentialIds('r')).blocks[0]!.text).toBe('Home')
  })

  it('lets the user remove a kept block with reason "user", keeping figures in step', async () => {
    const { source } = await importArticle(enc(PAGE), { now, newId: sequentialIds('x') })
    const second = source.blocks[1]!
    const out = removeBlock(source, second.id, sequentialIds('u'))
    expect(out.blocks.map((b) => b.id)).toEqual([source.blocks[0]!.id])
    expect(out.removed.find((r) => r.reason === 'user')).toMatchObject({ text: second.text, after: source.blocks[0]!.id })
    expect(out.figures.some((f) => f.blockId === second.id)).toBe(false)
  })
})

describe('robustness', () => {
  it('reads HTML that has no element at all without crashing', async () => {
    for (const text of ['<', '<!-- only a comment -->', '<b']) {
      const result = await importText(text, { now, mediaType: 'text/html' }).catch((e: unknown) => e)
      expect(result instanceof ImportError || SourceSchema.safeParse((result as { source: unknown }).source).success).toBe(true)
    }
  })

  it('never fails on arbitrary text except with an ImportError, and always returns a valid Source', async () => {
    const fc = await import('fast-check')
    const line = fc.oneof(fc.string({ maxLength: 80 }), fc.constantFrom('Home', 'Share', '© 2026 X', '当前位置：首页 > 新闻', '<p>x</p>', '# Title', '- item', '\t', 'By A and B', '12 March 2026'))
    await fc.assert(
      fc.asyncProperty(fc.array(line, { maxLength: 30 }), async (lines) => {
        try {
          const { source } = await importText(lines.join('\n'), { now })
          expect(SourceSchema.safeParse(source).success).toBe(true)
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError)
        }
      }),
      { numRuns: 150 },
    )
  })
})
