import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync, existsSync } from 'node:fs'
import { join } from 'node:path'
import { articleBody, importArticle, shingleScore } from './index'
import { ArticleTruthSchema, squash, truthBlockText, truthBody, type ArticleTruth } from './truth'
import { sequentialIds } from '../model/ids'
import type { Source } from '../model/source'

const DIR = join(__dirname, '../../../test/fixtures/articles')

function truthOf(stem: string): ArticleTruth {
  return ArticleTruthSchema.parse(JSON.parse(readFileSync(join(DIR, `${stem}.truth.json`), 'utf8')))
}

async function importFile(file: string): Promise<Source> {
  const { source } = await importArticle(new Uint8Array(readFileSync(join(DIR, file))), { fileName: file, now: new Date('2026-11-25T00:00:00Z'), newId: sequentialIds('b') })
  return source
}

/** Blocks as comparable [type, text] pairs, white space collapsed. */
function pairs(blocks: { type: string; text?: string; rows?: string[][]; caption?: string }[]): [string, string][] {
  return blocks.map((b) => [b.type, squash(b.type === 'table' ? truthBlockText({ type: 'table', rows: b.rows, caption: b.caption }) : (b.text ?? ''))])
}

function expectExact(source: Source, truth: ArticleTruth, opts: { publisher?: boolean; url?: boolean } = {}): void {
  expect(squash(source.title)).toBe(squash(truth.title))
  if (opts.publisher !== false && truth.publisher !== undefined) expect(source.publisher).toBe(truth.publisher)
  if (truth.date) expect(source.date).toBe(truth.date)
  if (opts.url !== false && truth.url) expect(source.url).toBe(truth.url)
  if (truth.language) expect(source.language).toBe(truth.language)
  expect(pairs(source.blocks)).toEqual(pairs(truth.blocks))
  const body = squash(articleBody(source))
  for (const line of truth.boilerplate ?? []) expect(body).not.toContain(squash(line))
}

describe('the seed samples import exactly as their truth files say', () => {
  it('shenzhen-innovation-centers.txt: spam title line, welcome, breadcrumb and ICP footer removed; stays lowercase', async () => {
    const source = await importFile('shenzhen-innovation-centers.txt')
    expectExact(source, truthOf('shenzhen-innovation-centers'))
    expect(articleBody(source)).toBe(articleBody(source).toLowerCase())
    expect(source.removed.map((r) => r.reason)).toEqual(['seo-spam', 'welcome', 'breadcrumb', 'icp'])
  })

  it('shenzhen-manufacturing-zh.txt: Chinese government page with full-width indents and record numbers', async () => {
    expectExact(await importFile('shenzhen-manufacturing-zh.txt'), truthOf('shenzhen-manufacturing-zh'))
  })

  it('battery-passport-commentary.txt: copied think-tank page with cookie banner, menu, list and comments', async () => {
    const source = await importFile('battery-passport-commentary.txt')
    expectExact(source, truthOf('battery-passport-commentary'))
    expect(source.author).toBe('Mei Lin Ong, Daniel Okafor')
  })

  it('harbourton-port-electrification.html: full page with metadata in <meta>, quote, list and table', async () => {
    const source = await importFile('harbourton-port-electrification.html')
    expectExact(source, truthOf('harbourton-port-electrification'))
    expect(source.blocks.find((b) => b.type === 'table')).toMatchObject({ caption: 'Pilot funding by source', header: true })
  })

  it('harbourton-port-electrification.docx: the same article from Word', async () => {
    expectExact(await importFile('harbourton-port-electrification.docx'), truthOf('harbourton-port-electrification'), { publisher: false, url: false })
  })

  it('harbourton-port-electrification.pdf: the same article from PDF, all text kept and in order', async () => {
    const source = await importFile('harbourton-port-electrification.pdf')
    const truth = truthOf('harbourton-port-electrification')
    expect(source.title).toBe(truth.title)
    expect(source.date).toBe(truth.date)
    // Text blocks match exactly; the PDF table loses its cell structure, so it is scored by F1.
    expect(pairs(source.blocks).filter(([t]) => t !== 'table').slice(0, 12)).toEqual(pairs(truth.blocks).slice(0, 12))
    expect(shingleScore(articleBody(source), truthBody(truth)).f1).toBeGreaterThan(0.97)
  })
})

describe('synthetic pages in three forms (HTML, copied text, lowercased copied text)', () => {
  const stems = readdirSync(DIR).filter((f) => f.startsWith('synthetic-') && f.endsWith('.truth.json')).map((f) => f.replace('.truth.json', ''))
  for (const stem of stems) {
    const truth = truthOf(stem)
    it(`${stem}.html: title, metadata and F1 ≥ 0.9`, async () => {
      const source = await importFile(`${stem}.html`)
      expect(squash(source.title)).toBe(squash(truth.title))
      if (truth.date) expect(source.date).toBe(truth.date)
      if (truth.url) expect(source.url).toBe(truth.url)
      expect(source.language).toBe(truth.language)
      expect(shingleScore(articleBody(source), truthBody(truth)).f1).toBeGreaterThanOrEqual(0.9)
    })
    for (const form of ['copied', 'lower'] as const) {
      const file = `${stem}.${form}.txt`
      if (!existsSync(join(DIR, file))) continue
      it(`${file}: title and F1 ≥ 0.9`, async () => {
        const source = await importFile(file)
        const want = (t: string) => (form === 'lower' ? t.toLowerCase() : t)
        expect(shingleScore(`${source.title}\n${articleBody(source)}`, want(`${truth.title}\n${truthBody(truth)}`)).f1).toBeGreaterThanOrEqual(0.9)
        if (form === 'lower') expect(articleBody(source)).toBe(articleBody(source).toLowerCase())
      })
    }
  }
})
