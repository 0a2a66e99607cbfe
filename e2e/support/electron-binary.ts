import { existsSync, readFileSync } from 'node:fs'
import { join, dirname } from 'node:path'
import { createRequire } from 'node:module'

/**
 * The Electron binary if `npm start` (or `npx install-electron`) has fetched it, else null with the reason.
 * Never downloads anything itself: CI machines cannot reach Electron's download host.
 */
export function electronBinary(): { path: string | null; reason: string } {
  const require = createRequire(__filename)
  let pkgDir: string
  try {
    pkgDir = dirname(require.resolve('electron/package.json'))
  } catch {
    return { path: null, reason: 'the electron package is not installed' }
  }
  const pathFile = join(pkgDir, 'path.txt')
  if (!existsSync(pathFile)) return { path: null, reason: 'the Electron binary is not downloaded (run `npm start` once on a machine that can reach it)' }
  const binary = join(pkgDir, 'dist', readFileSync(pathFile, 'utf8').trim())
  return existsSync(binary) ? { path: binary, reason: '' } : { path: null, reason: `the Electron binary is missing at ${binary}` }
}
