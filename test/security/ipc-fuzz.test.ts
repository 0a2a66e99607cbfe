import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { dispatch, type Handlers } from '../../src/main/ipc/dispatch'
import { createHandlers } from '../../src/main/ipc/handlers'
import { CHANNELS, type Channel } from '../../src/shared/ipc/channels'
import { contract } from '../../src/shared/ipc/contract'
import { ErrorCode, type Result } from '../../src/shared/ipc/errors'
import { ScriptedPlatform } from '../../e2e/support/scripted-platform'
import { contractAccepts, payloadsFor, trustedSender, VALID_REQUESTS } from './ipc-payloads'
import { recordingHandlers, type RecordedCall } from './recording-handlers'

// Protects main from a hostile or broken renderer (issue: IPC fuzzing): every channel gets at least
// 1000 generated payloads — hostile values, well-formed requests with one part broken, oversized and
// deeply nested ones — from our frame and from foreign senders. dispatch never throws, always answers
// a Result with a known error code, refuses foreign senders (forbidden) and invalid payloads
// (bad-request) before any handler runs, and a handler only ever sees a payload the contract accepts.

const RUNS = 1000
const counts = { cases: 0, accepted: 0, forbidden: 0, badRequest: 0, otherErrors: 0, thrown: 0 }

function isResult(r: unknown): r is Result<unknown> {
  if (!r || typeof r !== 'object') return false
  const o = r as { ok?: unknown; error?: unknown }
  if (o.ok === true) return 'value' in o
  return o.ok === false && ErrorCode.safeParse((o.error as { code?: unknown })?.code).success && typeof (o.error as { message?: unknown }).message === 'string'
}

/** Wraps handlers so every call is recorded before the real handler runs. */
function recorded(handlers: Handlers, calls: RecordedCall[]): Handlers {
  const entries = CHANNELS.map((channel) => [
    channel,
    (request: unknown) => {
      calls.push({ channel, request })
      return (handlers[channel] as (r: unknown) => Promise<unknown>)(request)
    },
  ])
  return Object.fromEntries(entries) as Handlers
}

/** The property every channel must hold, for one handler set. Returns the error codes seen for accepted payloads. */
async function fuzzChannel(channel: Channel, handlers: Handlers, calls: RecordedCall[]): Promise<Set<string>> {
  const acceptedCodes = new Set<string>()
  await fc.assert(
    fc.asyncProperty(payloadsFor(channel), trustedSender, async (payload, trusted) => {
      counts.cases++
      calls.length = 0
      let result: Result<unknown>
      try {
        result = await dispatch(handlers, channel, payload, trusted)
      } catch (e) {
        counts.thrown++
        throw e
      }
      expect(isResult(result)).toBe(true)
      const accepted = trusted && contractAccepts(channel, payload)
      if (!trusted) {
        counts.forbidden++
        expect(result).toMatchObject({ ok: false, error: { code: 'forbidden' } })
        expect(calls).toEqual([])
      } else if (!accepted) {
        counts.badRequest++
        expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } })
        expect(calls).toEqual([])
      } else {
        counts.accepted++
        expect(calls).toHaveLength(1)
        expect(calls[0]!.channel).toBe(channel)
        expect(contract[channel].request.safeParse(calls[0]!.request).success).toBe(true)
        if (!result.ok) {
          counts.otherErrors++
          acceptedCodes.add(result.error.code)
        }
      }
    }),
    { numRuns: RUNS },
  )
  return acceptedCodes
}

describe('IPC fuzzing: dispatch with recording handlers', () => {
  const { handlers, calls } = recordingHandlers()

  it('every well-formed sample request is accepted (so mutations start from something valid)', () => {
    for (const channel of CHANNELS) expect(contractAccepts(channel, VALID_REQUESTS[channel]), channel).toBe(true)
  })

  it.each(CHANNELS)('%s: 1000 hostile payloads and senders', async (channel) => {
    await fuzzChannel(channel, handlers, calls)
  })

  it('unknown channels are refused for any payload and sender', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'drop:grant ', 'APP:INFO', 'ELECTRON_BROWSER_REQUIRE')), fc.anything(), fc.boolean(), async (channel, payload, trusted) => {
        fc.pre(!(CHANNELS as readonly string[]).includes(channel))
        counts.cases++
        calls.length = 0
        const result = await dispatch(handlers, channel, payload, trusted)
        expect(result).toMatchObject({ ok: false, error: { code: 'bad-request' } })
        expect(calls).toEqual([])
      }),
      { numRuns: RUNS },
    )
  })
})

describe('IPC fuzzing: dispatch with the real handlers (createHandlers) on a temp folder', () => {
  let dir: string
  let handlers: Handlers
  const calls: RecordedCall[] = []

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bw-ipc-fuzz-'))
    const platform = new ScriptedPlatform(join(dir, 'userData'))
    handlers = recorded(createHandlers({ platform, onRecentChanged: () => {} }).handlers, calls)
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
    console.info(`[ipc-fuzz] ${counts.cases} cases: ${counts.accepted} accepted, ${counts.forbidden} forbidden, ${counts.badRequest} bad-request, ${counts.otherErrors} refused by a service, ${counts.thrown} thrown`)
  })

  it.each(CHANNELS)('%s: 1000 hostile payloads and senders, no internal errors', async (channel) => {
    const codes = await fuzzChannel(channel, handlers, calls)
    // "internal" means a handler hit something it did not expect: a bug the fuzzer found.
    expect([...codes]).not.toContain('internal')
  })
})
