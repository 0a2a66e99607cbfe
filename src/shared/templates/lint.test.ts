import { describe, expect, it } from 'vitest'
import { lintBriefing } from './lint'
import { briefingFromTemplate } from './briefing-from-template'
import { getTemplate } from './get-template'
import { TEMPLATES } from './catalog'
import { briefingOf, cite, decision, h1, p, quoted, source } from './lint/test-briefing'

const now = new Date('2026-03-12T09:00:00Z')

/** A US action memo with every field and section filled in properly. */
function cleanMemo() {
  const b = briefingOf(
    'us-action-memo',
    [
      h1('Bottom line up front', 'bluf'),
      p('Approve a two-year pilot of shore power at Harbourton to cut port emissions.'),
      h1('Recommendation', 'recommendation'),
      p('That you approve the pilot.'),
      decision(['Approve', 'Disapprove']),
      h1('Background', 'background'),
      p('The port authority reports that ', quoted('berth emissions fell 30%', 'c1'), cite({ id: 'c1', sourceId: 's1', blockId: 'b1', quote: 'berth emissions fell 30%' }), ' in trials.'),
    ],
    { classification: 'UNCLASSIFIED', title: 'Shore power pilot', sources: [source('s1', { b1: 'In 2025 berth emissions fell 30% during trials.' })] },
  )
  Object.assign(b.meta, { recipient: 'The Secretary', author: 'Office of Ports', date: '12 March 2026' })
  return b
}

describe('lintBriefing', () => {
  it('finds nothing in a clean, complete briefing', () => {
    expect(lintBriefing(cleanMemo())).toEqual([])
  })

  it.each(TEMPLATES.map((t) => [t.id]))('a fresh %s draft reports its empty required sections and empty header fields', (id) => {
    const template = getTemplate(id)
    const findings = lintBriefing(briefingFromTemplate(template, { now }))
    const required = template.sections.filter((s) => s.required)
    expect(findings.filter((f) => f.rule === 'required-section')).toHaveLength(required.length)
    expect(findings.filter((f) => f.rule === 'header-field').length).toBeGreaterThan(0)
    // Guidance shown in empty paragraphs is not "guidance typed in".
    expect(findings.filter((f) => f.rule === 'placeholder')).toEqual([])
    expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length)
  })

  it('gives stable ids: the same problem keeps its id after an unrelated edit', () => {
    const b = cleanMemo()
    b.meta.classification = ''
    const before = lintBriefing(b).map((f) => f.id)
    b.meta.title = 'New title'
    expect(lintBriefing(b).map((f) => f.id)).toEqual(before)
    expect(before).toEqual(['classification@meta.classification'])
  })

  it('numbers repeated findings on the same target', () => {
    const b = cleanMemo()
    b.doc.content!.push(p('TBC and TODO'))
    expect(lintBriefing(b).map((f) => f.id)).toEqual(['placeholder@7', 'placeholder@7#2'])
  })

  it('runs the template-free checks and warns once when the template is unknown', () => {
    const b = cleanMemo()
    b.meta.template = 'fr-note'
    b.sources = []
    expect(lintBriefing(b).map((f) => f.rule)).toEqual(['template', 'citation-source'])
  })

  it('checks against an explicitly given template instead of the named one', () => {
    const findings = lintBriefing(cleanMemo(), getTemplate('uk-submission'))
    expect(findings.some((f) => f.message === 'The required section "Issue" is missing.')).toBe(true)
  })
})
