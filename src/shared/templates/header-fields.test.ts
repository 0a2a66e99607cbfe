import { describe, expect, it } from 'vitest'
import { createBriefing } from '../model'
import { getTemplate } from './get-template'
import { fieldPatch, fieldValue, headerFieldsFor } from './header-fields'

describe('headerFieldsFor', () => {
  it('labels the standard fields as the template does and adds its own fields after them', () => {
    const fields = headerFieldsFor(getTemplate('au-ministerial-brief'))
    expect(fields.slice(0, 6).map((f) => f.key)).toEqual(['recipient', 'author', 'date', 'reference', 'dueDate', 'contact'])
    expect(fields.map((f) => f.key)).toEqual(expect.arrayContaining(['briefNumber', 'purpose', 'criticalDate']))
    expect(fields.find((f) => f.key === 'purpose')).toMatchObject({ target: 'fields', options: ['For action', 'For information'], required: true })
    expect(headerFieldsFor(getTemplate('us-action-memo')).find((f) => f.key === 'recipient')?.label).toBe('TO')
  })

  it('reads and writes standard fields on meta and template fields in meta.fields', () => {
    const meta = { ...createBriefing({ template: 'au-ministerial-brief', now: new Date(0) }).meta, fields: { purpose: 'For action' } }
    const [recipient] = headerFieldsFor(getTemplate('au-ministerial-brief'))
    const purpose = headerFieldsFor(getTemplate('au-ministerial-brief')).find((f) => f.key === 'purpose')!
    expect(fieldPatch(meta, recipient!, 'Minister')).toEqual({ recipient: 'Minister' })
    expect(fieldPatch(meta, purpose, 'For information')).toEqual({ fields: { purpose: 'For information' } })
    expect(fieldValue(meta, purpose)).toBe('For action')
    expect(fieldValue(meta, recipient!)).toBe('')
  })
})
