import type { Channel } from '../shared/ipc/channels'
import type { Request, Response } from '../shared/ipc/contract'
import type { ErrorCode, Result } from '../shared/ipc/errors'

/** An error main reported; `message` is written for the user. */
export class UiError extends Error {
  constructor(
    readonly code: ErrorCode | 'bridge',
    message: string,
  ) {
    super(message)
    this.name = 'UiError'
  }
}

/** Calls a main-process channel and unwraps its Result; errors become UiError with a readable message. */
export async function call<C extends Channel>(channel: C, payload: Request<C>): Promise<Response<C>> {
  if (!window.api) throw new UiError('bridge', 'The app bridge is missing (preload not loaded).')
  const result = (await window.api.invoke(channel, payload)) as Result<Response<C>>
  if (!result || typeof result !== 'object') throw new UiError('internal', `${channel}: no answer from the app.`)
  if (!result.ok) throw new UiError(result.error.code, result.error.message)
  return result.value
}
