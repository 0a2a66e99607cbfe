import { describe, expect, it } from 'vitest'
import { findSections } from './sections'
import { getTemplate } from '../get-template'
import { h1, p } from './test-briefing'

describe('findSections', () => {
  const cn = getTemplate('cn-official')

  it('splits at level-1 headings, matching by sectionId, else by title without numbering', () => {
    const doc = { type: 'doc', content: [p('preamble'), h1('一、基本情况'), p('a'), { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: '（一）' }] }, h1('Renamed', 'issues'), h1('附件')] }
    const spans = findSections(doc, cn)
    expect(spans.map((s) => [s.section?.id ?? null, s.heading.index, s.body.map((b) => b.index)])).toEqual([
      ['situation', 1, [2, 3]],
      ['issues', 4, []],
      [null, 5, []],
    ])
  })

  it('counts a section claimed twice only at its first heading', () => {
    const spans = findSections({ type: 'doc', content: [h1('基本情况', 'situation'), h1('基本情况', 'situation')] }, cn)
    expect(spans.map((s) => s.section?.id ?? null)).toEqual(['situation', null])
  })
})
