/**
 * Child-process helper for journal.test.ts: an "app session" that journals an edited briefing and then
 * waits, never saving, until the test kills it.   argv: USER_DATA_DIR SESSION_ID BRIEFING_JSON_FILE FILE_PATH
 */
import { readFileSync } from 'node:fs'
import { validateBriefing } from '../../shared/model'
import { Journal } from './journal'

const [userDataDir, sessionId, briefingFile, path] = process.argv.slice(2)
if (!userDataDir || !sessionId || !briefingFile || !path) throw new Error('usage: USER_DATA_DIR SESSION_ID BRIEFING_JSON_FILE FILE_PATH')
const briefing = validateBriefing(JSON.parse(readFileSync(briefingFile, 'utf8')))
void new Journal({ userDataDir })
  .write({ sessionId, path, briefing, lastSavedAt: '2026-01-01T09:00:00.000Z' })
  .then(() => {
    process.send?.('journaled')
    // Keep running with unsaved work, as an app would, until killed.
    setInterval(() => {}, 1 << 30)
  })
