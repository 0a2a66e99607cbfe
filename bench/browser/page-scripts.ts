/**
 * Scripts the bench injects into pages before any of their own code runs (Playwright addInitScript).
 * Kept as strings: they run in the page, not in Node.
 */

/**
 * Key-to-next-frame probe (both pages) and a React commit counter (the React DevTools global hook,
 * which React calls on every commit, production builds included; the app needs no bench code).
 * A key's latency runs from the keydown's timestamp to a task queued from the next animation frame,
 * i.e. after the frame that shows the typed character has been produced; the commits React made in
 * that window are the key's renders.
 */
export const PROBE_SCRIPT = `(() => {
  // tsx (esbuild keepNames) wraps named functions in the bench's page.evaluate callbacks in __name().
  globalThis.__name = globalThis.__name || ((fn) => fn)
  const lat = []
  const keyCommits = []
  let waiters = []
  addEventListener('keydown', (e) => {
    const t0 = e.timeStamp
    const c0 = probe.commits
    requestAnimationFrame(() => setTimeout(() => {
      lat.push(performance.now() - t0)
      keyCommits.push(probe.commits - c0)
      waiters = waiters.filter((w) => !w())
    }, 0))
  }, true)
  const probe = {
    lat,
    keyCommits,
    commits: 0,
    until(n) {
      return new Promise((resolve) => {
        const done = () => (lat.length >= n ? (resolve(), true) : false)
        if (!done()) waiters.push(done)
      })
    },
  }
  window.__probe = probe
  // The editor view of either page: the baseline exposes it; TipTap puts its editor on the view's DOM.
  window.__benchView = () => {
    if (window.__baseline) return window.__baseline.view()
    const el = document.querySelector('.ProseMirror')
    return el && el.editor ? el.editor.view : null
  }
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    isDisabled: false,
    renderers: new Map(),
    inject(renderer) { this.renderers.set(this.renderers.size + 1, renderer); return this.renderers.size },
    onCommitFiberRoot() { probe.commits++ },
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onScheduleFiberRoot() {},
    checkDCE() {},
  }
})()`

/**
 * window.api for the app page: main's side of IPC answered in the page. 'briefing:open' returns the
 * fixture (parsed from its text, as the IPC copy would deliver an object); list channels answer
 * empty lists; the rest succeed with null. Events go through window.__bw_emit.
 */
export const API_STUB_SCRIPT = `(() => {
  const listeners = new Map()
  let opened = 0
  window.__bench_text = null
  window.__bw_emit = (event, payload) => (listeners.get(event) || []).forEach((l) => l(payload))
  const lists = new Set(['recent:list', 'recovery:list'])
  window.api = Object.freeze({
    invoke: async (channel) => {
      if (channel === 'briefing:open') {
        if (!window.__bench_text) return { ok: true, value: null }
        opened++
        return { ok: true, value: { file: { fileId: 'bench-file-' + opened, name: 'briefing.brief', folder: '/bench' }, briefing: JSON.parse(window.__bench_text), modifiedAt: Date.now() } }
      }
      if (channel === 'app:info') return { ok: true, value: { version: 'bench', platform: 'linux', locale: 'en-GB' } }
      return { ok: true, value: lists.has(channel) ? [] : null }
    },
    on: (event, listener) => {
      const list = listeners.get(event) || []
      list.push(listener)
      listeners.set(event, list)
      return () => listeners.set(event, (listeners.get(event) || []).filter((l) => l !== listener))
    },
    grantDroppedFile: async () => ({ ok: false, error: { code: 'unsupported', message: 'no drops in the bench' } }),
  })
})()`
