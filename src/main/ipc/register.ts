import { CHANNELS } from '../../shared/ipc/channels'
import { dispatch, type Handlers } from './dispatch'
import { isAppUrl } from '../app/security-policy'

/** The slice of Electron's ipcMain this module needs, so tests pass a fake. */
export interface IpcLike {
  handle(channel: string, listener: (event: { senderFrame?: unknown }, payload: unknown) => Promise<unknown>): void
  removeHandler(channel: string): void
}

/** Registers one handler per contract channel: check the sender frame, parse with zod, call the service. */
export function registerIpc(ipc: IpcLike, handlers: Handlers, isOurFrame: (frame: unknown) => boolean): () => void {
  for (const channel of CHANNELS) {
    ipc.handle(channel, (event, payload) => dispatch(handlers, channel, payload, isOurFrame(event.senderFrame)))
  }
  return () => CHANNELS.forEach((c) => ipc.removeHandler(c))
}

/** True for a frame of our own UI: the app:// origin, top-level. */
export function isAppFrame(frame: unknown): boolean {
  if (!frame || typeof frame !== 'object') return false
  const { url, parent } = frame as { url?: unknown; parent?: unknown }
  if (parent) return false
  return typeof url === 'string' && isAppUrl(url)
}
