import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { exportBriefingDocx } from '../../src/shared/export/docx'
import { nodeText, type Briefing, type DocNode } from '../../src/shared/model'
import { TEMPLATE_FIXTURES, loadFixture } from './docx-parts'

/** True when a command runs (LibreOffice and poppler are installed in CI, maybe not on a laptop). */
function available(cmd: string, args: string[]): boolean {
  return spawnSync(cmd, args, { stdio: 'ignore', timeout: 60_000 }).status === 0
}
const HAVE_TOOLS = available('soffice', ['--version']) && available('pdftotext', ['-v'])
if (!HAVE_TOOLS) console.warn('LibreOffice rendering tests skipped: soffice or pdftotext is not on PATH (CI installs libreoffice and poppler-utils).')
const FIXTURES = [...TEMPLATE_FIXTURES, 'stress'] as const
const NOW = new Date('2026-11-02T09:00:00.000Z')

/** Text of each page of a PDF, as `pdftotext -layout` lays it out (pages split on form feeds). */
function pdfPages(pdf: string): string[] {
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })
  return text.split('\f').slice(0, -1)
}

/** Letters-and-digits tokens, with each CJK character a token of its own (CJK lines wrap anywhere). */
function tokens(text: string): string[] {
  return text.match(/[\u3400-\u9FFF]|[\p{L}\p{N}]+/gu)?.filter((t) => !/[\u3400-\u9FFF]/.test(t) || t.length === 1) ?? []
}

/** All text the body of a briefing shows: its nodes, header fields and title. */
function briefingText(briefing: Briefing): string {
  const parts: string[] = [briefing.meta.title]
  const walk = (node: DocNode) => {
    if (node.type === 'paragraph' || node.type === 'heading') parts.push(nodeText(node))
    else if (node.type === 'decisionBlock' && Array.isArray(node.attrs?.options)) parts.push(...(node.attrs.options as string[]))
    else node.content?.forEach(walk)
  }
  walk(briefing.doc)
  return parts.join('\n')
}

describe.skipIf(!HAVE_TOOLS)('LibreOffice rendering of exported fixtures (skipped when soffice or pdftotext is not installed)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'bw-lo-'))
  const pages = new Map<string, string[]>()

  beforeAll(async () => {
    const files: string[] = []
    for (const name of FIXTURES) {
      const { bytes } = await exportBriefingDocx(loadFixture(name), { now: NOW })
      const file = join(dir, `${name}.docx`)
      writeFileSync(file, bytes)
      files.push(file)
    }
    // A profile of our own: parallel soffice runs sharing one profile lock each other out.
    const profile = pathToFileURL(join(dir, 'profile')).href
    execFileSync('soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, ...files], { stdio: 'ignore', timeout: 300_000 })
    for (const name of FIXTURES) {
      const pdf = join(dir, `${name}.pdf`)
      if (existsSync(pdf)) pages.set(name, pdfPages(pdf))
    }
  }, 320_000)
  afterAll(() => rmSync(dir, { recursive: true, force: true }))

  describe.each(FIXTURES)('%s', (name) => {
    const briefing = loadFixture(name)
    const zh = briefing.meta.template === 'cn-official'

    it('converts to a PDF', () => {
      expect(pages.get(name)?.length ?? 0).toBeGreaterThan(0)
    })

    it('shows the marking at the top and bottom of every page, and "Page X of Y"', () => {
      const list = pages.get(name) ?? []
      const marking = briefing.meta.classification
      list.forEach((page, i) => {
        // pdftotext drops the spaces between CJK characters, so lines are compared without spaces.
        const lines = page.split('\n').map((l) => l.replace(/\s+/g, '')).filter(Boolean)
        const pageOf = zh ? `第${i + 1}页共${list.length}页` : `Page${i + 1}of${list.length}`
        expect(lines[0], `page ${i + 1} top`).toBe(marking.replace(/\s+/g, ''))
        expect(lines.at(-1), `page ${i + 1} bottom`).toBe(pageOf)
        expect(lines.at(-2), `page ${i + 1} marking above the page number`).toBe(marking.replace(/\s+/g, ''))
      })
    })

    it('shows all the text of the briefing, its notes and its sources', () => {
      const pdfTokens = new Set(tokens((pages.get(name) ?? []).join('\n')))
      const missing = [...new Set(tokens(briefingText(briefing)))].filter((t) => !pdfTokens.has(t))
      expect(missing).toEqual([])
      for (const source of briefing.sources.filter((s) => JSON.stringify(briefing.doc).includes(`"sourceId":"${s.id}"`))) {
        for (const t of tokens(source.title)) expect(pdfTokens.has(t), `${source.id} title token ${t}`).toBe(true)
      }
    })
  })
})
