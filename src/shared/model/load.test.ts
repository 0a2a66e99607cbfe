import { describe, expect, it } from 'vitest'
import { createBriefing } from './briefing'
import { BriefingLoadError, parseBriefing, serializeBriefing } from './load'

const now = new Date('2026-01-02T03:04:05.000Z')

describe('parseBriefing', () => {
  it('round-trips a new briefing through its file text unchanged', () => {
    const briefing = createBriefing({ template: 'general', title: 'Port electrification', now })
    expect(parseBriefing(serializeBriefing(briefing))).toEqual(briefing)
  })

  it('keeps fields it does not know, at every level, so newer minor additions survive a save', () => {
    const briefing = { ...createBriefing({ template: 'general', now }), futureTopLevel: { a: 1 } }
    const text = serializeBriefing(briefing as never).replace('"title": ""', '"title": "", "futureMeta": "kept"')
    const parsed = parseBriefing(text) as Record<string, unknown> & { meta: Record<string, unknown> }
    expect(parsed['futureTopLevel']).toEqual({ a: 1 })
    expect(parsed.meta['futureMeta']).toBe('kept')
  })

  it('refuses a file from a newer version and says so', () => {
    const text = serializeBriefing(createBriefing({ template: 'general', now })).replace('"version": 1', '"version": 7')
    expect(() => parseBriefing(text)).toThrow(/newer Briefwright \(format version 7/)
    try {
      parseBriefing(text)
    } catch (e) {
      expect((e as BriefingLoadError).code).toBe('newer-version')
    }
  })

  it.each([
    ['truncated JSON', '{"format": "briefwright", "version": 1, "meta": {', 'not-json'],
    ['not a briefing', '{"hello": "world"}', 'not-briefing'],
    ['an array', '[1, 2]', 'not-briefing'],
  ])('rejects %s with a clear code', (_label, text, code) => {
    expect(() => parseBriefing(text)).toThrow(BriefingLoadError)
    try {
      parseBriefing(text)
    } catch (e) {
      expect((e as BriefingLoadError).code).toBe(code)
    }
  })

  it('rejects wrong types with the path of the first problem', () => {
    const text = serializeBriefing(createBriefing({ template: 'general', now })).replace('"title": ""', '"title": 42')
    expect(() => parseBriefing(text)).toThrow(/meta\.title/)
  })
})
