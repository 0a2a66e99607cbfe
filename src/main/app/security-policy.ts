/**
 * The app's security policy as plain data and pure checks, so each rule is unit-tested without
 * Electron. ./security.ts applies them to the session and web contents.
 */

/** The origin our UI is served from (see ./protocol.ts). */
export const APP_SCHEME = 'app'
export const APP_HOST = 'briefwright'
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`

/** Content-Security-Policy for every response of the app:// protocol: no remote origins, no eval, no inline script. */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  // ProseMirror and docx-preview set style attributes; styles cannot run code.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ')

/** True for a URL our own UI may load: only the app:// origin (and devtools in development). */
export function isAppUrl(url: string): boolean {
  try {
    const u = new URL(url)
    return u.protocol === `${APP_SCHEME}:` && u.host === APP_HOST
  } catch {
    return false
  }
}

/** Requests the session lets through: our origin, in-memory data/blob URLs, and the dev server when developing. */
export function isAllowedRequest(url: string, devServerOrigin: string | null): boolean {
  if (isAppUrl(url)) return true
  if (url.startsWith('data:') || url.startsWith('blob:app://briefwright/')) return true
  if (url.startsWith('devtools://')) return true
  if (devServerOrigin && (url.startsWith(devServerOrigin + '/') || url === devServerOrigin)) return true
  // Vite's HMR socket: same host and port as the dev server, compared as parsed hosts (not substrings).
  if (devServerOrigin && url.startsWith('ws://') && hostOf(url) === new URL(devServerOrigin).host) return true
  return false
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).host
  } catch {
    return null
  }
}

/** Links a user may open in the system browser (after confirming): http, https and mailto only. */
export function isSafeExternalUrl(url: string): boolean {
  try {
    const u = new URL(url)
    if (u.protocol === 'mailto:') return u.pathname.length > 0
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname.length > 0 && !u.username && !u.password
  } catch {
    return false
  }
}

/** Resolves an app:// request path to a file inside the renderer folder, or null for traversal attempts. */
export function resolveAppPath(url: string): string | null {
  let u: URL
  try {
    u = new URL(url)
  } catch {
    return null
  }
  if (!isAppUrl(url)) return null
  let path: string
  try {
    path = decodeURIComponent(u.pathname)
  } catch {
    return null
  }
  if (path === '/' || path === '') path = '/index.html'
  const parts = path.split('/').filter(Boolean)
  if (parts.some((p) => p === '..' || p === '.' || p.includes('\\') || p.includes('\0'))) return null
  return parts.join('/')
}

/** The web preferences of every window: the Electron security checklist's settings. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  allowRunningInsecureContent: false,
  experimentalFeatures: false,
  enableBlinkFeatures: '',
  webviewTag: false,
  navigateOnDragDrop: false,
  spellcheck: false,
  safeDialogs: true,
} as const
