import { app, session, type Session, type WebContents } from 'electron'
import { isAllowedRequest, isAppUrl } from './security-policy'

/** The most recent requests blocked (the offline guarantee is observable in tests and logs). */
export const blockedRequests: string[] = []
/** How many blocked URLs are kept: a page that spams requests must not grow main's memory. */
export const MAX_BLOCKED_KEPT = 200

/** Seals the default session: every non-app request cancelled, every permission denied, no spellcheck download. */
export function hardenSession(ses: Session = session.defaultSession, devServerOrigin: string | null = null): void {
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, devServerOrigin)
    if (!allowed) {
      blockedRequests.push(details.url.slice(0, 2048))
      if (blockedRequests.length > MAX_BLOCKED_KEPT) blockedRequests.shift()
    }
    callback({ cancel: !allowed })
  })
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false))
  ses.setPermissionCheckHandler(() => false)
  // Spell checking uses the bundled nspell dictionaries in the renderer; Chromium's own checker would download.
  ses.setSpellCheckerEnabled(false)
  ses.setSpellCheckerDictionaryDownloadURL('https://invalid.invalid/')
}

/** Denies navigation, new windows and webviews in every web contents the app ever creates. */
export function guardWebContents(devServerOrigin: string | null = null): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-navigate', (event, url) => {
      if (!isAppUrl(url) && !(devServerOrigin && originOf(url) === devServerOrigin)) event.preventDefault()
    })
    contents.on('will-redirect', (event, url) => {
      if (!isAppUrl(url)) event.preventDefault()
    })
    contents.on('will-attach-webview', (event) => event.preventDefault())
    // Links go through the renderer's confirm + shell:openExternal channel, never a new window.
    contents.setWindowOpenHandler(() => ({ action: 'deny' }))
  })
}

// Compared as parsed origins: a prefix test would let http://localhost:5173.evil.example through.
function originOf(url: string): string | null {
  try {
    return new URL(url).origin
  } catch {
    return null
  }
}
