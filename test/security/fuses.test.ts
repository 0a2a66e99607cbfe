import { execFile } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'
import { describeFuses, FUSE_CONFIG, setFuses } from '../../scripts/set-fuses.mjs'

// Protects the packaged build's fuses (checklist: Electron fuses): the configuration turns off every
// way to run code beside the app (RunAsNode, NODE_OPTIONS, --inspect) and turns on ASAR integrity and
// ASAR-only loading, and the script really flips them in a binary's fuse wire. The Electron binary is
// not available here, so the wire is embedded in random bytes exactly as Electron lays it out.

const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const ENABLE = 49
const DISABLE = 48
const run = promisify(execFile)

/** A fake executable: noise, the sentinel, wire version 1, wire length, then each fuse's state byte. */
function fakeBinary(states: number[]): Buffer {
  return Buffer.concat([randomBytes(4096), Buffer.from(SENTINEL, 'latin1'), Buffer.from([1, states.length, ...states]), randomBytes(4096)])
}

describe('fuse configuration', () => {
  it('disables RunAsNode, NODE_OPTIONS and inspector arguments', () => {
    expect(FUSE_CONFIG[FuseV1Options.RunAsNode]).toBe(false)
    expect(FUSE_CONFIG[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(false)
    expect(FUSE_CONFIG[FuseV1Options.EnableNodeCliInspectArguments]).toBe(false)
  })
  it('enables ASAR integrity validation, ASAR-only loading and cookie encryption', () => {
    expect(FUSE_CONFIG[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(true)
    expect(FUSE_CONFIG[FuseV1Options.OnlyLoadAppFromAsar]).toBe(true)
    expect(FUSE_CONFIG[FuseV1Options.EnableCookieEncryption]).toBe(true)
  })
  it('gives file:// no extra privileges and sets every fuse this library knows, strictly', () => {
    expect(FUSE_CONFIG[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(false)
    expect(FUSE_CONFIG.strictlyRequireAllFuses).toBe(true)
    const named = Object.keys(FuseV1Options).filter((k) => Number.isNaN(Number(k)))
    expect(Object.keys(describeFuses()).sort()).toEqual(named.sort())
    for (const value of Object.values(describeFuses())) expect(typeof value).toBe('boolean')
  })
})

describe('set-fuses script', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'bw-fuses-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('flips every fuse in a binary whose fuses are all at their unsafe setting', async () => {
    const path = join(dir, 'electron-unsafe')
    const unsafe = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE]
    await writeFile(path, fakeBinary(unsafe))
    await setFuses(path)
    const wire = (await getCurrentFuseWire(path)) as unknown as Record<number, number>
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE)
    expect(wire[FuseV1Options.EnableCookieEncryption]).toBe(ENABLE)
    expect(wire[FuseV1Options.EnableNodeOptionsEnvironmentVariable]).toBe(DISABLE)
    expect(wire[FuseV1Options.EnableNodeCliInspectArguments]).toBe(DISABLE)
    expect(wire[FuseV1Options.EnableEmbeddedAsarIntegrityValidation]).toBe(ENABLE)
    expect(wire[FuseV1Options.OnlyLoadAppFromAsar]).toBe(ENABLE)
    expect(wire[FuseV1Options.GrantFileProtocolExtraPrivileges]).toBe(DISABLE)
  })

  it('leaves every byte outside the fuse wire unchanged', async () => {
    const path = join(dir, 'electron-bytes')
    const before = fakeBinary([ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE])
    await writeFile(path, before)
    await setFuses(path)
    const after = await readFile(path)
    const wireStart = before.indexOf(SENTINEL, 0, 'latin1') + SENTINEL.length + 2
    const changed = [...after.keys()].filter((i) => after[i] !== before[i])
    expect(changed.length).toBeGreaterThan(0)
    for (const i of changed) expect(i >= wireStart && i < wireStart + 8).toBe(true)
  })

  it('fails rather than silently skipping a fuse a newer Electron adds', async () => {
    const path = join(dir, 'electron-newer')
    await writeFile(path, fakeBinary([ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE, ENABLE]))
    await expect(setFuses(path)).rejects.toThrow(/strictlyRequireAllFuses/)
  })

  it('fails on a file that is not an Electron binary, from the command line too', async () => {
    const path = join(dir, 'not-electron')
    await writeFile(path, randomBytes(2048))
    await expect(setFuses(path)).rejects.toThrow(/sentinel/)
    const script = resolve(__dirname, '../../scripts/set-fuses.mjs')
    await expect(run(process.execPath, [script, path])).rejects.toMatchObject({ code: 1 })
    await expect(run(process.execPath, [script])).rejects.toMatchObject({ code: 2 })
  })

  it('sets the fuses from the command line and prints them', async () => {
    const path = join(dir, 'electron-cli')
    await writeFile(path, fakeBinary([ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE]))
    const { stdout } = await run(process.execPath, [resolve(__dirname, '../../scripts/set-fuses.mjs'), path])
    expect(stdout).toContain('RunAsNode: off')
    expect(stdout).toContain('OnlyLoadAppFromAsar: on')
    const wire = (await getCurrentFuseWire(path)) as unknown as Record<number, number>
    expect(wire[FuseV1Options.RunAsNode]).toBe(DISABLE)
  })
})
