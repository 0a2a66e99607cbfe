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

describe('parseDate in other conventions', () => {
  it('reads dotted dates day first, as every country that writes them does', () => {
    expect(parseDate('Von Jonas Kessler 12.03.2026, 14:05 Uhr')).toBe('2026-03-12')
    expect(parseDate('1.2.2026')).toBe('2026-02-01')
  })

  it('reads French, German, Spanish and Dutch month names', () => {
    expect(parseDate('Publié le 3 mars 2026 à 06h00, modifié le 3 mars 2026')).toBe('2026-03-03')
    expect(parseDate('Stand: 5. Februar 2026')).toBe('2026-02-05')
    expect(parseDate('Actualizado el 3 de marzo de 2026')).toBe('2026-03-03')
    expect(parseDate('Gepubliceerd op 3 maart 2026')).toBe('2026-03-03')
  })

  it("converts Taiwan's Minguo years on Chinese pages, and leaves such numbers alone elsewhere", () => {
    expect(parseDate('資料更新日期：115-06-03')).toBe('2026-06-03')
    expect(parseDate('Part 115-06-03 of the catalogue')).toBeNull()
  })
})
