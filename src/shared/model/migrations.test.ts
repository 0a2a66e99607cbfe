import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { parseBriefing, serializeBriefing, BriefingLoadError } from './index'
import { migrateV0ToV1 } from './migrations'

const fixture = (name: string): string => readFileSync(new URL(`../../../test/fixtures/briefings/${name}`, import.meta.url), 'utf8')

describe('v0 → v1 migration', () => {
  it('moves the v0 header into meta, body into doc, and fills sources.removed', () => {
    const b = parseBriefing(fixture('v0-basic.brief'))
    expect(b.version).toBe(1)
    expect(b.meta).toMatchObject({
      title: 'Water charges: options for reform',
      template: 'uk-submission',
      classification: 'OFFICIAL',
      author: 'A. Analyst',
      createdAt: '2025-03-01T09:00:00.000Z',
      modifiedAt: '2025-03-04T16:30:00.000Z',
      pageSize: 'A4',
    })
    expect(b.doc.content?.[0]).toMatchObject({ type: 'heading', attrs: { level: 1 } })
    expect(b.sources[0]?.removed).toEqual([])
    expect(b.sources[0]?.blocks[0]?.text).toBe('Bills will rise by 9% on average.')
  })

  it('keeps unknown top-level v0 fields and drops the v0-only ones', () => {
    const b = parseBriefing(fixture('v0-basic.brief')) as Record<string, unknown>
    expect(b.reviewers).toEqual(['J. Smith'])
    expect(b).not.toHaveProperty('body')
    expect(b).not.toHaveProperty('title')
    expect(b).not.toHaveProperty('savedAt')
  })

  it('treats a file without a version as v0 and defaults the template to general', () => {
    const b = parseBriefing(fixture('v0-no-version.brief'))
    expect(b.meta.template).toBe('general')
    expect(b.meta.title).toBe('Untitled draft')
    expect(b.sources).toEqual([])
  })

  it('writes a migrated briefing as v1 that reads back equal', () => {
    const b = parseBriefing(fixture('v0-basic.brief'))
    const again = parseBriefing(serializeBriefing(b))
    expect(again).toEqual(b)
    expect(JSON.parse(serializeBriefing(b)).version).toBe(1)
  })

  it('reports a v0 file without a body as damaged instead of inventing content', () => {
    const text = JSON.stringify({ format: 'briefwright', version: 0, title: 'x' })
    expect(() => parseBriefing(text)).toThrow(BriefingLoadError)
    expect(() => parseBriefing(text)).toThrow(/doc/)
  })

  it('is a pure function of its input', () => {
    const old = JSON.parse(fixture('v0-basic.brief')) as Record<string, unknown>
    const copy = structuredClone(old)
    migrateV0ToV1(old)
    expect(old).toEqual(copy)
  })

  it('refuses a newer version with a message that says so', () => {
    const text = JSON.stringify({ format: 'briefwright', version: 7, meta: {}, doc: { type: 'doc' } })
    expect(() => parseBriefing(text)).toThrow(/newer Briefwright \(format version 7/)
  })
})
