import { describe, expect, it } from 'vitest'
import { BriefingSchema, sequentialIds } from '../model'
import { briefingFromTemplate } from './briefing-from-template'
import { getTemplate } from './get-template'

const now = new Date('2026-03-12T09:00:00Z')

describe('briefingFromTemplate', () => {
  it('builds meta from the template defaults and a heading + guidance paragraph per section', () => {
    const t = getTemplate('uk-submission')
    const b = briefingFromTemplate(t, { title: 'Port electrification', now, newId: sequentialIds() })
    expect(BriefingSchema.parse(b)).toEqual(b)
    expect(b.meta).toMatchObject({ title: 'Port electrification', template: 'uk-submission', classification: 'OFFICIAL', pageSize: 'A4', createdAt: now.toISOString() })
    expect(b.doc.content).toHaveLength(t.sections.length * 2)
    expect(b.doc.content![0]).toEqual({ type: 'heading', attrs: { level: 1, sectionId: 'issue' }, content: [{ type: 'text', text: 'Issue' }] })
    expect(b.doc.content![1]).toEqual({ type: 'paragraph', attrs: { guidance: t.sections[0]!.guidance } })
  })

  it('puts the decision block after the recommendation section', () => {
    const b = briefingFromTemplate(getTemplate('au-ministerial-brief'), { now })
    expect(b.doc.content!.slice(0, 3).map((n) => n.type)).toEqual(['heading', 'paragraph', 'decisionBlock'])
    expect(b.doc.content![2]!.attrs).toEqual({ options: ['Agreed', 'Not agreed', 'Noted'], label: null })
    expect(b.doc.content!.filter((n) => n.type === 'decisionBlock')).toHaveLength(1)
  })

  it('maps well-known fields onto meta and keeps template-specific ones in meta.fields', () => {
    const b = briefingFromTemplate(getTemplate('ca-briefing-note'), {
      now,
      fields: { recipient: 'Deputy Minister', fileNumber: '2026-0042', classification: 'PROTECTED A', colour: 'blue' },
    })
    expect(b.meta).toMatchObject({ recipient: 'Deputy Minister', classification: 'PROTECTED A', pageSize: 'Letter' })
    expect(b.meta.fields).toEqual({ fileNumber: '2026-0042', purpose: '', colour: 'blue' })
  })
})
