import type { BridgeApi } from '../shared/ipc/bridge'

declare global {
  interface Window {
    api: BridgeApi
  }
}
export {}
