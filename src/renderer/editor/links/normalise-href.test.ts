import { describe, expect, it } from 'vitest'
import { normaliseHref } from './normalise-href'

describe('normaliseHref', () => {
  it('completes bare web and mail addresses', () => {
    expect(normaliseHref(' example.org/report ')).toBe('https://example.org/report')
    expect(normaliseHref('press@example.org')).toBe('mailto:press@example.org')
    expect(normaliseHref('http://example.org')).toBe('http://example.org/')
  })

  it('refuses schemes that could run code or reach local files, and blanks', () => {
    expect(normaliseHref('javascript:alert(1)')).toBeNull()
    expect(normaliseHref('file:///etc/passwd')).toBeNull()
    expect(normaliseHref('data:text/html,x')).toBeNull()
    expect(normaliseHref('   ')).toBeNull()
  })
})
