import { describe, expect, it } from 'vitest'
import { findTemplate, getTemplate } from './get-template'

describe('getTemplate', () => {
  it('returns a template by id', () => {
    expect(getTemplate('us-action-memo').name).toBe('US action memo')
  })

  it('names the known ids when the id is unknown', () => {
    expect(() => getTemplate('fr-note')).toThrow(/Unknown template 'fr-note'.*general.*cn-official/)
    expect(findTemplate('fr-note')).toBeUndefined()
  })
})
