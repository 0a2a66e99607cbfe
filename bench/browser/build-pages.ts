import { readFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import react from '@vitejs/plugin-react'
import { build } from 'vite'

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..')

/** Where the bench's own builds go (.tmp is gitignored and lint-ignored), apart from out/ so a concurrent `npm run build` cannot swap files mid-run. */
export const CACHE_DIR = resolve(ROOT, '.tmp/bench-build')
export const RENDERER_BUILD = resolve(CACHE_DIR, 'renderer')
export const BASELINE_BUILD = resolve(CACHE_DIR, 'baseline')

/**
 * Builds the real renderer (the renderer section of electron.vite.config.ts: same root, React plugin,
 * define, no modulepreload polyfill as electron-vite sets for Chromium, production mode) and the bare ProseMirror baseline page.
 */
export async function buildPages(srcRoot = ROOT, minify = true): Promise<void> {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { version: string }
  await build({
    configFile: false,
    mode: 'production',
    root: resolve(srcRoot, 'src/renderer'),
    base: './',
    plugins: [react()],
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    logLevel: 'warn',
    build: { outDir: RENDERER_BUILD, emptyOutDir: true, minify, modulePreload: { polyfill: false }, rollupOptions: { input: resolve(srcRoot, 'src/renderer/index.html') } },
  })
  await build({
    configFile: false,
    mode: 'production',
    root: resolve(ROOT, 'bench/baseline'),
    base: './',
    logLevel: 'warn',
    build: { outDir: BASELINE_BUILD, emptyOutDir: true, modulePreload: { polyfill: false } },
  })
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `--src=DIR` builds the renderer of another checkout (e.g. a `git archive` snapshot) instead of this one.
  const src = process.argv.find((a) => a.startsWith('--src='))?.slice(6)
  // `--no-minify` keeps function names for bench/browser/profile.ts.
  buildPages(src ? resolve(src) : ROOT, !process.argv.includes('--no-minify')).catch((e: unknown) => {
    console.error(e)
    process.exit(1)
  })
}
