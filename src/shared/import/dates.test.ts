import { describe, expect, it } from 'vitest'
import { parseDate } from './dates'

describe('parseDate on spans that innerText ran together', () => {
  it('reads exactly four digits as the year after "<Month> <D>, ", whatever follows', () => {
    expect(parseDate('Posted March 9, 2025Edited March 10, 2025, 4:05 p.m. PT')).toBe('2025-03-09')
    expect(parseDate('November 21, 20257:15 PM GMT-5Updated 1 hour ago')).toBe('2025-11-21')
    expect(parseDate('Sept. 2, 20249:00 AM ET')).toBe('2024-09-02')
  })

  it('finds the month glued to the name before it', () => {
    expect(parseDate('By Priya AnandDec 5, 202612 min read')).toBe('2026-12-05')
  })

  it('works on lowercased copies', () => {
    expect(parseDate('posted march 9, 2025edited march 10, 2025')).toBe('2025-03-09')
    expect(parseDate('by priya ananddec 5, 202612 min read')).toBe('2026-12-05')
  })

  it('still refuses a glued date with no year, and an impossible day', () => {
    expect(parseDate('March 9, 25 people attended')).toBeNull()
    expect(parseDate('Updated June 41, 2026Share')).toBeNull()
  })
})
