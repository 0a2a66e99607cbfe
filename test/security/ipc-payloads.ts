import fc from 'fast-check'
import type { Channel } from '../../src/shared/ipc/channels'
import { contract, type Request } from '../../src/shared/ipc/contract'
import { createBriefing } from '../../src/shared/model/briefing'
import { isJsonPayload } from '../../src/shared/ipc/json-payload'

/** A briefing the contract accepts, as the base that mutations break. */
export const SAMPLE_BRIEFING = createBriefing({ template: 'general', title: 'Fuzz', now: new Date('2026-01-01T00:00:00Z') })

/** One well-formed request per channel (typed against the contract, so a contract change shows up here). */
export const VALID_REQUESTS: { [C in Channel]: Request<C> } = {
  'app:info': {},
  'briefing:open': {},
  'briefing:openRecent': { fileId: 'f_0123456789' },
  'briefing:openDropped': { grantId: 'd_0123456789' },
  'briefing:save': { fileId: 'f_0123456789', briefing: SAMPLE_BRIEFING, expectedModifiedAt: null, force: false },
  'briefing:saveAs': { briefing: SAMPLE_BRIEFING, suggestedName: 'Fuzz' },
  'briefing:revert': { fileId: 'f_0123456789' },
  'briefing:close': { fileId: null, sessionId: 'abcdefgh12' },
  'recent:list': {},
  'recent:clear': {},
  'article:importFile': {},
  'article:importDropped': { grants: ['d_0123456789'] },
  'article:importText': { text: 'A short article.' },
  'drop:grant': { path: '/nonexistent/article.txt' },
  'docx:export': { briefing: SAMPLE_BRIEFING, suggestedName: 'Fuzz' },
  'docx:preview': { briefing: SAMPLE_BRIEFING },
  'docx:chooseStyles': {},
  'docx:clearStyles': {},
  'shell:openExternal': { url: 'https://example.com/' },
  'autosave:write': { sessionId: 'abcdefgh12', fileId: null, briefing: SAMPLE_BRIEFING, lastSavedAt: null },
  'recovery:list': {},
  'recovery:restore': { journalId: 'abcdefgh12' },
  'recovery:discard': { journalId: 'abcdefgh12' },
  'window:setTitle': { title: 'Fuzz', edited: false },
  'window:confirmClose': { proceed: false },
}

function nested(depth: number): unknown {
  let v: unknown = 'x'
  for (let i = 0; i < depth; i++) v = { type: 'paragraph', content: [v] }
  return v
}

/** Values chosen to hurt: traversal and device paths, NULs, lone surrogates, huge and deep structures, prototype keys. */
export const NASTY_VALUES: readonly unknown[] = [
  '../../../../etc/passwd',
  '/etc/passwd',
  '/dev/zero',
  'C:\\Windows\\System32\\config\\SAM',
  '\\\\server\\share\\x.brief',
  'file:///etc/passwd',
  'f_../../../etc/passwd',
  'd_0123456789/../../x',
  'a\u0000b',
  '\ud800',
  'javascript:alert(1)',
  '<img src=x onerror=alert(1)>',
  '',
  ' ',
  'x'.repeat(5_000),
  'x'.repeat(300_000),
  Array.from({ length: 20_000 }, (_, i) => i),
  Array.from({ length: 60 }, () => 'd_0123456789'),
  nested(50),
  nested(3_000),
  { type: 'doc', content: [nested(2_000)] },
  JSON.parse('{"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}}}'),
  Object.create(null),
  NaN,
  Infinity,
  -0,
  -1,
  Number.MAX_SAFE_INTEGER + 2,
  2n ** 70n,
  true,
  null,
  undefined,
  new Date(Number.NaN),
  new Uint8Array(64),
  new Map([['path', '/etc/passwd']]),
  Symbol('s'),
  () => 'function',
]

const junk = fc.anything({ maxDepth: 3, maxKeys: 5, withBigInt: true, withDate: true, withMap: true, withSet: true, withTypedArray: true, withNullPrototype: true, withBoxedValues: true, withSparseArray: true })
/** Any value a hostile renderer could send, weighted towards the nasty ones. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  { arbitrary: junk, weight: 3 },
  { arbitrary: fc.constantFrom(...NASTY_VALUES), weight: 3 },
  { arbitrary: fc.string({ unit: 'binary', maxLength: 64 }), weight: 1 },
)

/** A well-formed request with one thing wrong: a field replaced, dropped or added, or a field of its briefing broken. */
function mutations(sample: Record<string, unknown>): fc.Arbitrary<unknown> {
  const keys = Object.keys(sample)
  const options: fc.Arbitrary<unknown>[] = [fc.tuple(fc.oneof(fc.string({ maxLength: 12 }), fc.constantFrom('path', '__proto__', 'constructor', 'filePath')), hostileValue).map(([k, v]) => ({ ...sample, [k]: v }))]
  if (keys.length) {
    options.push(fc.tuple(fc.constantFrom(...keys), hostileValue).map(([k, v]) => ({ ...sample, [k]: v })))
    options.push(fc.constantFrom(...keys).map((k) => Object.fromEntries(Object.entries(sample).filter(([key]) => key !== k))))
  }
  if ('briefing' in sample) {
    const parts = ['format', 'version', 'meta', 'doc', 'sources', 'settings'] as const
    options.push(fc.tuple(fc.constantFrom(...parts), hostileValue).map(([k, v]) => ({ ...sample, briefing: { ...SAMPLE_BRIEFING, [k]: v } })))
    options.push(fc.tuple(fc.constantFrom('title', 'template', 'createdAt', 'pageSize', 'fields'), hostileValue).map(([k, v]) => ({ ...sample, briefing: { ...SAMPLE_BRIEFING, meta: { ...SAMPLE_BRIEFING.meta, [k]: v } } })))
    options.push(hostileValue.map((v) => ({ ...sample, briefing: { ...SAMPLE_BRIEFING, doc: { type: 'doc', content: [v] } } })))
  }
  return fc.oneof(...options)
}

/** Payloads for one channel: hostile values, broken well-formed requests, and the well-formed request itself. */
export function payloadsFor(channel: Channel): fc.Arbitrary<unknown> {
  const sample = VALID_REQUESTS[channel] as Record<string, unknown>
  return fc.oneof({ arbitrary: hostileValue, weight: 3 }, { arbitrary: mutations(sample), weight: 6 }, { arbitrary: fc.constant(sample), weight: 1 })
}

/** The sender: our frame most of the time, a foreign one (another origin, a subframe) otherwise. */
export const trustedSender = fc.oneof({ arbitrary: fc.constant(true), weight: 4 }, { arbitrary: fc.constant(false), weight: 1 })

/** Whether dispatch accepts a payload: plain JSON that the contract parses (false too when the validator gives up, e.g. on depth). */
export function contractAccepts(channel: Channel, payload: unknown): boolean {
  if (payload !== undefined && !isJsonPayload(payload)) return false
  try {
    return contract[channel].request.safeParse(payload ?? {}).success
  } catch {
    return false
  }
}
