import { defineConfig } from '@playwright/test'

// Two suites: the built renderer in Debian's Chromium with window.api bridged to the real main-process
// handlers, and the built Electron app (skipped where the Electron binary is absent).
export default defineConfig({
  testDir: './e2e',
  // Per-run folder (PW_OUTPUT_DIR) so parallel runs on one machine do not delete each other's artifacts.
  outputDir: process.env['PW_OUTPUT_DIR'] ?? 'test-results/playwright-artifacts',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: process.env['CI'] ? 2 : 2,
  retries: 0,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: { trace: 'off', screenshot: 'only-on-failure' },
  projects: [
    { name: 'renderer', testDir: './e2e/renderer' },
    { name: 'electron', testDir: './e2e/electron' },
  ],
})
