/**
 * Writes the DOCX-export fixture briefings to test/fixtures/briefings/: one per template
 * (`<template id>.brief`) and `stress.brief` (every node type, nested lists, lists in tables,
 * 300 notes, CJK, emoji, control characters, a citation to a missing source, a huge table).
 * Deterministic: the same code writes the same bytes, and a test checks the committed files match.
 *
 *   npx tsx scripts/make-briefing-fixtures.ts
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { serializeBriefing, type Briefing, type DocMark, type DocNode, type Source } from '../src/shared/model'
import { TEMPLATES, briefingFromTemplate, type BriefingTemplate } from '../src/shared/templates'

/** Fixed clock so every run writes the same files. */
export const FIXTURE_NOW = new Date('2026-11-02T09:00:00.000Z')

/** A small deterministic PRNG (mulberry32), so generated text repeats exactly. */
function rng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const EN_WORDS =
  'the minister department funding policy review housing transport budget region council agency report evidence risk option cost benefit public service delivery local national programme reform consultation stakeholders data trend increase decrease year quarter target impact assessment'.split(
    ' ',
  )
const ZH_SENTENCES = [
  '今年以来，全市经济运行总体平稳，主要指标保持在合理区间。',
  '各部门认真贯彻落实有关部署，扎实推进重点工作。',
  '城乡居民收入稳步增长，民生保障持续加强。',
  '部分领域仍存在风险隐患，需要进一步加强监测预警。',
  '建议加大财政投入力度，完善配套政策措施。',
]

/** Deterministic English sentences. */
function sentences(random: () => number, count: number): string {
  const out: string[] = []
  for (let i = 0; i < count; i++) {
    const n = 8 + Math.floor(random() * 10)
    const words = Array.from({ length: n }, () => EN_WORDS[Math.floor(random() * EN_WORDS.length)] ?? 'policy')
    const first = words[0] ?? 'the'
    words[0] = first.charAt(0).toUpperCase() + first.slice(1)
    out.push(words.join(' ') + '.')
  }
  return out.join(' ')
}

function zhText(random: () => number, count: number): string {
  return Array.from({ length: count }, () => ZH_SENTENCES[Math.floor(random() * ZH_SENTENCES.length)] ?? '').join('')
}

const text = (t: string, marks?: DocMark[]): DocNode => (marks ? { type: 'text', text: t, marks } : { type: 'text', text: t })
const para = (...content: DocNode[]): DocNode => ({ type: 'paragraph', content })
const heading = (level: number, t: string): DocNode => ({ type: 'heading', attrs: { level }, content: [text(t)] })
const item = (...content: DocNode[]): DocNode => ({ type: 'listItem', content })
const bullets = (...items: DocNode[]): DocNode => ({ type: 'bulletList', content: items })
const numbered = (start: number, ...items: DocNode[]): DocNode => ({ type: 'orderedList', attrs: { start }, content: items })
const cell = (type: 'tableCell' | 'tableHeader', content: DocNode[], attrs: Record<string, unknown> = {}): DocNode => ({
  type,
  attrs: { colspan: 1, rowspan: 1, colwidth: null, ...attrs },
  content,
})
const row = (...cells: DocNode[]): DocNode => ({ type: 'tableRow', content: cells })
const table = (...rows: DocNode[]): DocNode => ({ type: 'table', content: rows })
let citeCounter = 0
const citation = (sourceId: string, locator: string | null, quote = ''): DocNode => ({
  type: 'citation',
  attrs: { id: `cite${++citeCounter}`, sourceId, blockId: `${sourceId}-b1`, quote, locator },
})
let noteCounter = 0
const footnote = (t: string): DocNode => ({ type: 'footnote', attrs: { id: `note${++noteCounter}`, text: t } })

/** A source as the import pipeline stores it, with one block per paragraph. */
function source(i: number, zh: boolean): Source {
  const id = `src${i}`
  const title = zh ? `关于推进第${i}项重点工作的通知` : `Report ${i} on regional housing and transport`
  return {
    id,
    title,
    publisher: zh ? '市人民政府办公厅' : ['The Gazette', 'Office for Statistics', 'Policy Institute'][i % 3] ?? null,
    author: i % 2 === 0 ? (zh ? '王明' : 'A. Example') : null,
    date: `2026-0${1 + (i % 9)}-1${i % 10}`,
    url: i % 4 === 3 ? null : `https://example.org/${zh ? 'zh' : 'en'}/report-${i}`,
    language: zh ? 'zh' : 'en',
    importedAt: FIXTURE_NOW.toISOString(),
    origin: { fileName: `report-${i}.html`, mediaType: 'text/html', sha256: i.toString(16).padStart(64, '0') },
    blocks: [{ id: `${id}-b1`, type: 'paragraph', text: zh ? ZH_SENTENCES[i % ZH_SENTENCES.length] ?? '' : `Quoted finding number ${i}.` }],
    removed: [],
    figures: [],
  }
}

/** Filled-in header values per template: every template field gets a value. */
function fieldValues(template: BriefingTemplate): Record<string, string> {
  const zh = template.language.startsWith('zh')
  const values: Record<string, string> = { classification: template.classification.options[0] ?? template.classification.default }
  for (const f of template.fields) {
    values[f.key] = zh ? `${f.label}示例` : `${f.label} (example)`
  }
  values.date = zh ? '2026年11月2日' : '2 November 2026'
  return values
}

/** A briefing for one template: its sections filled with text, citations, a footnote, a list and a table. */
export function templateBriefing(template: BriefingTemplate): Briefing {
  const zh = template.language.startsWith('zh')
  const random = rng(template.id.length * 7919)
  const briefing = briefingFromTemplate(template, { title: zh ? '关于全市重点工作进展情况的报告' : `${template.name}: regional housing and transport`, fields: fieldValues(template), now: FIXTURE_NOW })
  briefing.sources = [1, 2, 3].map((i) => source(i, zh))
  const body = (n: number) => (zh ? zhText(random, n) : sentences(random, n))
  const content: DocNode[] = []
  let sectionIndex = 0
  for (const node of briefing.doc.content ?? []) {
    if (node.type === 'paragraph' && node.attrs?.guidance) {
      sectionIndex++
      // Leave the last section's guidance paragraph empty: it must not be exported.
      if (sectionIndex === template.sections.length) {
        content.push(node)
        content.push(para(text(body(1))))
        continue
      }
      content.push(para(text(body(2)), citation(`src${1 + (sectionIndex % 3)}`, zh ? `第${sectionIndex}段` : `para. ${sectionIndex}`, 'Quoted finding'), text(' '), text(body(1), [{ type: 'bold' }])))
      if (sectionIndex === 1) {
        content.push(para(text(body(1)), footnote(zh ? '此处数据为初步统计。' : 'Figures are provisional.'), text(' '), text(zh ? '详见网站' : 'See the website', [{ type: 'link', attrs: { href: 'https://example.org/more' } }]), text(zh ? '。' : '.')))
        content.push(numbered(1, item(para(text(body(1)))), item(para(text(body(1))), bullets(item(para(text(body(1)))), item(para(text(body(1)))))), item(para(text(body(1))))))
      }
      if (sectionIndex === 2) {
        content.push(
          table(
            row(cell('tableHeader', [para(text(zh ? '项目' : 'Item'))], { colwidth: [200] }), cell('tableHeader', [para(text(zh ? '金额（万元）' : 'Cost (£m)'))]), cell('tableHeader', [para(text(zh ? '说明' : 'Note'))])),
            row(cell('tableCell', [para(text(zh ? '住房' : 'Housing'))]), cell('tableCell', [para(text('12.5'))]), cell('tableCell', [para(text(body(1)))])),
            row(cell('tableCell', [para(text(zh ? '交通' : 'Transport'))]), cell('tableCell', [para(text('8.0'))]), cell('tableCell', [bullets(item(para(text(body(1)))), item(para(text(body(1)))))])),
          ),
        )
        content.push(numbered(1, item(para(text(body(1)))), item(para(text(body(1))))))
      }
      continue
    }
    content.push(node)
  }
  briefing.doc = { type: 'doc', content }
  return briefing
}

/** The stress briefing: every node and mark type, 300 notes, CJK, emoji, control characters, a huge table. */
export function stressBriefing(): Briefing {
  const template = TEMPLATES.find((t) => t.id === 'general') ?? TEMPLATES[0]
  if (!template) throw new Error('no templates')
  const random = rng(42)
  const briefing = briefingFromTemplate(template, { title: 'Stress test: every node type 全部节点 🚀', fields: fieldValues(template), now: FIXTURE_NOW })
  briefing.sources = Array.from({ length: 12 }, (_, i) => source(i + 1, i % 4 === 1))
  const content: DocNode[] = []
  content.push(heading(1, 'Marks and inline nodes'))
  content.push(
    para(
      text('Bold', [{ type: 'bold' }]),
      text(' italic', [{ type: 'italic' }]),
      text(' underline', [{ type: 'underline' }]),
      text(' strike', [{ type: 'strike' }]),
      text(' code()', [{ type: 'code' }]),
      text(' all', [{ type: 'bold' }, { type: 'italic' }, { type: 'underline' }]),
      text(' a link', [{ type: 'link', attrs: { href: 'https://example.org/stress' } }]),
      text(' an unsafe link', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }]),
      text(' “a quoted passage”', [{ type: 'quoted', attrs: { citeId: 'cite-q' } }]),
      { type: 'citation', attrs: { id: 'cite-q', sourceId: 'src1', blockId: 'src1-b1', quote: 'a quoted passage', locator: 'p. 1' } },
      { type: 'hardBreak' },
      text('After a hard break; emoji 🎉👍🏽 and CJK 中文 日本語 한국어; control chars:\u0001\u0007\u000B\u001F end; tab\tafter.'),
    ),
  )
  content.push(para(text('A citation to a source that is not in the briefing'), citation('src-missing', 'para. 9', 'A quote whose source was deleted')))
  content.push({ type: 'paragraph', attrs: { guidance: 'Guidance only: never exported.' } })
  content.push(para())
  content.push(heading(2, 'Lists'))
  content.push(
    numbered(
      1,
      item(para(text('First')), numbered(1, item(para(text('Nested one')), bullets(item(para(text('Deep bullet')), numbered(1, item(para(text('Deepest number'))))))), item(para(text('Nested two'))))),
      item(para(text('Second')), para(text('A second paragraph in the item'))),
      item(bullets(item(para(text('A list as the first child of an item'))))),
      item(),
    ),
  )
  content.push(para(text('Between two lists.')))
  content.push(numbered(1, item(para(text('This list restarts at 1'))), item(para(text('Two')))))
  content.push(numbered(5, item(para(text('This list starts at 5'))), item(para(text('Six')))))
  content.push(bullets(item(para(text('Bullet'))), item(para(text('中文项目符号'))))) 
  content.push(heading(3, 'Quotes and rules'))
  content.push({ type: 'blockquote', content: [para(text(sentences(random, 2))), bullets(item(para(text('A list inside a quote'))))] })
  content.push({ type: 'horizontalRule' })
  content.push({ type: 'callout', attrs: { tone: 'info' }, content: [para(text('An unknown block type: exported as paragraphs with a warning.'))] })
  content.push({ type: 'decisionBlock', attrs: { options: ['Agreed', 'Not agreed', 'Noted'], label: 'Decision' } })
  content.push({ type: 'decisionBlock', attrs: { options: ['Approve', 'Disapprove'], label: null } })
  content.push(heading(2, 'Tables'))
  content.push(
    table(
      row(cell('tableHeader', [para(text('Merged header'))], { colspan: 2, colwidth: [150, 250] }), cell('tableHeader', [para(text('Third'))])),
      row(cell('tableCell', [para(text('Spans two rows'))], { rowspan: 2 }), cell('tableCell', [numbered(1, item(para(text('List in a cell'))), item(para(text('Two'))))]), cell('tableCell', [bullets(item(para(text('Bullet in a cell')), bullets(item(para(text('Nested in a cell'))))))])),
      row(cell('tableCell', [para(text('中文单元格'))]), cell('tableCell', [table(row(cell('tableCell', [para(text('Nested table'))]), cell('tableCell', [para(text('cell'))])))])),
      row(cell('tableCell', [para(text('Short row'))])),
    ),
  )
  // 300 notes in all: 240 citations (runs of the same source, so some are "Ibid.") and 60 user footnotes.
  content.push(heading(2, 'Many notes'))
  for (let p = 0; p < 60; p++) {
    const runs: DocNode[] = []
    for (let c = 0; c < 4; c++) {
      const src = `src${1 + (Math.floor((p * 4 + c) / 3) % 12)}`
      runs.push(text(sentences(random, 1) + ' '), citation(src, c % 2 ? `para. ${c + p}` : null))
    }
    runs.push(text(' 这是中文句子。'), footnote(`User note ${p + 1} with 中文 and 🎯.`))
    content.push(para(...runs))
  }
  content.push(heading(2, 'A huge table'))
  const header = row(...['Region', 'Year', 'Spend', 'Outcome', 'Notes'].map((h) => cell('tableHeader', [para(text(h))])))
  const rows = Array.from({ length: 400 }, (_, r) =>
    row(
      cell('tableCell', [para(text(`Region ${r + 1}`))]),
      cell('tableCell', [para(text(String(2000 + (r % 26))))]),
      cell('tableCell', [para(text((random() * 1000).toFixed(1)))]),
      cell('tableCell', [para(text(r % 7 === 0 ? '目标已完成' : 'On track'))]),
      cell('tableCell', [para(text(sentences(random, 1)))]),
    ),
  )
  content.push(table(header, ...rows))
  content.push(para(text(sentences(random, 3))))
  briefing.doc = { type: 'doc', content }
  return briefing
}

/** Every fixture: file name → briefing. */
export function allFixtures(): Map<string, Briefing> {
  citeCounter = 0
  noteCounter = 0
  const out = new Map<string, Briefing>()
  for (const template of TEMPLATES) out.set(`${template.id}.brief`, templateBriefing(template))
  out.set('stress.brief', stressBriefing())
  return out
}

/** Writes the fixtures into `dir`. */
export function writeFixtures(dir: string): string[] {
  mkdirSync(dir, { recursive: true })
  const written: string[] = []
  for (const [name, briefing] of allFixtures()) {
    writeFileSync(join(dir, name), serializeBriefing(briefing))
    written.push(name)
  }
  return written
}

if (process.argv[1] && /make-briefing-fixtures\.ts$/.test(process.argv[1])) {
  const dir = join(process.cwd(), 'test', 'fixtures', 'briefings')
  for (const name of writeFixtures(dir)) process.stdout.write(`wrote ${join('test/fixtures/briefings', name)}\n`)
}
