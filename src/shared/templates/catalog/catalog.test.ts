import { describe, expect, it } from 'vitest'
import { TEMPLATES } from '.'

// The DOCX exporter, the lint and the New Briefing dialog all trust this data; these checks keep it coherent.
describe('template catalog', () => {
  it('ships the six templates with unique ids', () => {
    expect(TEMPLATES.map((t) => t.id)).toEqual(['general', 'uk-submission', 'ca-briefing-note', 'au-ministerial-brief', 'us-action-memo', 'cn-official'])
  })

  it.each(TEMPLATES.map((t) => [t.id, t] as const))('%s is internally consistent', (_id, t) => {
    const sectionIds = t.sections.map((s) => s.id)
    expect(new Set(sectionIds).size).toBe(sectionIds.length)
    const fieldKeys = t.fields.map((f) => f.key)
    expect(new Set(fieldKeys).size).toBe(fieldKeys.length)
    for (const s of t.sections) expect(s.guidance.trim()).not.toBe('')
    if (t.classification.default) expect(t.classification.options).toContain(t.classification.default)
    if (t.decision) {
      expect(t.decision.options.length).toBeGreaterThan(0)
      expect(t.sections.some((s) => s.recommendations)).toBe(true)
    }
    expect(t.fonts.sizePt).toBeGreaterThan(0)
  })

  it('encodes the national specifics the issue asks for', () => {
    const byId = Object.fromEntries(TEMPLATES.map((t) => [t.id, t]))
    expect(byId['uk-submission']!.sections.map((s) => s.title)).toEqual(['Issue', 'Recommendation', 'Timing', 'Background', 'Argument', 'Presentation'])
    expect(byId['uk-submission']!.classification.default).toBe('OFFICIAL')
    expect(byId['ca-briefing-note']!.fields.map((f) => f.key)).toEqual(expect.arrayContaining(['fileNumber', 'contact']))
    expect(byId['au-ministerial-brief']!.decision).toMatchObject({ options: ['Agreed', 'Not agreed', 'Noted'], placement: 'perRecommendation' })
    expect(byId['au-ministerial-brief']!.fields.find((f) => f.key === 'purpose')?.options).toEqual(['For action', 'For information'])
    const us = byId['us-action-memo']!
    expect(us.sections.find((s) => s.id === 'bluf')?.lineLimit).toBe(4)
    expect(us.decision?.options).toEqual(['Approve', 'Disapprove'])
    expect(us.page.pageLimit).toBe(2)
    expect(us.fonts).toMatchObject({ body: 'Times New Roman', sizePt: 12 })
    const cn = byId['cn-official']!
    expect(cn).toMatchObject({ language: 'zh-CN', headingNumbering: 'zh', page: { size: 'A4' }, fonts: { eastAsia: '仿宋', sizePt: 16 } })
  })
})
