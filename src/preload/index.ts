import { contextBridge, ipcRenderer, webUtils } from 'electron'
import { CHANNELS, EVENTS, type AppEvent, type Channel } from '../shared/ipc/channels'

// The whole bridge: one `invoke` over the contract's channels, event subscriptions, and the drop
// grant. No ipcRenderer, Node API or path-taking call reaches the page. Payloads are validated in main.
const PRELOAD_ONLY: readonly Channel[] = ['drop:grant']
const invokable = new Set<string>(CHANNELS.filter((c) => !PRELOAD_ONLY.includes(c)))
const events = new Set<string>(EVENTS)

const api = {
  invoke(channel: Channel, payload?: unknown): Promise<unknown> {
    if (!invokable.has(channel)) return Promise.reject(new Error(`Unknown channel: ${String(channel)}`))
    return ipcRenderer.invoke(channel, payload ?? {})
  },
  on(event: AppEvent, listener: (payload: unknown) => void): () => void {
    if (!events.has(event)) throw new Error(`Unknown event: ${String(event)}`)
    const wrapped = (_e: unknown, payload: unknown) => listener(payload)
    ipcRenderer.on(event, wrapped)
    return () => ipcRenderer.removeListener(event, wrapped)
  },
  /** Turns a File the user dropped into an opaque grant; main checks the path before granting. */
  grantDroppedFile(file: File): Promise<unknown> {
    const path = webUtils.getPathForFile(file)
    if (!path) return Promise.resolve({ ok: false, error: { code: 'bad-request', message: 'That item is not a file on disk.' } })
    return ipcRenderer.invoke('drop:grant', { path })
  },
}

contextBridge.exposeInMainWorld('api', Object.freeze(api))
