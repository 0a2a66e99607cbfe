import { describe, expect, it } from 'vitest'
import { readText } from './read-text'
import { dateFromLines } from './metadata'

describe('readText header lines', () => {
  it('passes on a date line dropped just inside the article, after a kept dek, for the date search', () => {
    const text = [
      'Metro',
      'Politics',
      'A Tram Line Everyone Said Would Fail Now Runs Full Every Morning',
      'The extension was called a white elephant when it opened, but ridership has tripled in two years.',
      'Commuters board at Eastgate before seven, when trains run every four minutes on the new branch line.',
      'By Lior Banerjee',
      'Published May 12, 2025Updated May 13, 2025, 9:02 a.m. ET',
      'EASTGATE — When the transit board approved the eastern tram extension, its own consultants warned that few people would ride it, and the opposition called it a vanity project.',
      'Two years on, the line carries more passengers per kilometre than any other in the network, and the board is debating whether to double the number of trams at peak hours.',
    ].join('\n')
    const r = readText(text)
    expect(r.headerLines).toContain('Published May 12, 2025Updated May 13, 2025, 9:02 a.m. ET')
    expect(dateFromLines(r.headerLines)).toBe('2025-05-12')
  })
})
