#!/usr/bin/env node
// Flips Electron's fuses in a packaged Briefwright binary (run by packaging, after the app is copied
// into the Electron bundle and before signing):
//   node scripts/set-fuses.mjs <path to the packaged executable, or the .app on macOS>
// Fuses are compiled-in switches that no later flag or environment variable can turn back on.
import { flipFuses, getCurrentFuseWire, FuseVersion, FuseV1Options } from '@electron/fuses'
import { pathToFileURL } from 'node:url'

/** The fuse wire of a packaged build: no Node mode, no NODE_OPTIONS, no inspector, app only from a checked ASAR. */
export const FUSE_CONFIG = Object.freeze({
  version: FuseVersion.V1,
  // Fail the build if a newer Electron adds a fuse this list does not set: someone must decide it.
  strictlyRequireAllFuses: true,
  // ELECTRON_RUN_AS_NODE would turn the signed app into a general-purpose Node interpreter.
  [FuseV1Options.RunAsNode]: false,
  [FuseV1Options.EnableCookieEncryption]: true,
  // NODE_OPTIONS (--require, --inspect…) would inject code into main.
  [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
  // --inspect / --inspect-brk would open a debugger port into main.
  [FuseV1Options.EnableNodeCliInspectArguments]: false,
  // The app.asar is checked against the hash embedded at packaging time.
  [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
  // A loose app/ folder beside app.asar is ignored, so the checked archive is the only code loaded.
  [FuseV1Options.OnlyLoadAppFromAsar]: true,
  [FuseV1Options.LoadBrowserProcessSpecificV8Snapshot]: false,
  // The UI comes from app://; file:// pages get no extra privileges.
  [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
})

/** The fuses in FUSE_CONFIG by option name, for messages and docs. */
export function describeFuses(config = FUSE_CONFIG) {
  return Object.fromEntries(
    Object.keys(FuseV1Options)
      .filter((k) => Number.isNaN(Number(k)))
      .map((name) => [name, config[FuseV1Options[name]]]),
  )
}

/** Flips the fuses in the binary at `binaryPath`, reads the wire back and throws if any fuse differs. */
export async function setFuses(binaryPath, config = FUSE_CONFIG) {
  await flipFuses(binaryPath, config)
  const wire = await getCurrentFuseWire(binaryPath)
  const ENABLE = 49
  const DISABLE = 48
  const wrong = Object.entries(describeFuses(config)).filter(([name, on]) => wire[FuseV1Options[name]] !== (on ? ENABLE : DISABLE))
  if (wrong.length) throw new Error(`Fuses not set as configured: ${wrong.map(([n]) => n).join(', ')}`)
  return describeFuses(config)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const target = process.argv[2]
  if (!target) {
    console.error('usage: node scripts/set-fuses.mjs <path to the packaged Electron executable or .app>')
    process.exit(2)
  }
  setFuses(target).then(
    (set) => console.log(`Fuses set in ${target}:\n` + Object.entries(set).map(([n, v]) => `  ${n}: ${v ? 'on' : 'off'}`).join('\n')),
    (e) => {
      console.error(`set-fuses: ${e instanceof Error ? e.message : String(e)}`)
      process.exit(1)
    },
  )
}
