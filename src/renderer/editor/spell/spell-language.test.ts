import { describe, expect, it } from 'vitest'
import { dictionaryFor } from './spell-language'

describe('dictionaryFor', () => {
  it('gives American spelling to en-US documents and British to the Commonwealth varieties', () => {
    expect(dictionaryFor('en-US')).toBe('en-US')
    expect(dictionaryFor('en-GB')).toBe('en-GB')
    expect(dictionaryFor('en-AU')).toBe('en-GB')
    expect(dictionaryFor('en_NZ')).toBe('en-GB')
  })

  it("leaves plain English, other languages and unknown regions to the user's choice", () => {
    expect(dictionaryFor('en')).toBeNull()
    expect(dictionaryFor('zh-CN')).toBeNull()
    expect(dictionaryFor('en-ZZ')).toBeNull()
    // Canadian English (colour, organize) matches neither bundled dictionary.
    expect(dictionaryFor('en-CA')).toBeNull()
  })
})
