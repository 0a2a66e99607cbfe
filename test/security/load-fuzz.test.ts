import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { afterAll, describe, expect, it } from 'vitest'
import { BriefingSchema } from '../../src/shared/model/briefing'
import { BriefingLoadError, parseBriefing, serializeBriefing } from '../../src/shared/model/load'
import '../../src/shared/model/migrations'
import { NASTY_VALUES, SAMPLE_BRIEFING } from './ipc-payloads'

// Protects the .brief loader against damaged and hostile files (issue: robust load): random text,
// random JSON, truncations and byte flips of real briefings, hostile values in every field, deep
// nesting and prototype keys either load as a valid briefing or fail with a BriefingLoadError whose
// message the user can read. Nothing else escapes, and nothing pollutes Object.prototype.

const FIXTURES = resolve(__dirname, '../fixtures/briefings')
const V1 = serializeBriefing(SAMPLE_BRIEFING)
const SOURCES = [V1, readFileSync(resolve(FIXTURES, 'v0-basic.brief'), 'utf8'), readFileSync(resolve(FIXTURES, 'v0-no-version.brief'), 'utf8')]
const figures = { cases: 0, loaded: 0, refused: 0 }

/** Loads and checks the outcome: a briefing the schema accepts, or a BriefingLoadError. */
function loadOrRefuse(text: string): 'loaded' | BriefingLoadError {
  figures.cases++
  try {
    const briefing = parseBriefing(text)
    expect(BriefingSchema.safeParse(briefing).success).toBe(true)
    figures.loaded++
    return 'loaded'
  } catch (e) {
    if (!(e instanceof BriefingLoadError)) throw new Error(`escaped as ${(e as Error)?.name}: ${(e as Error)?.message}`, { cause: e })
    expect(e.message.length).toBeGreaterThan(10)
    expect(['not-json', 'not-briefing', 'newer-version', 'invalid']).toContain(e.code)
    figures.refused++
    return e
  }
}

/** The JSON text of a doc nested `depth` paragraphs deep (built as text: JSON.stringify itself would overflow). */
function nestedDocJson(depth: number): string {
  return '{"type":"doc","content":[' + '{"type":"paragraph","content":['.repeat(depth) + '{"type":"text","text":"deep"}' + ']}'.repeat(depth) + ']}'
}

afterAll(() => {
  console.info(`[load-fuzz] ${figures.cases} cases: ${figures.loaded} loaded, ${figures.refused} refused with BriefingLoadError, 0 crashes, 0 hangs`)
})

describe('.brief loader fuzzing', () => {
  it('the real briefings load (the mutations below start from valid files)', () => {
    for (const text of SOURCES) expect(loadOrRefuse(text)).toBe('loaded')
  })

  it('random text', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 500 }), fc.string({ maxLength: 500 })), (t) => void loadOrRefuse(t)), { numRuns: 1000 })
  })

  it('random JSON values', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 5 }), (v) => void loadOrRefuse(JSON.stringify(v) ?? 'null')), { numRuns: 1000 })
  })

  it('random JSON objects that claim to be briefings', () => {
    const claim = fc.record({ format: fc.constant('briefwright'), version: fc.oneof(fc.constantFrom(0, 1, 2, -1, 0.5, 1e308), fc.jsonValue()) }, { requiredKeys: ['format'] })
    fc.assert(fc.property(claim, fc.dictionary(fc.constantFrom('meta', 'doc', 'sources', 'settings', 'title', 'blocks'), fc.jsonValue({ maxDepth: 4 })), (head, rest) => void loadOrRefuse(JSON.stringify({ ...rest, ...head }))), { numRuns: 1000 })
  })

  it('real briefings truncated anywhere', () => {
    fc.assert(fc.property(fc.constantFrom(...SOURCES), fc.nat(), (text, n) => void loadOrRefuse(text.slice(0, n % text.length))), { numRuns: 1000 })
  })

  it('real briefings with corrupted characters', () => {
    const flips = fc.array(fc.tuple(fc.nat(), fc.constantFrom('"', '{', '}', '[', ']', ',', ':', '\\', '\u0000', '\ud800', 'x', '9', ' ', 'null')), { minLength: 1, maxLength: 20 })
    fc.assert(
      fc.property(fc.constantFrom(...SOURCES), flips, (text, changes) => {
        const chars = [...text]
        for (const [pos, c] of changes) chars[pos % chars.length] = c
        loadOrRefuse(chars.join(''))
      }),
      { numRuns: 1000 },
    )
  })

  it('hostile values in every field of a valid briefing', () => {
    const paths = ['format', 'version', 'meta', 'doc', 'sources', 'settings', 'meta.title', 'meta.template', 'meta.pageSize', 'meta.fields', 'doc.content', 'doc.type'] as const
    const jsonable = fc.constantFrom(...NASTY_VALUES.filter((v) => typeof v !== 'function' && typeof v !== 'symbol' && typeof v !== 'bigint' && v !== undefined))
    fc.assert(
      fc.property(fc.constantFrom(...paths), fc.oneof(jsonable, fc.jsonValue({ maxDepth: 3 })), (path, value) => {
        const copy = JSON.parse(V1) as Record<string, Record<string, unknown>>
        const [a, b] = path.split('.') as [string, string | undefined]
        if (b) copy[a]![b] = value
        else (copy as Record<string, unknown>)[a] = value
        let text: string
        try {
          text = JSON.stringify(copy)
        } catch {
          return // not representable as JSON (e.g. cyclic): cannot be in a file
        }
        loadOrRefuse(text)
      }),
      { numRuns: 1000 },
    )
  })

  it.each([100, 1_000, 10_000, 100_000])('a document nested %i levels deep is refused or loaded, never a stack overflow', (depth) => {
    const text = JSON.stringify({ ...SAMPLE_BRIEFING, doc: 'DOC' }).replace('"DOC"', nestedDocJson(depth))
    const outcome = loadOrRefuse(text)
    if (depth >= 1_000) expect(outcome).toBeInstanceOf(BriefingLoadError)
  })

  it('JSON arrays nested 100 000 deep are refused', () => {
    expect(loadOrRefuse('['.repeat(100_000) + ']'.repeat(100_000))).toBeInstanceOf(BriefingLoadError)
  })

  it('a 20 MB junk file is refused', () => {
    expect(loadOrRefuse('{"format":"briefwright","version":1,"meta":' + '"x'.repeat(10 * 1024 * 1024))).toBeInstanceOf(BriefingLoadError)
  })

  it('a newer version is refused with the newer-version code', () => {
    const e = loadOrRefuse(JSON.stringify({ ...SAMPLE_BRIEFING, version: 99 }))
    expect(e).toBeInstanceOf(BriefingLoadError)
    expect((e as BriefingLoadError).code).toBe('newer-version')
  })

  it('__proto__ and constructor keys in a file never pollute Object.prototype', () => {
    const text = V1.replace('{', '{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}},').replace('"meta": {', '"meta": {"__proto__":{"polluted":"yes"},')
    loadOrRefuse(text)
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
  })

  it('invalid encodings: a BOM, lone surrogates and NULs in strings', () => {
    for (const text of ['\ufeff' + V1, V1.replace('"Fuzz"', '"\ud800\udfff\ud800"'), V1.replace('"Fuzz"', '"a\u0000b"'), V1.replace('"Fuzz"', '"\\ud800"')]) loadOrRefuse(text)
  })
})
