import { describe, expect, it } from 'vitest'
import { isAllLowercase, toTitleCase } from './title-case'

// The review offers "Apply Title Case" only for lowercased titles and must produce a conventional title.
describe('isAllLowercase', () => {
  it('is true for a title without capitals', () => {
    expect(isAllLowercase('shenzhen plans to build 10 innovation centers')).toBe(true)
  })
  it('is false when any letter is a capital, or there are no cased letters', () => {
    expect(isAllLowercase('Shenzhen plans')).toBe(false)
    expect(isAllLowercase('深圳建设10个创新中心')).toBe(false)
    expect(isAllLowercase('2024')).toBe(false)
  })
})

describe('toTitleCase', () => {
  it('capitalises words but keeps small words lowercase in the middle', () => {
    expect(toTitleCase('shenzhen plans to build 10 innovation centers to further advance high-end manufacturing')).toBe(
      'Shenzhen Plans to Build 10 Innovation Centers to Further Advance High-End Manufacturing',
    )
  })
  it('capitalises a small word at the start, at the end, and after a colon', () => {
    expect(toTitleCase('the port of the future: a plan to act on')).toBe('The Port of the Future: A Plan to Act On')
  })
  it('handles quotes and leaves caseless scripts alone', () => {
    expect(toTitleCase('“made in shenzhen” goes global')).toBe('“Made in Shenzhen” Goes Global')
    expect(toTitleCase('深圳 plans')).toBe('深圳 Plans')
  })
})
