import { test, expect, _electron as electron } from '@playwright/test'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { electronBinary } from '../support/electron-binary'

const binary = electronBinary()
const mainEntry = resolve(__dirname, '../../out/main/index.js')

test.describe('the built Electron app', () => {
  test.skip(binary.path === null, `Skipped: ${binary.reason}.`)

  test('starts sealed: app:// origin, no Node in the page, only window.api exposed', async () => {
    const userData = await mkdtemp(join(tmpdir(), 'briefwright-electron-'))
    const app = await electron.launch({ executablePath: binary.path!, args: [mainEntry], env: { ...process.env, BRIEFWRIGHT_USER_DATA: userData } })
    try {
      const window = await app.firstWindow()
      await window.locator('.briefing-doc').waitFor()
      expect(window.url()).toMatch(/^app:\/\/briefwright\//)
      // The preferences themselves are unit-tested (src/main/app); here we see their effect in the page.
      const page = await window.evaluate(() => ({
        require: typeof (window as unknown as { require?: unknown }).require,
        process: typeof (window as unknown as { process?: unknown }).process,
        api: Object.keys((window as unknown as { api: object }).api).sort(),
      }))
      expect(page).toEqual({ require: 'undefined', process: 'undefined', api: ['grantDroppedFile', 'invoke', 'on'] })
      // A request to a remote origin never leaves the app.
      const fetched = await window.evaluate(() => fetch('https://example.com/').then(() => 'loaded', () => 'blocked'))
      expect(fetched).toBe('blocked')
    } finally {
      await app.close()
      await rm(userData, { recursive: true, force: true })
    }
  })
})
