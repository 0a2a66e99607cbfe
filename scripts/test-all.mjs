#!/usr/bin/env node
// `npm test`: build once, then every suite (vitest units, Playwright renderer and Electron suites),
// then one closing line "N passed, N failed, N skipped" summed over all of them.
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs'

const run = (cmd, args, extraEnv = {}) => spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...extraEnv } }).status ?? 1

mkdirSync('test-results', { recursive: true })
const counts = { passed: 0, failed: 0, skipped: 0 }

if (run('npm', ['run', '--silent', 'build']) !== 0) {
  console.error('Build failed.')
  counts.failed += 1
  console.log(`${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
  process.exit(1)
}

// Unit and integration tests.
rmSync('test-results/vitest.json', { force: true })
const vitestStatus = run('npx', ['vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile.json=test-results/vitest.json'])
if (existsSync('test-results/vitest.json')) {
  const r = JSON.parse(readFileSync('test-results/vitest.json', 'utf8'))
  counts.passed += r.numPassedTests ?? 0
  counts.failed += r.numFailedTests ?? 0
  counts.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0)
  if (vitestStatus !== 0 && (r.numFailedTests ?? 0) === 0) counts.failed += 1 // a suite that failed to load
} else if (vitestStatus !== 0) counts.failed += 1

// Browser and Electron end-to-end suites.
rmSync('test-results/playwright.json', { force: true })
const pwStatus = run('npx', ['playwright', 'test'])
if (existsSync('test-results/playwright.json')) {
  const r = JSON.parse(readFileSync('test-results/playwright.json', 'utf8'))
  const s = r.stats ?? {}
  counts.passed += (s.expected ?? 0) + (s.flaky ?? 0)
  counts.failed += s.unexpected ?? 0
  counts.skipped += s.skipped ?? 0
  if (pwStatus !== 0 && (s.unexpected ?? 0) === 0) counts.failed += 1 // e.g. a spec that failed to load
} else if (pwStatus !== 0) counts.failed += 1

console.log(`\n${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped`)
process.exit(counts.failed > 0 ? 1 : 0)
