import type { AppEvent, Channel } from './channels'
import type { Result } from './errors'

/** The shape of `window.api` the preload exposes (and the Playwright bridge imitates). */
export interface BridgeApi {
  invoke(channel: Channel, payload?: unknown): Promise<unknown>
  on(event: AppEvent, listener: (payload: unknown) => void): () => void
  grantDroppedFile(file: File): Promise<unknown>
}

export type { Result }
