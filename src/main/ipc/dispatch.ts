import { contract, type ParsedRequest, type Response } from '../../shared/ipc/contract'
import { CHANNELS, type Channel } from '../../shared/ipc/channels'
import { AppError, fail, ok, type Result } from '../../shared/ipc/errors'
import { BriefingLoadError } from '../../shared/model/load'
import { isJsonPayload, MAX_PAYLOAD_DEPTH } from '../../shared/ipc/json-payload'

/** The service call behind each channel; a missing one is a compile error. */
export type Handlers = { [C in Channel]: (request: ParsedRequest<C>) => Promise<Response<C>> }

/** Maps Node and domain errors to the `{ code, message }` the UI shows. */
export function toIpcError(e: unknown): { code: AppError['code']; message: string } {
  if (e instanceof AppError) return { code: e.code, message: e.message }
  if (e instanceof BriefingLoadError) return { code: e.code === 'newer-version' ? 'newer-version' : 'corrupt', message: e.message }
  const err = e as NodeJS.ErrnoException
  switch (err?.code) {
    case 'ENOENT':
      return { code: 'not-found', message: `The file or folder no longer exists${err.path ? `: ${err.path}` : ''}.` }
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return { code: 'permission-denied', message: `Permission denied${err.path ? `: ${err.path}` : ''}.` }
    case 'ENOSPC':
    case 'EDQUOT':
      return { code: 'disk-full', message: 'The disk is full. Your work has not been lost: free some space or save to another place.' }
    case 'ELOOP':
      return { code: 'not-a-file', message: 'That path goes round a loop of links; choose the file itself.' }
    case 'EISDIR':
      return { code: 'not-a-file', message: 'That is a folder, not a file.' }
    case 'EIO':
      return { code: 'io', message: 'The disk reported an input/output error. Try saving to another place.' }
  }
  return { code: 'internal', message: `Something went wrong: ${err?.message ?? String(e)}` }
}

/**
 * Validates one request against the contract, calls its handler and validates the response.
 * `trustedSender` is decided by the caller (Electron frame check, or the test bridge).
 */
export async function dispatch(handlers: Handlers, channel: unknown, payload: unknown, trustedSender: boolean): Promise<Result<unknown>> {
  if (typeof channel !== 'string' || !(CHANNELS as readonly string[]).includes(channel)) return fail('bad-request', `Unknown channel.`)
  const name = channel as Channel
  if (!trustedSender) return fail('forbidden', `${name}: request from an unknown sender refused.`)
  if (payload !== undefined && !isJsonPayload(payload)) return fail('bad-request', `${name}: invalid request (only plain JSON, at most ${MAX_PAYLOAD_DEPTH} levels deep, is accepted).`)
  let parsed
  try {
    parsed = contract[name].request.safeParse(payload ?? {})
  } catch {
    // zod recurses once per nesting level: a payload nested thousands deep overflows the stack. Refuse it.
    return fail('bad-request', `${name}: invalid request (nested too deeply).`)
  }
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    return fail('bad-request', `${name}: invalid request (${issue ? `${issue.path.join('.') || 'payload'}: ${issue.message}` : 'malformed'}).`)
  }
  try {
    const handler = handlers[name] as (r: unknown) => Promise<unknown>
    const value = await handler(parsed.data)
    const checked = contract[name].response.safeParse(value)
    if (!checked.success) return fail('internal', `${name}: the app produced an invalid response.`)
    return ok(checked.data)
  } catch (e) {
    return { ok: false, error: toIpcError(e) }
  }
}
