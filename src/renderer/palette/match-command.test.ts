import { describe, expect, it } from 'vitest'
import { matchScore } from './match-command'

describe('matchScore', () => {
  it('matches characters in order and rejects titles missing one', () => {
    expect(matchScore('fnr', 'Find and replace…')).not.toBeNull()
    expect(matchScore('zz', 'Find and replace…')).toBeNull()
    expect(matchScore('rf', 'Find')).toBeNull()
  })

  it('ranks word starts and runs above scattered matches', () => {
    const table = matchScore('ins tab', 'Insert table')!
    const scattered = matchScore('ins tab', 'Spelling suggestions for the next misspelling: it stabilises')
    expect(scattered === null || table > scattered).toBe(true)
    expect(matchScore('zoom', 'Zoom in')!).toBeGreaterThan(matchScore('zoom', 'Turn zoom off for the page view')!)
  })

  it('matches everything with an empty query', () => {
    expect(matchScore('  ', 'Anything')).toBe(0)
  })
})
