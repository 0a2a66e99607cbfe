import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// Protects "a current Electron" (checklist): Electron supports its latest three major versions; the
// manifest must not drift below the major this app was built and audited against, and the installed
// package must match the manifest's range.

const ROOT = resolve(__dirname, '../..')
const MIN_MAJOR = 45

function major(version: string): number {
  const m = /(\d+)\./.exec(version)
  if (!m) throw new Error(`not a version: ${version}`)
  return Number(m[1])
}

describe('Electron version', () => {
  const pkg = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> }
  const range = pkg.devDependencies['electron']!
  const installed = (JSON.parse(readFileSync(resolve(ROOT, 'node_modules/electron/package.json'), 'utf8')) as { version: string }).version

  it(`the manifest asks for Electron ${MIN_MAJOR} or newer, pinned to a caret range (patch and minor security fixes flow in)`, () => {
    expect(range).toMatch(/^\^\d+\.\d+\.\d+$/)
    expect(major(range)).toBeGreaterThanOrEqual(MIN_MAJOR)
  })

  it('the installed Electron is the major the manifest asks for', () => {
    expect(major(installed)).toBe(major(range))
  })
})
