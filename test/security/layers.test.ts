import { readdirSync, readFileSync, statSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, relative, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'

// Protects the process boundaries (checklist: no Node in the renderer) independently of eslint: the
// renderer and the pure core never import electron or a Node built-in, and the file services never
// import electron (they run in the CLI and in tests too). Test files are exempt; they run in Node.

const ROOT = resolve(__dirname, '../..')
const BUILTINS = new Set(builtinModules.flatMap((m) => [m, `node:${m}`]))

function sourceFiles(dir: string): string[] {
  const out: string[] = []
  for (const name of readdirSync(dir)) {
    const path = join(dir, name)
    if (statSync(path).isDirectory()) out.push(...sourceFiles(path))
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name) && !/\.test\.tsx?$/.test(name)) out.push(path)
  }
  return out
}

/** Every module specifier a file imports, statically, dynamically or by require. */
export function importsOf(code: string): string[] {
  const specs: string[] = []
  const patterns = [/\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g, /\bimport\s*['"]([^'"]+)['"]/g, /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g, /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g]
  for (const re of patterns) for (const m of code.matchAll(re)) specs.push(m[1]!)
  return specs
}

function isNodeBuiltin(spec: string): boolean {
  return BUILTINS.has(spec) || BUILTINS.has(spec.split('/')[0]!)
}

function violations(dir: string, forbidden: (spec: string) => boolean): string[] {
  return sourceFiles(resolve(ROOT, dir)).flatMap((file) =>
    importsOf(readFileSync(file, 'utf8'))
      .filter(forbidden)
      .map((spec) => `${relative(ROOT, file)} imports ${spec}`),
  )
}

const isElectron = (spec: string) => spec === 'electron' || spec.startsWith('electron/')

describe('layer boundaries', () => {
  it('finds imports in every form it checks (so an empty result means something)', () => {
    const code = `import fs from 'node:fs'\nimport { x } from "electron"\nimport 'path'\nconst c = await import('child_process')\nconst o = require('os')\nexport { y } from 'electron/main'`
    expect(importsOf(code).sort()).toEqual(['child_process', 'electron', 'electron/main', 'node:fs', 'os', 'path'])
    expect(importsOf(code).filter(isNodeBuiltin).sort()).toEqual(['child_process', 'node:fs', 'os', 'path'])
  })

  it('src/renderer imports neither electron nor a Node built-in', () => {
    expect(sourceFiles(resolve(ROOT, 'src/renderer')).length).toBeGreaterThan(0)
    expect(violations('src/renderer', (s) => isElectron(s) || isNodeBuiltin(s))).toEqual([])
  })

  it('src/shared imports neither electron nor a Node built-in', () => {
    expect(sourceFiles(resolve(ROOT, 'src/shared')).length).toBeGreaterThan(0)
    expect(violations('src/shared', (s) => isElectron(s) || isNodeBuiltin(s))).toEqual([])
  })

  it('src/main/services and src/main/ipc never import electron', () => {
    expect(violations('src/main/services', isElectron)).toEqual([])
    expect(violations('src/main/ipc', isElectron)).toEqual([])
  })

  it('the preload imports only electron and the dependency-free channel list', () => {
    const specs = importsOf(readFileSync(resolve(ROOT, 'src/preload/index.ts'), 'utf8'))
    expect(specs.sort()).toEqual(['../shared/ipc/channels', 'electron'])
  })
})
