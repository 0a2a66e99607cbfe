import { build } from 'esbuild'
import { mkdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

const ROOT = resolve(__dirname, '../..')

/**
 * Bundles the import worker (src/main/workers/import-worker.ts) the way the app build does, so the
 * fuzz tests can drive the real worker-thread-with-timeout path without a full electron-vite build.
 * Packages stay external and resolve from the repo's node_modules. Returns the script's path.
 */
export async function buildImportWorker(): Promise<string> {
  const outDir = join(ROOT, '.tmp', 'security')
  mkdirSync(outDir, { recursive: true })
  const outfile = join(outDir, `import-worker-${process.pid}.mjs`)
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }
  await build({
    entryPoints: [join(ROOT, 'src/main/workers/import-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    packages: 'external',
    define: { __APP_VERSION__: JSON.stringify(pkg.version) },
    logLevel: 'error',
  })
  return outfile
}
