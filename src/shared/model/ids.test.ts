import { describe, expect, it } from 'vitest'
import { newId, sequentialIds } from './ids'

describe('newId', () => {
  it('makes 12-character ids of lowercase letters and digits', () => {
    for (let i = 0; i < 50; i++) expect(newId()).toMatch(/^[0-9a-z]{12}$/)
  })

  it('does not repeat across more ids than one pool of random bytes holds', () => {
    // 2,000 ids span several refills of the byte pool; a refill that reused bytes would repeat ids.
    const ids = new Set(Array.from({ length: 2000 }, () => newId()))
    expect(ids.size).toBe(2000)
  })
})

describe('sequentialIds', () => {
  it('counts up from 1 with its prefix, independently per generator', () => {
    const a = sequentialIds('b')
    const c = sequentialIds()
    expect([a(), a(), c()]).toEqual(['b1', 'b2', 'id1'])
  })
})
