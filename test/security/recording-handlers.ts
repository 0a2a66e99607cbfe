import { CHANNELS, type Channel } from '../../src/shared/ipc/channels'
import type { Handlers } from '../../src/main/ipc/dispatch'

/** One call a recording handler received: the channel and the already-parsed request. */
export interface RecordedCall {
  channel: Channel
  request: unknown
}

/**
 * Handlers that only record what they are called with, so tests can prove that dispatch never hands a
 * handler anything but a request its schema accepted. `answer` gives a channel's return value (or throws).
 */
export function recordingHandlers(answer: (channel: Channel, request: unknown) => unknown = () => ({})): { handlers: Handlers; calls: RecordedCall[] } {
  const calls: RecordedCall[] = []
  const entries = CHANNELS.map((channel) => [
    channel,
    async (request: unknown) => {
      calls.push({ channel, request })
      return answer(channel, request)
    },
  ])
  return { handlers: Object.fromEntries(entries) as Handlers, calls }
}
